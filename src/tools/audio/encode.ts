// Encoding to Ogg Vorbis and MP3 with wasm-media-encoders, plus a LAME "Info" tag so MP3 loops are gapless.
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { SAMPLE_RATE, hashString } from './dsp.ts';

/** MP3 constant bitrates accepted by the encoder. */
export type Mp3Bitrate = 48 | 64 | 80 | 96 | 112 | 128;

/** LAME's encoder delay in samples (its MDCT look-ahead); decoders add their own 529 on top. */
export const LAME_ENCODER_DELAY = 576;

/** Concatenates encoder output chunks (copying them: the encoder owns its buffers). */
function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Feeds channels to an encoder in blocks, copying every returned chunk. */
function runEncoder(
  enc: { encode(s: Float32Array[]): Uint8Array; finalize(): Uint8Array },
  chs: Float32Array[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const block = 8192;
  for (let i = 0; i < chs[0].length; i += block) {
    chunks.push(Uint8Array.from(enc.encode(chs.map((c) => c.subarray(i, Math.min(i + block, c.length))))));
  }
  chunks.push(Uint8Array.from(enc.finalize()));
  return concat(chunks);
}

/** Encodes 1-2 channels as Ogg Vorbis at a VBR quality (-1..10); the stream serial is derived from `name` for repeatability. */
export async function encodeOgg(chs: Float32Array[], quality: number, name: string): Promise<Uint8Array> {
  const enc = await createOggEncoder();
  enc.configure({
    channels: chs.length as 1 | 2,
    sampleRate: SAMPLE_RATE,
    vbrQuality: quality,
    oggSerialNo: hashString(name) | 0,
  });
  return runEncoder(enc, chs);
}

/** Encodes 1-2 channels as constant-bitrate MP3 at 44.1 kHz and prepends a LAME Info tag with delay/padding. */
export async function encodeMp3(chs: Float32Array[], bitrate: Mp3Bitrate): Promise<Uint8Array> {
  const enc = await createMp3Encoder();
  enc.configure({ channels: chs.length as 1 | 2, sampleRate: SAMPLE_RATE, bitrate, outputSampleRate: 44100 });
  const audio = runEncoder(enc, chs);
  return withInfoTag(audio, chs[0].length);
}

/** Facts about an MPEG-1 Layer III frame header. */
interface FrameHeader {
  /** Frame length in bytes. */
  length: number;
  /** Channel mode 3 = mono. */
  mono: boolean;
  /** Bitrate in kbit/s. */
  kbps: number;
}

const KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const RATES = [44100, 48000, 32000];

/** Parses an MPEG-1 Layer III frame header at offset, or null if there is none. */
function parseHeader(b: Uint8Array, o: number): FrameHeader | null {
  if (o + 4 > b.length || b[o] !== 0xff || (b[o + 1] & 0xfe) !== 0xfa) return null;
  const kbps = KBPS[b[o + 2] >> 4];
  const rate = RATES[(b[o + 2] >> 2) & 3];
  if (!kbps || !rate) return null;
  const pad = (b[o + 2] >> 1) & 1;
  return { length: Math.floor((144000 * kbps) / rate) + pad, mono: b[o + 3] >> 6 === 3, kbps };
}

/** Counts the MPEG frames of an MP3 stream (throws on a broken stream). */
export function countFrames(b: Uint8Array): number {
  let o = 0;
  let frames = 0;
  while (o < b.length) {
    const h = parseHeader(b, o);
    if (!h) throw new Error(`MP3 stream: no frame header at byte ${o}`);
    o += h.length;
    frames++;
  }
  return frames;
}

/** CRC-16 (polynomial 0x8005, reflected, initial 0) as used by LAME's tag. */
function crc16(bytes: Uint8Array, crc = 0): number {
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc & 0xffff;
}

/**
 * Prepends a Xing "Info" frame with a LAME extension recording encoder delay and padding (as LAME's own
 * tag does), so that decoders that honour it can trim the silence LAME adds; see README for browser caveats.
 */
export function withInfoTag(audio: Uint8Array, samples: number): Uint8Array {
  const first = parseHeader(audio, 0);
  if (!first) throw new Error('MP3 stream does not start with a frame header');
  const frames = countFrames(audio);
  // The tag frame uses the stream's bitrate if the tag fits in it, else the smallest bitrate that holds it.
  const need = 4 + (first.mono ? 17 : 32) + 156;
  const index = KBPS.findIndex((k, i) => i > 0 && k >= first.kbps && Math.floor((144000 * k) / SAMPLE_RATE) >= need);
  const length = Math.floor((144000 * KBPS[index]) / SAMPLE_RATE);
  const tag = new Uint8Array(length);
  tag.set(audio.subarray(0, 4));
  tag[2] = (index << 4) | (tag[2] & 0x0d); // bitrate index, keep sample rate and private bit, no padding
  tag[1] |= 0x01; // no CRC protection
  const dv = new DataView(tag.buffer);
  let o = 4 + (first.mono ? 17 : 32);
  tag.set([0x49, 0x6e, 0x66, 0x6f], o); // "Info" (constant bitrate)
  dv.setUint32(o + 4, 0x0f); // frames, bytes, TOC and quality present
  dv.setUint32(o + 8, frames);
  dv.setUint32(o + 12, audio.length + length);
  for (let i = 0; i < 100; i++) tag[o + 16 + i] = Math.floor((i * 256) / 100);
  dv.setUint32(o + 116, 0);
  o += 120;
  const lameStart = o;
  tag.set(
    Array.from('LAME3.100', (c) => c.charCodeAt(0)),
    o,
  );
  tag[o + 9] = 0x01; // tag revision 0, CBR
  tag[o + 10] = 170; // lowpass / 100 Hz
  // peak (4), radio gain (2), audiophile gain (2), flags (1) stay zero
  tag[o + 19] = first.kbps;
  const padding = frames * 1152 - LAME_ENCODER_DELAY - samples;
  if (padding < 0 || padding > 4095) throw new Error(`unexpected MP3 padding ${padding}`);
  tag[o + 20] = LAME_ENCODER_DELAY >> 4;
  tag[o + 21] = ((LAME_ENCODER_DELAY & 0x0f) << 4) | (padding >> 8);
  tag[o + 22] = padding & 0xff;
  dv.setUint32(o + 28, audio.length + length); // music length
  dv.setUint16(o + 32, crc16(audio)); // music CRC
  dv.setUint16(lameStart + 34, crc16(tag.subarray(0, lameStart + 34)));
  const out = new Uint8Array(tag.length + audio.length);
  out.set(tag);
  out.set(audio, tag.length);
  return out;
}
