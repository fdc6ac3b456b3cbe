// Child process: reads `{ json, files, cwd }` on stdin, checks the story's continuity facts over
// every route (continuity.ts) and writes the problems found (JSON) on stdout, so the dev server
// runs the check away from its own event loop (devContinuity.ts).
import { checkContinuity } from './continuity.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const { json, files, cwd } = JSON.parse(Buffer.concat(chunks).toString('utf-8'));
const report = checkContinuity(json, files, { cwd });
process.stdout.write(JSON.stringify([...report.neverLearned, ...report.problems]));
