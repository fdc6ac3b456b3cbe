// Child process: reads a compiled story (JSON) on stdin and writes its replay data (JSON) on
// stdout, so the dev server computes it away from its own event loop and heap (replayCache.ts).
import { replayData } from './replayData.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
process.stdout.write(JSON.stringify(replayData(Buffer.concat(chunks).toString('utf-8'))));
