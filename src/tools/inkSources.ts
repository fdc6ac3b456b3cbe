// Node-only: where each knot and stitch of a story is written (file:line), for the dev panel, which
// shows the reader's place in the source and offers every knot and stitch to jump to.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** A knot or stitch (`breakfast_scene`, `breakfast_scene.kitchen`) and where it is written. */
export interface InkSource {
  path: string;
  /** The file relative to the ink folder (`chapters/03-breakfast.ink`). */
  file: string;
  line: number;
}

/** The knots and stitches of a story, and its global variables' names (the dev panel's `virtual:ink-sources`). */
export interface InkOutline {
  places: InkSource[];
  variables: string[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/;
const VAR = /^\s*VAR\s+([A-Za-z_]\w*)/;
const STITCH = /^\s*=\s*([A-Za-z_]\w*)/;

/** Every knot and stitch in `files` (functions left out: nothing jumps into one), in story order, and every VAR. */
export function inkSources(files: readonly string[], inkRoot: string): InkOutline {
  const found: InkSource[] = [];
  const variables: string[] = [];
  for (const file of files) {
    let knot: string | null = null;
    readFileSync(file, 'utf-8')
      .split('\n')
      .forEach((text, i) => {
        const v = VAR.exec(text);
        if (v) variables.push(v[1]);
        const k = KNOT.exec(text);
        if (k) {
          knot = k[1] ? null : k[2];
          if (knot) found.push({ path: knot, file: relative(inkRoot, file), line: i + 1 });
          return;
        }
        const s = STITCH.exec(text);
        if (s && knot) found.push({ path: `${knot}.${s[1]}`, file: relative(inkRoot, file), line: i + 1 });
      });
  }
  return { places: found, variables };
}
