import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const files = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'] });
const page = await browser.newPage();
await page.goto('about:blank');
function readWav(p) { const d = readFileSync(p); const ch = d.readUInt16LE(22); const n = (d.length - 44) / 4 / ch; const x = new Float32Array(n); for (let i = 0; i < n; i++) x[i] = d.readFloatLE(44 + i * 4 * ch); return x; }
for (const f of files) {
  const [wavPath, ...encs] = f.split(',');
  const wav = readWav(wavPath);
  for (const enc of encs) {
    const b64 = readFileSync(enc).toString('base64');
    const r = await page.evaluate(async ({ b64 }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const ctx = new OfflineAudioContext(1, 44100, 44100);
      const buf = await ctx.decodeAudioData(bin.buffer);
      const x = buf.getChannelData(0);
      return { len: buf.length, rate: buf.sampleRate, head: Array.from(x.subarray(0, 6000)), mid: Array.from(x.subarray(88200, 88200 + 4000)) };
    }, { b64 });
    // best lag aligning decoded mid window to wav
    let best = 0, bestC = -1;
    for (let lag = -3000; lag <= 3000; lag++) {
      let c = 0, e1 = 0, e2 = 0;
      for (let i = 0; i < 4000; i += 2) { const a = r.mid[i], b = wav[88200 + i - lag] ?? 0; c += a * b; e1 += a * a; e2 += b * b; }
      c /= Math.sqrt(e1 * e2) + 1e-12;
      if (c > bestC) { bestC = c; best = lag; }
    }
    const headRms = Math.sqrt(r.head.slice(0, 1000).reduce((a, v) => a + v * v, 0) / 1000);
    console.log(enc.split('/').slice(-1)[0].padEnd(22), 'decoded', r.len, 'wav', wav.length, 'diff', r.len - wav.length, 'lag', best, 'corr', bestC.toFixed(3), 'first1000rms', headRms.toExponential(2));
  }
}
await browser.close();
