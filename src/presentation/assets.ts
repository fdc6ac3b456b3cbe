/** Where every art file lives after the build: texture key -> URL, discovered from assets/art/ at build time. */
import type { Stage, StagedCharacter } from '../story/stage.ts';
import { POSES } from '../story/vocabulary.ts';
import { CARD, CLOSEUP_ART, PORTRAIT } from './layout.ts';

const files = {
  ...import.meta.glob(['/assets/art/**/*.svg', '!/assets/art/ui/dialogue-box.svg'], {
    query: '?url',
    import: 'default',
    eager: true,
  }),
  // The dialogue box ships inside the script (about 2 KB gzip): the first line, which Begin shows
  // before anything else has loaded (dom/OpeningLine.ts), never waits for a request to draw its box.
  ...import.meta.glob('/assets/art/ui/dialogue-box.svg', { query: '?inline', import: 'default', eager: true }),
} as Record<string, string>;

/** An SVG to rasterise once into a texture. */
export interface ArtFile {
  key: string;
  url: string;
  /** The size the art is drawn at on the canvas, in design units (0: the SVG's own size), so its
   *  texture is drawn pixel for pixel, never scaled, in every frame that shows it. */
  width: number;
  height: number;
  /** Covers every pixel (backdrops): rasterised without an alpha channel, which the
   *  browser then draws as a straight copy, or blends without reading the art's alpha. */
  opaque: boolean;
}

const SIZES: Record<string, { width: number; height: number; opaque: boolean }> = {
  backdrops: { width: 1920, height: 1080, opaque: true },
  // The wall leaves the middle of the frame clear, so it keeps its alpha.
  overlays: { width: 1920, height: 1080, opaque: false },
  // Portrait layers are drawn scaled down in their figure (widgets/Cast.ts).
  portraits: {
    width: PORTRAIT.art.width * PORTRAIT.scale,
    height: PORTRAIT.art.height * PORTRAIT.scale,
    opaque: false,
  },
  ui: { width: 0, height: 0, opaque: false },
  // A close-up fills its inset (widgets/CloseUp.ts).
  closeups: { ...CLOSEUP_ART, opaque: true },
};

/** Texture key of a backdrop. */
export const backdropKey = (id: string) => `backdrop:${id}`;
/** Texture key of a portrait layer (`body` or an expression). */
export const portraitKey = (who: string, layer: string) => `portrait:${who}:${layer}`;
/**
 * The body layer a character stands in: `body` for his first pose, `body-<pose>` for the others
 * (assets/art/portraits/<who>/body-crossed.svg), so a figure without a pose tag needs one file only.
 */
export function bodyLayer(character: Pick<StagedCharacter, 'who' | 'pose'>): string {
  const { pose } = character;
  return !pose || pose === POSES[character.who][0] ? 'body' : `body-${pose}`;
}
/** Texture key of an overlay (the wall). */
export const overlayKey = (id: string) => `overlay:${id}`;
/** Texture key of a close-up illustration. */
export const closeupKey = (id: string) => `closeup:${id}`;
/** Texture key of a piece of the interface skin. */
export const uiKey = (id: string) => `ui:${id}`;

const catalogue = new Map<string, ArtFile>();
for (const [path, url] of Object.entries(files)) {
  const parts = path
    .replace(/^\/assets\/art\//, '')
    .replace(/\.svg$/, '')
    .split('/');
  const [folder] = parts;
  let key: string | null = null;
  if (folder === 'backdrops' && parts.length === 2) key = backdropKey(parts[1]);
  else if (folder === 'overlays' && parts.length === 2) key = overlayKey(parts[1]);
  else if (folder === 'portraits' && parts.length === 3) key = portraitKey(parts[1], parts[2]);
  else if (folder === 'ui' && parts.length === 2) key = uiKey(parts[1]);
  else if (folder === 'closeups' && parts.length === 2) key = closeupKey(parts[1]);
  if (!key) continue;
  // The chapter card's art is drawn at the card's size (widgets/ChapterCard.ts).
  const size = key === uiKey('card') ? { width: CARD.width, height: CARD.height, opaque: false } : SIZES[folder];
  catalogue.set(key, { key, url, ...size });
}

/** The art file behind a texture key, or undefined when the art does not exist (yet). */
export function artFile(key: string): ArtFile | undefined {
  return catalogue.get(key);
}

/** URL of the title art, for the HTML title screen. */
export const titleArtUrl: string | undefined = files['/assets/art/title.svg'];

/** The interface skin every reading needs before its first line. */
export const INTERFACE_ART = [
  'dialogue-box',
  'nameplate',
  'choice',
  'choice-hover',
  'card',
  // The upright frame's taller box and full-width choices (windowLayout.ts UPRIGHT): a phone may turn at any line.
  'dialogue-box-tall',
  'choice-wide',
  'choice-wide-hover',
].map(uiKey);

/** The wall's two overlays (sand, then stone). */
export const WALL_ART = [overlayKey('wall-sand'), overlayKey('wall-stone')];

/** The art a stage shows: its backdrop, each character's body and face, the wall once it rises, a close-up. */
export function stageArtKeys(
  stage: Pick<Stage, 'backdrop' | 'cast' | 'wall'> & Partial<Pick<Stage, 'closeup'>>,
): string[] {
  const keys = stage.cast.flatMap((c) => [portraitKey(c.who, bodyLayer(c)), portraitKey(c.who, c.expression)]);
  if (stage.backdrop) keys.push(backdropKey(stage.backdrop));
  if (stage.closeup) keys.push(closeupKey(stage.closeup));
  if (stage.wall > 0) keys.push(...WALL_ART);
  return keys;
}
