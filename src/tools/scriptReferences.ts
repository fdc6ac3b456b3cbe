// The files a built script refers to, read with a real JavaScript parser (Rolldown's oxc
// `parseAst`, which ships with Vite) instead of regular expressions. Minified code is full of
// template literals, apostrophes inside them and strings that merely mention `assets/`; a parser
// knows where every string starts and ends, and which strings are import specifiers, which are
// `new URL(x, import.meta.url)` arguments, and which are object keys or property names.
import { parseAst } from 'vite';

/** What a script says about one file it may load. */
export interface ScriptReference {
  /** As written: a specifier, a URL, or (for `unresolved`) the source text of the expression. */
  url: string;
  /**
   * `relative-to-file`: loaded relative to the script (imports, `new URL(x, import.meta.url)`,
   * and literal strings starting with `./` or `../` that end in an asset extension, such as
   * Vite's preload list). `literal`: a string that only looks like an asset path; checked for
   * being absolute, never resolved. `unresolved`: a load whose target is computed at run time
   * (`import(name)`, or a template such as \`./art/${x}.svg\`), which no check can follow.
   */
  kind: 'relative-to-file' | 'literal' | 'unresolved';
}

/** File extensions that count as assets when they end a string in a script. */
const ASSET_EXTENSIONS =
  'js|mjs|css|html|json|wasm|svg|png|jpe?g|gif|webp|avif|ico|ogg|opus|mp3|wav|m4a|aac|flac|webm|mp4|woff2?|ttf|otf|ink';
/** The whole string is a path ending in an asset extension (not a data: URL, not a sentence). */
export const ASSET_PATH = new RegExp(`^[^\\s'"\`<>]*\\.(?:${ASSET_EXTENSIONS})(?:[?#][^\\s'"\`]*)?$`, 'i');

/** A parsed node: what every ESTree node has, plus whatever its type carries. */
interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The string a node stands for when it is a plain string (a literal, or a template without `${}`). */
function staticString(node: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string | null } }[];
    return quasi.value.cooked;
  }
  return null;
}

/** `import.meta.url`. */
function isImportMetaUrl(node: unknown): boolean {
  return (
    isNode(node) &&
    node.type === 'MemberExpression' &&
    isNode(node.object) &&
    node.object.type === 'MetaProperty' &&
    isNode(node.property) &&
    (node.property as Node & { name?: string }).name === 'url'
  );
}

/** Children of a node, with the field each sits in (for telling a key from a value). */
function* children(node: Node): Generator<[Node, string]> {
  for (const [field, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) yield [item, field];
    } else if (isNode(value)) yield [value, field];
  }
}

/** Where a string is a name rather than a value: an object key, or a computed property lookup. */
function isName(parent: Node, field: string): boolean {
  const keyed =
    parent.type === 'Property' || parent.type === 'PropertyDefinition' || parent.type === 'MethodDefinition';
  if (keyed && field === 'key') return true;
  return parent.type === 'MemberExpression' && field === 'property';
}

/** The reference a template literal with `${}` makes, when it reads as a path to an asset. */
function computedPath(template: Node, source: string): ScriptReference | null {
  const quasis = template.quasis as { value: { cooked: string | null } }[];
  const first = quasis[0].value.cooked ?? '';
  const last = quasis.at(-1)?.value.cooked ?? '';
  const looksLikePath = /^(?:\.{1,2}\/|\/)/.test(first) && new RegExp(`\\.(?:${ASSET_EXTENSIONS})$`, 'i').test(last);
  return looksLikePath ? { url: source.slice(template.start, template.end), kind: 'unresolved' } : null;
}

/** What a load (`import(x)`, `new URL(x, import.meta.url)`) points to: its string, or unresolved. */
function loadTarget(argument: Node, source: string): ScriptReference {
  const url = staticString(argument);
  if (url === null) return { url: source.slice(argument.start, argument.end), kind: 'unresolved' };
  return { url, kind: 'relative-to-file' };
}

/**
 * Every file a script refers to, in source order. Throws a SyntaxError-like error (with the
 * parser's message) when the text is not JavaScript: a broken build is reported, not skipped.
 */
export function findScriptReferences(source: string): ScriptReference[] {
  const program = parseAst(source, { sourceType: 'module' }) as unknown as Node;
  const found: ScriptReference[] = [];
  /** Nodes already accounted for as the argument of a load, so they are not also read as strings. */
  const taken = new Set<Node>();
  // An explicit stack: minified code nests deeply enough to exhaust recursion.
  const stack: [Node, Node | null, string][] = [[program, null, '']];
  while (stack.length) {
    const [node, parent, field] = stack.pop()!;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (isNode(node.source)) {
          found.push(loadTarget(node.source, source));
          taken.add(node.source);
        }
        break;
      case 'ImportExpression':
        found.push(loadTarget(node.source as Node, source));
        taken.add(node.source as Node);
        break;
      case 'NewExpression': {
        const [target, base] = node.arguments as Node[];
        const callee = node.callee as Node & { name?: string };
        // A computed `new URL(e, import.meta.url)` is not itself a load: Vite's preload helper makes
        // one for each entry of its list, whose literal "./x.js" strings are read as references. A
        // computed path that reads as one (`./art/${k}.svg`) is reported by the TemplateLiteral case.
        const url = target && isImportMetaUrl(base) ? staticString(target) : null;
        if (callee.type === 'Identifier' && callee.name === 'URL' && url !== null) {
          found.push({ url, kind: 'relative-to-file' });
          taken.add(target);
        }
        break;
      }
      case 'TemplateLiteral':
        if (!taken.has(node) && (node.expressions as unknown[]).length > 0) {
          const reference = computedPath(node, source);
          if (reference) found.push(reference);
        }
        break;
    }
    const text = taken.has(node) || !parent || isName(parent, field) ? null : staticString(node);
    if (text !== null && ASSET_PATH.test(text)) {
      if (text.startsWith('./') || text.startsWith('../')) found.push({ url: text, kind: 'relative-to-file' });
      else if (isAbsolute(text)) found.push({ url: text, kind: 'literal' });
    }
    // Pushed in reverse so they pop in source order.
    const next = [...children(node)].reverse();
    for (const [child, childField] of next) {
      if (node.type !== 'TemplateLiteral' || childField !== 'quasis') stack.push([child, node, childField]);
    }
  }
  return found;
}

/** Root-relative, protocol-relative or with a scheme. */
function isAbsolute(url: string): boolean {
  return url.startsWith('/') || url.startsWith('\\') || /^[a-z][a-z0-9+.-]*:/i.test(url);
}
