// Float WAV writing and reading for inspection of renders (WAVs are never committed).
import { SAMPLE_RATE } from './dsp.ts';

/** Writes 32-bit float WAV (for listening and sox analysis only; not committed). */
export function wavBytes(chs: Float32Array[]): Uint8Array {
  const n = chs[0].length;
  const data = n * chs.length * 4;
  const buf = new ArrayBuffer(44 + data);
  const dv = new DataView(buf);
  const str = (o: number, s: string) => [...s].forEach((c, i) => dv.setUint8(o + i, c.charCodeAt(0)));
  str(0, 'RIFF');
  dv.setUint32(4, 36 + data, true);
  str(8, 'WAVE');
  str(12, 'fmt ');
  dv.setUint32(16, 16, true);
  dv.setUint16(20, 3, true);
  dv.setUint16(22, chs.length, true);
  dv.setUint32(24, SAMPLE_RATE, true);
  dv.setUint32(28, SAMPLE_RATE * 4 * chs.length, true);
  dv.setUint16(32, 4 * chs.length, true);
  dv.setUint16(34, 32, true);
  str(36, 'data');
  dv.setUint32(40, data, true);
  let o = 44;
  for (let i = 0; i < n; i++)
    for (const c of chs) {
      dv.setFloat32(o, c[i], true);
      o += 4;
    }
  return new Uint8Array(buf);
}
