// Command line: renders every cue, normalises loudness, encodes .ogg and .mp3 into assets/audio/, prints a table.
// Usage: npx tsx src/tools/audio/render.ts [--wav DIR] [--out DIR] [id ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_RATE } from './dsp.ts';
import { CUES, type Cue } from './cues.ts';
import { encodeMp3, encodeOgg } from './encode.ts';
import { normalise, type NormaliseResult } from './loudness.ts';
import { wavBytes } from './wav.ts';

/** One row of the report. */
interface Row {
  cue: Cue;
  seconds: number;
  norm: NormaliseResult;
  oggBytes: number;
  mp3Bytes: number;
}

/** Renders, normalises and encodes one cue into outDir/<kind>/<id>.(ogg|mp3). */
async function build(cue: Cue, outDir: string, wavDir: string | null): Promise<Row> {
  const chs = cue.render();
  if (chs.length !== cue.channels)
    throw new Error(`${cue.id}: rendered ${chs.length} channels, expected ${cue.channels}`);
  const norm = normalise(chs, SAMPLE_RATE, cue.lufs, cue.ceiling, { wrap: cue.loop, dualMono: cue.channels === 1 });
  const dir = join(outDir, cue.kind === 'music' ? 'music' : cue.kind);
  mkdirSync(dir, { recursive: true });
  const ogg = await encodeOgg(chs, cue.oggQuality, cue.id);
  const mp3 = await encodeMp3(chs, cue.mp3Bitrate);
  writeFileSync(join(dir, `${cue.id}.ogg`), ogg);
  writeFileSync(join(dir, `${cue.id}.mp3`), mp3);
  if (wavDir) {
    mkdirSync(wavDir, { recursive: true });
    writeFileSync(join(wavDir, `${cue.kind}-${cue.id}.wav`), wavBytes(chs));
  }
  return { cue, seconds: chs[0].length / SAMPLE_RATE, norm, oggBytes: ogg.length, mp3Bytes: mp3.length };
}

/** Entry point. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let wavDir: string | null = null;
  let outDir = 'assets/audio';
  const ids: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--wav') wavDir = args[++i];
    else if (args[i] === '--out') outDir = args[++i];
    else ids.push(args[i]);
  }
  const unknown = ids.filter((id) => !CUES.some((c) => c.id === id));
  if (unknown.length) throw new Error(`unknown cue ids: ${unknown.join(', ')}`);
  const cues = ids.length ? CUES.filter((c) => ids.includes(c.id)) : CUES;
  const rows: Row[] = [];
  for (const cue of cues) {
    const t0 = Date.now();
    rows.push(await build(cue, outDir, wavDir));
    process.stderr.write(`  ${cue.kind}/${cue.id} ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-inf');
  const head = ['id', 'kind', 'loop', 'dur s', 'LUFS before', 'LUFS after', 'true peak dBTP', 'ogg KB', 'mp3 KB'];
  const table = rows.map((r) => [
    r.cue.id,
    r.cue.kind,
    r.cue.loop ? 'yes' : 'no',
    f(r.seconds),
    f(r.norm.lufsBefore),
    f(r.norm.lufsAfter) + (r.norm.peakLimited ? '*' : ''),
    f(r.norm.truePeakDb),
    f(r.oggBytes / 1024),
    f(r.mp3Bytes / 1024),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  const ogg = rows.reduce((a, r) => a + r.oggBytes, 0);
  const mp3 = rows.reduce((a, r) => a + r.mp3Bytes, 0);
  console.log(
    `total: ogg ${(ogg / 1048576).toFixed(2)} MB, mp3 ${(mp3 / 1048576).toFixed(2)} MB, both ${((ogg + mp3) / 1048576).toFixed(2)} MB`,
  );
  console.log('* = gain set by the true-peak ceiling rather than the loudness target');
  if (!ids.length) {
    const manifest = Object.fromEntries(
      rows.map((r) => [
        r.cue.id,
        {
          kind: r.cue.kind,
          loop: r.cue.loop,
          seconds: Number(r.seconds.toFixed(3)),
          channels: r.cue.channels,
          lufs: Number(r.norm.lufsAfter.toFixed(1)),
          truePeakDb: Number(r.norm.truePeakDb.toFixed(1)),
          src: ['ogg', 'mp3'].map((e) => `${r.cue.kind}/${r.cue.id}.${e}`),
          description: r.cue.description,
        },
      ]),
    );
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
