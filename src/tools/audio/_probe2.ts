import { writeFileSync } from 'node:fs';
import { pluck, piano } from './instruments.ts';
import { Rng } from './dsp.ts';
import { wavBytes } from './wav.ts';
const k = pluck({ freq: 880, vel: 0.5, dur: 1, rng: new Rng(1), kind: 'koto' });
const h = pluck({ freq: 440, vel: 0.5, dur: 1, rng: new Rng(2), kind: 'harp' });
const p = piano({ freq: 261.6, vel: 0.5, dur: 2, rng: new Rng(3) });
for (const [n, x] of [['koto', k], ['harp', h], ['piano', p]] as const) {
  let pk = 0; for (const v of x) pk = Math.max(pk, Math.abs(v));
  const rms = (a: number, b: number) => { let s = 0; for (let i = a; i < b; i++) s += x[i] * x[i]; return Math.sqrt(s / (b - a)); };
  console.log(n, x.length, 'peak', pk.toFixed(3), 'rms 0-0.1', rms(0, 4410).toFixed(4), 'rms .5-.6', rms(22050, 26460).toFixed(4));
  writeFileSync(`/tmp/aw/${n}.wav`, wavBytes([x]));
}
