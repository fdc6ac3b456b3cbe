/** Self-voicing: lines and choices read aloud with the system's speech synthesis (Web Speech API). */

/** True where the browser can speak. */
export function speechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Speaks `text`; by default it cuts off whatever was being said (the reader moved on). */
export function speak(text: string, interrupt = true): void {
  if (!speechAvailable()) return;
  if (interrupt) speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'en';
  speechSynthesis.speak(utterance);
}

/** Speaks a step as it is shown: the line with its speaker, then the choices on offer, numbered. */
export function speakStep(step: {
  line: { speaker: string | null; text: string } | null;
  choices: readonly { text: string }[];
}): void {
  if (step.line) speak(step.line.speaker ? `${step.line.speaker}: ${step.line.text}` : step.line.text);
  if (step.choices.length) speak(step.choices.map((c, i) => `Choice ${i + 1}: ${c.text}`).join('. '), false);
}
