// The one walk over the tags of a compiled story (its JSON, not a running Story). The story map
// reads the declared endings from it and the replay data the hint written beside each ending.

/** One container of compiled ink: its tags (whole texts, in order) and its bare commands. */
export interface CompiledContainer {
  tags: string[];
  /** Strings that are neither text (`^…`) nor tag marks: control commands and operators (`turns`, `rnd`, `+`). */
  commands: string[];
}

/** `{"#": "text"}`: how ink before 1.1 wrote a tag. */
const isOldTag = (item: unknown): item is { '#': string } =>
  typeof item === 'object' &&
  item !== null &&
  !Array.isArray(item) &&
  typeof (item as { '#'?: unknown })['#'] === 'string';

/** Every container (JSON array) of compiled ink `json`, in story order (a container before those inside it). */
export function compiledContainers(json: string): CompiledContainer[] {
  const containers: CompiledContainer[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      const container: CompiledContainer = { tags: [], commands: [] };
      containers.push(container);
      readContainer(value, container, visit);
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit((JSON.parse(json) as { root: unknown }).root);
  return containers;
}

/** Reads the tags and commands of one array into `container`; nested arrays and objects go to `visit`. */
function readContainer(items: readonly unknown[], container: CompiledContainer, visit: (value: unknown) => void): void {
  const tags = container.tags;
  let open = false;
  for (const item of items) {
    // ink 1.1+ writes a tag as "#", "^text" (one or more), "/#"; older stories as {"#": "text"}.
    if (item === '#') {
      open = true;
      tags.push('');
    } else if (item === '/#') open = false;
    else if (typeof item === 'string') {
      if (!item.startsWith('^')) container.commands.push(item);
      else if (open) tags[tags.length - 1] += item.slice(1);
    } else if (isOldTag(item)) tags.push(item['#']);
    else visit(item);
  }
}
