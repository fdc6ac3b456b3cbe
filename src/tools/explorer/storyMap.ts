// The story map: what the compiled story holds, found once by walking its structure (knots,
// stitches, the containers that hold choices, visit counts read by name, `x = x ± n` updates).
import type { Story } from 'inkjs';
import type { ChoicePoint } from 'inkjs/engine/ChoicePoint';
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';
import type { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import type { VariableReference } from 'inkjs/engine/VariableReference';
import { parseTag } from '../../story/directives.ts';
import { compiledContainers } from './compiledTags.ts';

/** Static facts about one compiled story. */
export interface StoryMap {
  /** Named paths of every knot and stitch. */
  knotsAndStitches: string[];
  /** Path of each container that holds choice points → its route graph id. */
  holderIds: Map<string, string>;
  /** Holder paths in story order. */
  holders: string[];
  countReads: string[];
  usesTurns: boolean;
  usesRandom: boolean;
  /** Endings declared by `# ending:` tags in the compiled story, in story order. */
  declaredEndings: { id: string; title: string }[];
  /** Variable references and assignments of `x = x ± constant` (`~ x++`, `~ x -= 2`). */
  selfUpdates: WeakSet<InkObject>;
}

/** inkjs's ValueType.Int. */
export const INT_VALUE = 0;
const TURN_COMMANDS = new Set(['turn', 'turns']);
const RANDOM_COMMANDS = new Set(['rnd', 'srnd', 'seq', 'lrnd']);
const INTERNAL_NAME = /^(\d+|b|s|c-\d+|g-\d+|\$r\d*|global decl)$/;

/** `after.weeks.0.first_month.7` → `after.weeks.first_month`: the names a writer gave. */
export function namedPath(path: string): string {
  return path
    .split('.')
    .filter((part) => part && !INTERNAL_NAME.test(part))
    .join('.');
}

/** The parent path of an ink path (`a.b.3` → `a.b`). */
function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

const isContainer = (o: InkObject): o is Container => 'namedContent' in o && 'content' in o;
const isChoicePoint = (o: InkObject): o is ChoicePoint => 'pathOnChoice' in o && 'onceOnly' in o;
const isVariableReference = (o: InkObject): o is VariableReference => 'pathForCount' in o;
const isCountRead = (o: InkObject): o is VariableReference => isVariableReference(o) && o.pathForCount !== null;
const isAssignment = (o: InkObject): o is VariableAssignment => 'variableName' in o && 'isNewDeclaration' in o;

/**
 * The assignment that ends `x = x ± whole number` when `content[i]` is its read of x, else null.
 * inkjs compiles `~ x++` and `~ x -= 2` to `x, n, +, x=`, and `~ x = x + 1` to `x, n, +, /ev, x=`.
 */
function selfUpdateAt(content: InkObject[], i: number): InkObject | null {
  const [read, amount, op, next, after] = content.slice(i, i + 5);
  if (!read || !amount || !op || !next) return null;
  if (!isVariableReference(read) || read.pathForCount !== null || !read.name) return null;
  if ((amount as { valueType?: unknown }).valueType !== INT_VALUE) return null;
  const opName = (op as { name?: unknown }).name;
  if (!('numberOfParameters' in op) || (opName !== '+' && opName !== '-')) return null;
  const assign = isAssignment(next) ? next : 'commandType' in next && after && isAssignment(after) ? after : null;
  return assign && !assign.isNewDeclaration && assign.variableName === read.name ? assign : null;
}

/** Walks `story` (and its compiled `json`, for tags and commands) once. */
export function mapStory(story: Story, json: string): StoryMap {
  const structure = walkStructure(story.mainContentContainer);
  return {
    knotsAndStitches: knotsAndStitches(story.mainContentContainer),
    ...structure,
    holderIds: nameHolders(structure.holders),
    ...scanCompiled(json),
  };
}

/** Named paths of every knot and stitch, in story order. */
function knotsAndStitches(root: Container): string[] {
  const paths: string[] = [];
  for (const [name, named] of root.namedContent) {
    if (INTERNAL_NAME.test(name)) continue;
    paths.push(name);
    const knot = named as unknown as InkObject;
    if (!isContainer(knot)) continue;
    for (const [stitch] of knot.namedContent) {
      if (!INTERNAL_NAME.test(stitch)) paths.push(`${name}.${stitch}`);
    }
  }
  return paths;
}

/** Containers holding choice points (in story order), count reads and `x = x ± n` updates. */
function walkStructure(root: Container): Pick<StoryMap, 'holders' | 'countReads' | 'selfUpdates'> {
  const holders: string[] = [];
  const countReads = new Set<string>();
  const selfUpdates = new WeakSet<InkObject>();
  const walk = (container: Container) => {
    let holds = false;
    for (const [i, item] of container.content.entries()) {
      const assign = selfUpdateAt(container.content, i);
      if (assign) {
        selfUpdates.add(item);
        selfUpdates.add(assign);
      }
      if (isContainer(item)) walk(item);
      else if (isChoicePoint(item)) holds = true;
      else if (isCountRead(item) && item.containerForCount) countReads.add(item.containerForCount.path.toString());
    }
    if (holds) holders.push(container.path.toString());
    for (const [, named] of container.namedContent) {
      const object = named as unknown as InkObject;
      if (isContainer(object) && !container.content.includes(object)) walk(object);
    }
  };
  walk(root);
  // Holders are listed after their nested content; sort them into story order.
  holders.sort(comparePaths);
  return { holders, countReads: [...countReads].sort(), selfUpdates };
}

/** Route graph ids for holder paths: the named path, with `#2`, `#3` for a second and third. */
function nameHolders(holders: readonly string[]): Map<string, string> {
  const holderIds = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const holder of holders) {
    const name = namedPath(holder) || 'story';
    const count = (taken.get(name) ?? 0) + 1;
    taken.set(name, count);
    holderIds.set(holder, count === 1 ? name : `${name}#${count}`);
  }
  return holderIds;
}

/** Whether the story reads turns or uses randomness, and the endings its tags declare. */
function scanCompiled(json: string): Pick<StoryMap, 'usesTurns' | 'usesRandom' | 'declaredEndings'> {
  let usesTurns = false;
  let usesRandom = false;
  const declaredEndings: { id: string; title: string }[] = [];
  for (const { tags, commands } of compiledContainers(json)) {
    for (const command of commands) {
      if (TURN_COMMANDS.has(command)) usesTurns = true;
      if (RANDOM_COMMANDS.has(command)) usesRandom = true;
    }
    for (const tag of tags) {
      const parsed = parseTag(tag);
      if (parsed.ok && parsed.directive.kind === 'ending') {
        declaredEndings.push({ id: parsed.directive.id, title: parsed.directive.title });
      }
    }
  }
  return { usesTurns, usesRandom, declaredEndings };
}

/** Orders ink paths as the story is laid out: numeric components as numbers. */
function comparePaths(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    if (Number.isInteger(na)) return -1;
    if (Number.isInteger(nb)) return 1;
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** The route graph id of the choice point offering choices generated at `sources` (choice point paths). */
export function choicePointId(map: StoryMap, sources: readonly string[]): string {
  const parents = sources.map(parentPath);
  let common = parents[0] ?? '';
  for (const p of parents) {
    while (common && p !== common && !p.startsWith(common + '.')) common = parentPath(common);
  }
  const exact = map.holderIds.get(common);
  if (exact) return exact;
  const inside = map.holders.find((h) => h.startsWith(common + '.'));
  return inside ? map.holderIds.get(inside)! : namedPath(common) || 'story';
}
