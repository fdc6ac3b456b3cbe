// What an input storm's record shows (test/browser/reliabilityStorm.test.ts records it in the page):
// how many lines one press moved on, and which press took each set of choices that went. Pure, so
// test/reliability/stormRecord.test.ts can show it catches a double advance and a skipped choice.
import { CHOICES, choicesTop, DESIGN } from '../../../src/presentation/layout.ts';

/** One entry of the page's record: a press, a change on screen, or a mark the test made. */
export type Entry =
  | { kind: 'press'; key: string; x: number; y: number; choices: number; focused: number; overlay: boolean }
  | { kind: 'line'; text: string }
  | { kind: 'offered'; count: number }
  | { kind: 'cleared' }
  | { kind: 'mark'; label: string };

/** The position of the canvas choice under a click, out of `count`, or -1 (the inverse of choicePoint). */
function choiceUnder(press: { x: number; y: number }, count: number, box: { x: number; y: number; width: number }) {
  const scale = box.width / DESIGN.width;
  const x = (press.x - box.x) / scale;
  const y = (press.y - box.y) / scale - choicesTop(count);
  const position = Math.floor(y / (CHOICES.height + CHOICES.gap));
  const within = y - position * (CHOICES.height + CHOICES.gap) <= CHOICES.height;
  const inColumn = Math.abs(x - CHOICES.centreX) <= CHOICES.width / 2;
  return within && inColumn && position >= 0 && position < count ? position : -1;
}

/** What the record shows, for the assertions and the figures. */
export interface Findings {
  presses: number;
  lines: number;
  choicesTaken: number;
  mostLinesAfterOnePress: number;
  /** Choices that went without a press able to take (or roll back from) them. */
  skipped: string[];
  /** Stretches where more lines were shown than presses made. */
  tooMany: string[];
}

/** Reads the page's record: per reading, lines per press, and the press behind each choice that went. */
export function analyse(log: Entry[], box: { x: number; y: number; width: number }): Findings {
  const found: Findings = {
    presses: 0,
    lines: 0,
    choicesTaken: 0,
    mostLinesAfterOnePress: 0,
    skipped: [],
    tooMany: [],
  };
  let reading = true;
  let last: Extract<Entry, { kind: 'press' }> | null = null;
  let sinceLastPress = 0;
  let pressesInReading = 0;
  let linesInReading = 0;
  log.forEach((entry, at) => {
    if (entry.kind === 'mark') {
      reading = entry.label === 'reading';
      [last, sinceLastPress, pressesInReading, linesInReading] = [null, 0, 0, 0];
    } else if (!reading) return;
    else if (entry.kind === 'press') {
      [last, sinceLastPress] = [entry, 0];
      pressesInReading++;
      found.presses++;
    } else if (entry.kind === 'line') {
      found.lines++;
      linesInReading++;
      sinceLastPress++;
      found.mostLinesAfterOnePress = Math.max(found.mostLinesAfterOnePress, sinceLastPress);
      if (linesInReading > pressesInReading + 1)
        found.tooMany.push(`entry ${at}: ${linesInReading} lines after ${pressesInReading} presses`);
    } else if (entry.kind === 'cleared') {
      const p = last;
      const digit = p ? Number(p.key) : NaN;
      const took =
        p !== null &&
        p.choices > 0 &&
        (p.key === 'PageUp' ||
          (digit >= 1 && digit <= p.choices) ||
          ((p.key === ' ' || p.key === 'Enter') && p.focused >= 0) ||
          (p.key === 'pointer' && choiceUnder(p, p.choices, box) >= 0));
      if (p?.key !== 'PageUp') found.choicesTaken++;
      if (!took) found.skipped.push(`entry ${at}: choices went after ${JSON.stringify(p)}`);
    }
  });
  return found;
}
