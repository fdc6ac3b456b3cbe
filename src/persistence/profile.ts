import * as v from 'valibot';
import { describeIssues } from './issues.ts';
import { PROFILE_MIGRATIONS, runMigrations } from './migrations.ts';
import { isJsonObject, parseJson } from './safeJson.ts';

/**
 * The profile format written today. What each version changed:
 * - v1: endings, linesSeen (joined 8-hex ids), routeMap, completedRuns, contentNoteSeen, settings.
 *   Settings added since (font, lineSpacing, boxOpacity, voice, speechRate, pronunciations, monoAudio,
 *   keys) are optional and absent means the default, so older v1 profiles keep their meaning: no new version.
 */
export const PROFILE_FORMAT_VERSION = 1;

/** The oldest profile format this build still reads. */
export const MIN_READABLE_PROFILE_VERSION = 1;

/** The player's settings. */
export interface Settings {
  /** Typewriter speed, in characters per second; 0 shows each line at once. */
  textSpeed: number;
  /** Seconds a finished line stays before auto mode moves on. */
  autoDelay: number;
  /** Volumes from 0 to 1. */
  volumes: { master: number; music: number; ambience: number; sfx: number };
  mute: boolean;
  /** True or false when the player chose; null follows the system's `prefers-reduced-motion`. */
  reducedMotion: boolean | null;
  /** Dialogue text size in pixels at the 1920x1080 base resolution. */
  textSize: number;
  highContrast: boolean;
  /** What skip skips: only lines seen before, or everything. */
  skipMode: 'seen' | 'all';
  /** Read lines aloud with the system's speech synthesis. */
  selfVoicing: boolean;
  /** A press during a held pause (before "Are you happy?") ends it early; false: pauses always hold. */
  pressEndsPause: boolean;
  /** The face of the story text and the menus: the book face, a plain sans, or one made for easy reading. */
  font: FontChoice;
  /** Line height of the story text, as a multiple of its size. */
  lineSpacing: number;
  /** Opacity of the dialogue box behind the text, from 0.2 to 1 (high contrast makes it solid). */
  boxOpacity: number;
  /** The `voiceURI` of the voice lines are read in; null (or a voice this browser lacks) is the default voice. */
  voice: string | null;
  /** Speech rate, 1 the voice's normal pace. */
  speechRate: number;
  /** How the voice says words it gets wrong (a name to the spelling said instead); the reader's, over the defaults. */
  pronunciations: Readonly<Record<string, string>>;
  /** Both speakers play the same sound (for one ear, one speaker, or one earbud). */
  monoAudio: boolean;
  /** Keys the reader rebound: action name to its keys (reading/keymap.ts reads it; unknown actions are ignored). */
  keys: Readonly<Record<string, string[]>>;
}

/** The faces the reader may choose. */
export const FONT_CHOICES = ['literata', 'sans', 'atkinson', 'opendyslexic'] as const;
/** One of FONT_CHOICES. */
export type FontChoice = (typeof FONT_CHOICES)[number];

/** Settings for a player who has chosen none. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSpeed: 55,
  autoDelay: 2,
  volumes: Object.freeze({ master: 1, music: 0.8, ambience: 0.7, sfx: 0.9 }),
  mute: false,
  reducedMotion: null,
  textSize: 40,
  highContrast: false,
  skipMode: 'seen',
  selfVoicing: false,
  pressEndsPause: true,
  font: 'literata',
  lineSpacing: 1.55,
  boxOpacity: 1,
  voice: null,
  speechRate: 1,
  pronunciations: Object.freeze({}),
  monoAudio: false,
  keys: Object.freeze({}),
});

/** What outlives every run: endings reached, lines seen, route-map discoveries, settings. */
export interface Profile {
  /** Ending id to when it was first reached (ISO). */
  endings: ReadonlyMap<string, string>;
  /** Ids of lines seen in any run (8 hex digits each, see `parseLine`). */
  linesSeen: ReadonlySet<string>;
  /** Route-map nodes and edges discovered. */
  routeMap: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Runs played to an ending. */
  completedRuns: number;
  /** The content note was shown once; it need not block the title again. */
  contentNoteSeen: boolean;
  /** Only the settings the player chose; `settingsOf` fills in the defaults. Kept apart so an import can tell "chosen" from "default". */
  settings: Partial<Settings>;
}

/** A few counts to show what a profile holds (e.g. in an import preview). */
export interface ProfileSummary {
  endings: number;
  linesSeen: number;
  routeNodes: number;
  routeEdges: number;
  completedRuns: number;
}

const LINE_ID = /^[0-9a-f]{8}$/;

/** The most of each thing a stored profile may hold: the loader refuses more, so no write may go past them. */
export const PROFILE_LIMITS = Object.freeze({
  endings: 1_000,
  linesSeen: 100_000,
  routeIds: 50_000,
  completedRuns: 1_000_000,
});
// As the ink tag parser requires: anything else would fail the schema on the next load.
const ENDING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoTime = v.pipe(v.string(), v.isoTimestamp());
const id = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const between = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const idList = v.pipe(v.array(id(200)), v.maxLength(PROFILE_LIMITS.routeIds));
const volume = between(0, 1);

/** Each setting's schema; all optional, so a setting added later is simply absent from older profiles. */
const SETTING_SCHEMAS = {
  textSpeed: between(0, 1_000),
  autoDelay: between(0, 60),
  volumes: v.object({ master: volume, music: volume, ambience: volume, sfx: volume }),
  mute: v.boolean(),
  reducedMotion: v.nullable(v.boolean()),
  textSize: between(12, 128),
  highContrast: v.boolean(),
  skipMode: v.picklist(['seen', 'all']),
  selfVoicing: v.boolean(),
  pressEndsPause: v.boolean(),
  font: v.picklist(FONT_CHOICES),
  lineSpacing: between(1, 2.5),
  boxOpacity: between(0, 1),
  voice: v.nullable(v.pipe(v.string(), v.maxLength(500))),
  speechRate: between(0.25, 4),
  pronunciations: v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(60)), v.pipe(v.string(), v.maxLength(120))),
    v.check((list) => Object.keys(list).length <= 200, 'too many pronunciations'),
  ),
  monoAudio: v.boolean(),
  keys: v.pipe(
    v.record(
      v.pipe(v.string(), v.maxLength(40)),
      v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(40))), v.maxLength(8)),
    ),
    v.check((keys) => Object.keys(keys).length <= 40, 'too many key bindings'),
  ),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

/** A profile's chosen settings: any of them, each by its own schema. */
const SettingsSchema = v.partial(v.object(SETTING_SCHEMAS));

/** The sections of a stored profile, each read on its own so one bad section does not cost the others. */
const SECTION_SCHEMAS = {
  endings: v.pipe(
    v.record(v.pipe(id(64), v.regex(ENDING_ID)), isoTime),
    v.check((endings) => Object.keys(endings).length <= PROFILE_LIMITS.endings, 'too many endings'),
  ),
  // Seen lines as one string of sorted 8-hex ids: about 8 bytes a line, against ~11 for a JSON array.
  // Hex in whole ids: what /^(?:[0-9a-f]{8})*$/ says, but in a millisecond on 100,000 ids where that takes a second.
  linesSeen: v.pipe(
    v.string(),
    v.maxLength(8 * PROFILE_LIMITS.linesSeen),
    v.regex(/^[0-9a-f]*$/),
    v.check((ids) => ids.length % 8 === 0, 'not whole 8-digit ids'),
  ),
  routeMap: v.object({ nodes: idList, edges: idList }),
  completedRuns: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PROFILE_LIMITS.completedRuns)),
  contentNoteSeen: v.boolean(),
  settings: SettingsSchema,
};

/** A stored profile (format v1). */
export const StoredProfileSchema = v.object({ version: v.literal(PROFILE_FORMAT_VERSION), ...SECTION_SCHEMAS });

type StoredProfile = v.InferOutput<typeof StoredProfileSchema>;

/** The profile of a player who has done nothing yet. */
export function freshProfile(): Profile {
  return {
    endings: new Map(),
    linesSeen: new Set(),
    routeMap: { nodes: new Set(), edges: new Set() },
    completedRuns: 0,
    contentNoteSeen: false,
    settings: {},
  };
}

/** Every setting, the player's where chosen and the default elsewhere. */
export function settingsOf(profile: Profile): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...profile.settings,
    volumes: { ...(profile.settings.volumes ?? DEFAULT_SETTINGS.volumes) },
  };
}

/** The profile with `changes` made to the settings. */
export function changeSettings(profile: Profile, changes: Partial<Settings>): Profile {
  return { ...profile, settings: { ...profile.settings, ...changes } };
}

/** The profile with ending `id` (kebab-case) reached at `at`; the first date is kept when it was reached before. */
export function recordEnding(profile: Profile, id: string, at: Date): Profile {
  if (profile.endings.has(id) || id.length > 64 || !ENDING_ID.test(id)) return profile;
  return { ...profile, endings: new Map(profile.endings).set(id, at.toISOString()) };
}

/** True when line `lineId` was seen in any run. */
export function hasSeenLine(profile: Profile, lineId: string): boolean {
  return profile.linesSeen.has(lineId);
}

/** The profile with line `lineId` seen; the same object when it already was (nothing to write). */
export function markLineSeen(profile: Profile, lineId: string): Profile {
  if (profile.linesSeen.has(lineId) || !LINE_ID.test(lineId)) return profile;
  return { ...profile, linesSeen: new Set(profile.linesSeen).add(lineId) };
}

/** The profile with route-map `nodes` and `edges` discovered; the same object when nothing is new. */
export function discoverRoute(
  profile: Profile,
  found: { nodes?: readonly string[]; edges?: readonly string[] },
): Profile {
  const fits = (name: string) => name.length >= 1 && name.length <= 200;
  const nodes = found.nodes?.filter((n) => fits(n) && !profile.routeMap.nodes.has(n)) ?? [];
  const edges = found.edges?.filter((e) => fits(e) && !profile.routeMap.edges.has(e)) ?? [];
  if (!nodes.length && !edges.length) return profile;
  return {
    ...profile,
    routeMap: {
      nodes: new Set([...profile.routeMap.nodes, ...nodes]),
      edges: new Set([...profile.routeMap.edges, ...edges]),
    },
  };
}

/** The profile with one more run played to its end. */
export function completeRun(profile: Profile): Profile {
  return { ...profile, completedRuns: profile.completedRuns + 1 };
}

/** The profile with the content note shown. */
export function markContentNoteSeen(profile: Profile): Profile {
  return profile.contentNoteSeen ? profile : { ...profile, contentNoteSeen: true };
}

/**
 * Two profiles as one, for an import: endings keep the earliest date, seen lines and discoveries are
 * united, the content note counts as seen if either saw it, and settings chosen in `current` win
 * (`incoming` fills only those never chosen). Runs take the larger count: both browsers may hold the same runs.
 */
export function mergeProfiles(current: Profile, incoming: Profile): Profile {
  const endings = new Map(current.endings);
  for (const [id, at] of incoming.endings) {
    const mine = endings.get(id);
    if (mine === undefined || Date.parse(at) < Date.parse(mine)) endings.set(id, at);
  }
  return {
    endings,
    linesSeen: new Set([...current.linesSeen, ...incoming.linesSeen]),
    routeMap: {
      nodes: new Set([...current.routeMap.nodes, ...incoming.routeMap.nodes]),
      edges: new Set([...current.routeMap.edges, ...incoming.routeMap.edges]),
    },
    completedRuns: Math.max(current.completedRuns, incoming.completedRuns),
    contentNoteSeen: current.contentNoteSeen || incoming.contentNoteSeen,
    settings: { ...incoming.settings, ...current.settings },
  };
}

/** What this story has, to check an imported profile against: ids it does not have are dropped. */
export interface StoryKnowledge {
  /** Every ending id of the story. */
  endings?: ReadonlySet<string>;
  /** Every line id of the story. */
  lines?: ReadonlySet<string>;
}

/**
 * `incoming` fitted to go into `current`: ids the story does not have dropped (when `known` lists them),
 * then only as many new entries as the limits leave room for, so the merge is one the loader reads back.
 * `dropped` says, in words, what was left out. Everything in `current` is kept.
 */
export function fitIncoming(
  current: Profile,
  incoming: Profile,
  known: StoryKnowledge = {},
): { profile: Profile; dropped: string[] } {
  const dropped: string[] = [];
  type Held<T> = { has(x: T): boolean; size: number };
  const room = <T>(what: string, mine: Held<T>, theirs: Iterable<T>, limit: number, ok: (x: T) => boolean) => {
    const fresh = [...theirs].filter((x) => !mine.has(x));
    const real = fresh.filter(ok);
    const strangers = fresh.length - real.length;
    if (strangers) dropped.push(`${count(strangers)} ${what} this story does not have`);
    const space = Math.max(0, limit - mine.size);
    if (real.length > space) dropped.push(`${count(real.length - space)} ${what} past the limit of ${count(limit)}`);
    return real.slice(0, space);
  };
  const { endings: maxEndings, linesSeen: maxLines, routeIds: maxIds } = PROFILE_LIMITS;
  const isEnding = (e: string) => known.endings?.has(e) ?? true;
  const endings = room('endings', current.endings, incoming.endings.keys(), maxEndings, isEnding);
  const lines = room('lines seen', current.linesSeen, incoming.linesSeen, maxLines, (l) => known.lines?.has(l) ?? true);
  const nodes = room('route-map places', current.routeMap.nodes, incoming.routeMap.nodes, maxIds, () => true);
  const edges = room('route-map paths', current.routeMap.edges, incoming.routeMap.edges, maxIds, () => true);
  const fitted = new Map(endings.map((e) => [e, incoming.endings.get(e)!]));
  // Endings already here keep the earlier of the two dates, as mergeProfiles does.
  for (const [e, at] of incoming.endings) if (current.endings.has(e)) fitted.set(e, at);
  const profile: Profile = {
    ...incoming,
    endings: fitted,
    linesSeen: new Set(lines),
    routeMap: { nodes: new Set(nodes), edges: new Set(edges) },
  };
  return { profile, dropped };
}

/** The loader's verdict on a profile before it is written: null when it reads back as it is, else why not. */
export function unreadableProfileReason(profile: Profile): string | null {
  const checked = v.safeParse(StoredProfileSchema, profileToValue(profile));
  return checked.success ? null : describeIssues(checked.issues);
}

const count = (n: number) => n.toLocaleString('en-GB');

/** Counts of what `profile` holds. */
export function summarizeProfile(profile: Profile): ProfileSummary {
  return {
    endings: profile.endings.size,
    linesSeen: profile.linesSeen.size,
    routeNodes: profile.routeMap.nodes.size,
    routeEdges: profile.routeMap.edges.size,
    completedRuns: profile.completedRuns,
  };
}

/** The profile as stored: plain JSON, sorted so the same profile always writes the same text. */
export function profileToValue(profile: Profile): StoredProfile {
  const endings: Record<string, string> = {};
  for (const [id, at] of [...profile.endings].sort(([a], [b]) => a.localeCompare(b))) endings[id] = at;
  return {
    version: PROFILE_FORMAT_VERSION,
    endings,
    linesSeen: [...profile.linesSeen].sort().join(''),
    routeMap: { nodes: [...profile.routeMap.nodes].sort(), edges: [...profile.routeMap.edges].sort() },
    completedRuns: profile.completedRuns,
    contentNoteSeen: profile.contentNoteSeen,
    settings: { ...profile.settings },
  };
}

/** The text stored for a profile. */
export function serializeProfile(profile: Profile): string {
  return JSON.stringify(profileToValue(profile));
}

/** The outcome of reading a stored profile. */
export type ProfileReading =
  | { kind: 'ok'; profile: Profile }
  /** Some sections could not be read and start fresh; the rest is kept. `reason` says which. */
  | { kind: 'salvaged'; profile: Profile; reason: string }
  /** Written by a newer build of the game. */
  | { kind: 'future'; version: number }
  | { kind: 'unreadable'; reason: string };

/** Reads stored profile text. Never throws. */
export function readProfile(json: string): ProfileReading {
  const parsed = parseJson(json);
  return parsed.ok ? readProfileValue(parsed.value) : { kind: 'unreadable', reason: parsed.reason };
}

/** As `readProfile`, for a value already parsed. Never throws. */
export function readProfileValue(value: unknown): ProfileReading {
  try {
    if (!isJsonObject(value)) return { kind: 'unreadable', reason: 'it is not a profile (not a JSON object)' };
    const version = value.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return { kind: 'unreadable', reason: 'it has no valid format version' };
    if (version > PROFILE_FORMAT_VERSION) return { kind: 'future', version };
    if (version < MIN_READABLE_PROFILE_VERSION)
      return { kind: 'unreadable', reason: `its format v${version} is too old to read` };
    const lifted = runMigrations(value, version, PROFILE_FORMAT_VERSION, PROFILE_MIGRATIONS);
    if (!lifted.ok) return { kind: 'unreadable', reason: lifted.reason };
    const checked = v.safeParse(StoredProfileSchema, lifted.value);
    if (checked.success) return { kind: 'ok', profile: fromStored(checked.output) };
    return salvage(lifted.value);
  } catch (error) {
    return {
      kind: 'unreadable',
      reason: `reading it failed (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** Reads each section (and each setting) on its own, keeping what is sound. */
function salvage(value: unknown): ProfileReading {
  if (!isJsonObject(value)) return { kind: 'unreadable', reason: 'it is not a profile (not a JSON object)' };
  const stored = profileToValue(freshProfile());
  const lost: string[] = [];
  let kept = 0;
  const section = <K extends keyof typeof SECTION_SCHEMAS>(
    key: K,
  ): v.InferOutput<(typeof SECTION_SCHEMAS)[K]> | undefined => {
    const checked = v.safeParse(SECTION_SCHEMAS[key], Object.hasOwn(value, key) ? value[key] : undefined);
    if (checked.success) kept++;
    else lost.push(key);
    return checked.success ? checked.output : undefined;
  };
  stored.endings = section('endings') ?? stored.endings;
  stored.linesSeen = section('linesSeen') ?? stored.linesSeen;
  stored.routeMap = section('routeMap') ?? stored.routeMap;
  stored.completedRuns = section('completedRuns') ?? stored.completedRuns;
  stored.contentNoteSeen = section('contentNoteSeen') ?? stored.contentNoteSeen;
  const settings = isJsonObject(value.settings) ? value.settings : {};
  for (const name of Object.keys(SETTING_SCHEMAS) as (keyof Settings)[]) {
    if (!Object.hasOwn(settings, name)) continue;
    const checked = v.safeParse(SETTING_SCHEMAS[name], settings[name]);
    if (checked.success) Object.assign(stored.settings, { [name]: checked.output });
    else lost.push(`settings.${name}`);
  }
  if (!isJsonObject(value.settings)) lost.push('settings');
  if (kept === 0) {
    const checked = v.safeParse(StoredProfileSchema, value);
    return {
      kind: 'unreadable',
      reason: checked.success ? 'it holds nothing readable' : describeIssues(checked.issues),
    };
  }
  return {
    kind: 'salvaged',
    profile: fromStored(stored),
    reason: `these parts could not be read and start fresh: ${lost.join(', ')}`,
  };
}

function fromStored(stored: StoredProfile): Profile {
  const seen = new Set<string>();
  for (let i = 0; i < stored.linesSeen.length; i += 8) seen.add(stored.linesSeen.slice(i, i + 8));
  return {
    endings: new Map(Object.entries(stored.endings)),
    linesSeen: seen,
    routeMap: { nodes: new Set(stored.routeMap.nodes), edges: new Set(stored.routeMap.edges) },
    completedRuns: stored.completedRuns,
    contentNoteSeen: stored.contentNoteSeen,
    settings: { ...stored.settings },
  };
}
