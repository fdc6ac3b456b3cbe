import {
  AMBIENCE,
  BACKDROPS,
  CAST,
  CLOSEUPS,
  EFFECTS,
  MUSIC,
  PACES,
  POSES,
  POSITIONS,
  SFX,
  SIDES,
  WALL_MAX,
  isCharacter,
  isOneOf,
  type AmbienceId,
  type BackdropId,
  type CharacterId,
  type CloseUpId,
  type EffectName,
  type MusicId,
  type Pace,
  type Position,
  type SfxId,
  type Side,
} from './vocabulary.ts';

/** A staging instruction parsed from one ink tag. */
export type Directive =
  | { kind: 'chapter'; number: number; title: string }
  | { kind: 'backdrop'; id: BackdropId; cut: boolean }
  /** Without `pose` the character keeps the one he has (his first, on entering). */
  | { kind: 'show'; who: CharacterId; expression: string; position: Position | null; pose?: string }
  | { kind: 'hide'; who: CharacterId | 'all' }
  /** He crosses the stage to `to`, at a walk or a rush; his face and pose stay as they are. */
  | { kind: 'move'; who: CharacterId; to: Position; pace: Pace }
  /** He turns to look one way: a side of the frame, or toward (or away from) someone on stage. */
  | { kind: 'face'; who: CharacterId; toward: Side | CharacterId; away: boolean }
  /** With his `show` on the same line: he walks in from that side instead of fading in. */
  | { kind: 'enter'; who: CharacterId; from: Side }
  /** He walks off that side of the frame and is gone (as `hide`, seen leaving). */
  | { kind: 'exit'; who: CharacterId; to: Side }
  /** A small illustration of one beat (a hand on a wrist), beside the figures for this line only. */
  | { kind: 'closeup'; id: CloseUpId }
  | { kind: 'music'; id: MusicId | null }
  | { kind: 'ambience'; id: AmbienceId | null }
  | { kind: 'sfx'; id: SfxId }
  | { kind: 'wall'; level: number }
  | { kind: 'effect'; name: EffectName }
  | { kind: 'pause'; seconds: number }
  | { kind: 'ending'; id: string; title: string }
  /** A nudge toward this ending, shown on its locked card once the story has been finished. */
  | { kind: 'hint'; text: string }
  /** One sentence of "Previously...": what this scene comes to, on the scene's first line; never staged. */
  | { kind: 'recap'; text: string }
  | { kind: 'meta'; key: 'title' | 'author'; value: string }
  /** A continuity fact (`learns: latch`, `forgets: drink`, `needs: !seated`): read by the checker, not staged. */
  | { kind: 'fact'; verb: FactVerb; fact: string; known: boolean };

/** What a fact tag does: establish a fact, withdraw it, or depend on it (`known` false: on its absence). */
export type FactVerb = 'learns' | 'forgets' | 'needs';

const FACT_NAME = /^(!?)([a-z][a-z0-9_]*)$/;

/** A tag the parser could not turn into a directive, and why. */
export interface TagProblem {
  /** The tag as written, without the leading `#`. */
  tag: string;
  /** What is wrong, in words a writer can act on. */
  message: string;
  /** Where it was met: `file:line` at build time, the ink path at run time. */
  location: string;
}

/** Either a directive or the reason the tag is not one. */
export type TagResult = { ok: true; directive: Directive } | { ok: false; message: string };

const fail = (message: string): TagResult => ({ ok: false, message });
const ok = (directive: Directive): TagResult => ({ ok: true, directive });
const listOf = (names: readonly string[]) => names.join(', ');

/** Parses one tag (`key: value`) into a directive. Pure; never throws. */
export function parseTag(raw: string): TagResult {
  const tag = raw.trim();
  const colon = tag.indexOf(':');
  if (colon < 0) return fail(`expected "key: value", e.g. "backdrop: mission-desk"`);
  const key = tag.slice(0, colon).trim().toLowerCase();
  const value = tag.slice(colon + 1).trim();
  const words = value.split(/\s+/).filter(Boolean);
  const [first = '', ...rest] = words;
  if (!value) return fail(`"${key}" needs a value`);

  switch (key) {
    case 'chapter': {
      const number = Number(first);
      if (!Number.isInteger(number) || number < 1)
        return fail(`chapter needs a number then a title, e.g. "chapter: 3 Breakfast"`);
      if (!rest.length) return fail(`chapter ${number} needs a title`);
      return ok({ kind: 'chapter', number, title: rest.join(' ') });
    }
    case 'backdrop': {
      if (!isOneOf(BACKDROPS, first)) return fail(`unknown backdrop "${first}"; known: ${listOf(BACKDROPS)}`);
      if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'cut'))
        return fail(`backdrop takes a name and optionally "cut"`);
      return ok({ kind: 'backdrop', id: first, cut: rest[0] === 'cut' });
    }
    case 'show':
      return parseShow(first, rest);
    case 'hide': {
      if (first !== 'all' && !isCharacter(first)) return fail(`unknown character "${first}"; use a cast name or "all"`);
      if (rest.length) return fail(`hide takes one name`);
      return ok({ kind: 'hide', who: first });
    }
    case 'move':
      return parseMove(first, rest);
    case 'face':
      return parseFace(first, rest);
    case 'enter':
    case 'exit':
      return parseSide(key, first, rest);
    case 'closeup':
      if (words.length !== 1 || !isOneOf(CLOSEUPS, first))
        return fail(`unknown closeup "${value}"; known: ${listOf(CLOSEUPS)}`);
      return ok({ kind: 'closeup', id: first });
    case 'music':
    case 'ambience':
    case 'sfx':
    case 'effect':
      return parseNamed(key, value, words);
    case 'wall': {
      const level = Number(first);
      if (words.length !== 1 || !Number.isInteger(level) || level < 0 || level > WALL_MAX)
        return fail(`wall takes a whole number from 0 to ${WALL_MAX}`);
      return ok({ kind: 'wall', level });
    }
    case 'pause': {
      const seconds = Number(first);
      if (words.length !== 1 || !Number.isFinite(seconds) || seconds <= 0 || seconds > 10)
        return fail(`pause takes seconds, more than 0 and at most 10`);
      return ok({ kind: 'pause', seconds });
    }
    case 'ending': {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(first)) return fail(`ending needs an id in kebab-case, then a title`);
      if (!rest.length) return fail(`ending "${first}" needs a title`);
      return ok({ kind: 'ending', id: first, title: rest.join(' ') });
    }
    case 'hint':
      return ok({ kind: 'hint', text: value });
    case 'recap':
      return ok({ kind: 'recap', text: value });
    case 'learns':
    case 'forgets':
    case 'needs':
      return parseFact(key, value);
    case 'title':
    case 'author':
      return ok({ kind: 'meta', key, value });
    default:
      return fail(`unknown tag "${key}"`);
  }
}

/** `show: who [expression] [position] [pose]`: after the expression, a position and a pose in either order, each at most once. */
function parseShow(first: string, rest: readonly string[]): TagResult {
  if (!isCharacter(first)) return fail(`unknown character "${first}"; known: ${listOf(Object.keys(CAST))}`);
  const [expression = 'neutral', ...placing] = rest;
  const expressions: readonly string[] = CAST[first];
  if (!expressions.includes(expression))
    return fail(`${first} has no expression "${expression}"; known: ${listOf(expressions)}`);
  const poses: readonly string[] = POSES[first];
  const position = placing.find((w) => isOneOf(POSITIONS, w)) ?? null;
  const pose = placing.find((w) => poses.includes(w)) ?? null;
  const stray = placing.find((w) => !isOneOf(POSITIONS, w) && !poses.includes(w));
  if (stray !== undefined) {
    return fail(
      `unknown position or pose "${stray}"; positions: ${listOf(POSITIONS)}; poses of ${first}: ${listOf(poses)}`,
    );
  }
  if (placing.length > Number(position !== null) + Number(pose !== null))
    return fail(`show takes one position and one pose at most`);
  const shown = { kind: 'show', who: first, expression, position: position as Position | null } as const;
  return ok(pose === null ? shown : { ...shown, pose });
}

/** `move: who to position [walk|rush]` (a walk unless it says). */
function parseMove(first: string, rest: readonly string[]): TagResult {
  if (!isCharacter(first)) return fail(`unknown character "${first}"; known: ${listOf(Object.keys(CAST))}`);
  const [to = '', where = '', pace = 'walk', ...extra] = rest;
  if (to !== 'to' || !isOneOf(POSITIONS, where) || !isOneOf(PACES, pace) || extra.length)
    return fail(
      `move takes "who to position [walk|rush]", e.g. "move: iruka to far-right"; positions: ${listOf(POSITIONS)}`,
    );
  return ok({ kind: 'move', who: first, to: where, pace });
}

/** `face: who left|right`, `face: who toward someone`, `face: who away from someone`. */
function parseFace(first: string, rest: readonly string[]): TagResult {
  if (!isCharacter(first)) return fail(`unknown character "${first}"; known: ${listOf(Object.keys(CAST))}`);
  const usage = `face takes "who left", "who right", "who toward someone" or "who away from someone"`;
  const [word = '', ...others] = rest;
  if (isOneOf(SIDES, word) && !others.length) return ok({ kind: 'face', who: first, toward: word, away: false });
  const away = word === 'away' && others[0] === 'from';
  const named = away ? others.slice(1) : word === 'toward' ? others : null;
  if (named?.length !== 1) return fail(usage);
  const [other = ''] = named;
  if (!isCharacter(other)) return fail(`unknown character "${other}" to face; known: ${listOf(Object.keys(CAST))}`);
  if (other === first) return fail(`${first} cannot face himself`);
  return ok({ kind: 'face', who: first, toward: other, away });
}

/** `enter: who from left|right`, `exit: who left|right`. */
function parseSide(key: 'enter' | 'exit', first: string, rest: readonly string[]): TagResult {
  if (!isCharacter(first)) return fail(`unknown character "${first}"; known: ${listOf(Object.keys(CAST))}`);
  const words = key === 'enter' && rest[0] === 'from' ? rest.slice(1) : rest;
  const [side = ''] = words;
  if (words.length !== 1 || !isOneOf(SIDES, side) || (key === 'enter' && rest[0] !== 'from'))
    return fail(key === 'enter' ? `enter takes "who from left|right"` : `exit takes "who left|right"`);
  return ok(key === 'enter' ? { kind: 'enter', who: first, from: side } : { kind: 'exit', who: first, to: side });
}

/** `music`, `ambience` (a name or "none"), `sfx` and `effect` (a name): each from its own list. */
function parseNamed(key: 'music' | 'ambience' | 'sfx' | 'effect', value: string, words: readonly string[]): TagResult {
  const [first = ''] = words;
  if (key === 'sfx') {
    if (words.length !== 1 || !isOneOf(SFX, first)) return fail(`unknown sfx "${value}"; known: ${listOf(SFX)}`);
    return ok({ kind: 'sfx', id: first });
  }
  if (key === 'effect') {
    if (words.length !== 1 || !isOneOf(EFFECTS, first))
      return fail(`unknown effect "${value}"; known: ${listOf(EFFECTS)}`);
    return ok({ kind: 'effect', name: first });
  }
  const names = key === 'music' ? MUSIC : AMBIENCE;
  if (words.length !== 1) return fail(`${key} takes one name or "none"`);
  if (first === 'none') return ok({ kind: key, id: null });
  if (key === 'music' && isOneOf(MUSIC, first)) return ok({ kind: 'music', id: first });
  if (key === 'ambience' && isOneOf(AMBIENCE, first)) return ok({ kind: 'ambience', id: first });
  return fail(`unknown ${key} "${first}"; known: ${listOf(names)}, none`);
}

/** `learns`, `forgets`, `needs`: one fact name in snake_case; `needs: !name` asks for its absence. */
function parseFact(key: 'learns' | 'forgets' | 'needs', value: string): TagResult {
  const name = FACT_NAME.exec(value);
  if (!name || (name[1] && key !== 'needs'))
    return fail(`${key} takes one fact name in snake_case${key === 'needs' ? ', or !name for its absence' : ''}`);
  return ok({ kind: 'fact', verb: key, fact: name[2], known: !name[1] });
}

/** Parses every tag of one line; problems are collected with `location`, never dropped. */
export function parseTags(
  tags: readonly string[],
  location: string,
): { directives: Directive[]; problems: TagProblem[] } {
  const directives: Directive[] = [];
  const problems: TagProblem[] = [];
  for (const tag of tags) {
    const result = parseTag(tag);
    if (result.ok) directives.push(result.directive);
    else problems.push({ tag: tag.trim(), message: result.message, location });
  }
  return { directives, problems };
}

/**
 * Finds every tag written in ink source, with its 1-based line, so the build can report a bad
 * tag at `file:line`. Comments are skipped; a tag runs from `#` to the next `#` or line end.
 */
export function findSourceTags(source: string): { tag: string; line: number }[] {
  const found: { tag: string; line: number }[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((text, index) => {
    let code = text;
    if (inBlockComment) {
      const end = code.indexOf('*/');
      if (end < 0) return;
      code = code.slice(end + 2);
      inBlockComment = false;
    }
    code = code.replace(/\/\*.*?\*\//g, '');
    const open = code.indexOf('/*');
    if (open >= 0) {
      code = code.slice(0, open);
      inBlockComment = true;
    }
    code = code.replace(/\/\/.*$/, '');
    const hash = code.indexOf('#');
    if (hash < 0) return;
    for (const part of code.slice(hash + 1).split('#')) {
      const tag = part.trim();
      if (tag) found.push({ tag, line: index + 1 });
    }
  });
  return found;
}
