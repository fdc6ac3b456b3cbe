import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** Every .ts and .js file under a folder of src/. */
function sources(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.(ts|js)$/.test(path) ? [path] : [];
    });
  return walk(join(SRC, folder));
}

/** One import of a file: what it names, and whether only types come through it (erased from the build). */
interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** The imports of a file, read by TypeScript's own parser: static, re-exports and dynamic `import()`. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf-8'), ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named =
        clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push({ specifier: argument.text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a relative import lands, relative to src/ (`story/stage.ts`, `../ink/main.ink`), or null for a package. */
function targetOf(specifier: string, file: string): string | null {
  return specifier.startsWith('.') ? relative(SRC, join(file, '..', specifier)) : null;
}

/** True when `target` is `place` or inside it. */
const within = (target: string, places: readonly string[] = []) =>
  places.some((p) => target === p || target.startsWith(`${p}/`));

/** What each folder may import: our folders (values, or types only) and packages. */
interface Rule {
  folders: readonly string[];
  typeFolders?: readonly string[];
  packages: (name: string) => boolean;
}

const RULES: Record<string, Rule> = {
  story: { folders: ['story'], packages: (p) => p === 'inkjs' },
  persistence: { folders: ['persistence', 'story'], packages: (p) => p === 'valibot' },
  reading: { folders: ['reading', 'story', 'persistence'], packages: () => false },
  audio: { folders: ['audio'], typeFolders: ['story'], packages: (p) => p === 'howler' },
  presentation: {
    folders: ['presentation', 'story', 'reading'],
    typeFolders: ['persistence'],
    // And the style sheets of the faces a reader may choose (presentation/faces.ts loads them when chosen).
    packages: (p) => p === 'phaser' || p.startsWith('phaser/') || /^@fontsource\/[\w-]+\/[\w-]+\.css$/.test(p),
  },
  // Dev builds only (main.ts loads it behind import.meta.env.DEV): the author's loop and the dev panel.
  dev: {
    folders: ['dev', 'story', 'reading', 'presentation'],
    typeFolders: ['persistence', 'tools'],
    // The plugin's virtual modules (replay data, where each knot is written).
    packages: (p) => p.startsWith('virtual:'),
  },
  tools: {
    // The bench reads the layout's design size (plain numbers); Phaser and Howler stay out of node.
    folders: ['tools', 'story', 'persistence', 'presentation/layout.ts', '../ink', '../test'],
    packages: (p) => p !== 'phaser' && p !== 'howler',
  },
};

/** Imports that break a folder's rule, as "file -> specifier". */
function offenders(folder: string): string[] {
  const rule = RULES[folder];
  return sources(folder).flatMap((file) =>
    importsOf(file)
      .filter(({ specifier, typeOnly }) => {
        const target = targetOf(specifier, file);
        if (target === null) return !rule.packages(specifier);
        return !within(target, rule.folders) && !(typeOnly && within(target, rule.typeFolders));
      })
      .map(({ specifier }) => `${relative(SRC, file)} -> ${specifier}`),
  );
}

describe('the architecture keeps its shape', () => {
  it('every folder of src/ has a rule', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const folder of Object.keys(RULES)) {
    it(`${folder}/ imports only what its rule allows`, () => {
      expect(offenders(folder)).toEqual([]);
    });
  }

  it('the story core imports only inkjs and itself, so it runs in node', () => {
    expect(offenders('story')).toEqual([]);
  });

  it('the browser bundle never imports the ink compiler or a node-only tool', () => {
    const all = ['story', 'persistence', 'reading', 'audio', 'presentation'].flatMap((folder) =>
      sources(folder).flatMap((file) =>
        importsOf(file)
          .filter(
            ({ specifier }) =>
              specifier.startsWith('inkjs/') || specifier.includes('/tools/') || specifier.startsWith('node:'),
          )
          .map(({ specifier }) => `${relative(SRC, file)} -> ${specifier}`),
      ),
    );
    expect(all).toEqual([]);
  });

  it('finds type-only and dynamic imports (the checker itself can fail)', () => {
    const here = join(SRC, 'presentation', 'GameShell.ts');
    const imports = importsOf(here);
    expect(imports).toContainEqual({ specifier: 'phaser', typeOnly: false });
    expect(imports.some((i) => i.typeOnly)).toBe(true);
    expect(importsOf(join(SRC, 'main.ts')).some((i) => i.specifier === '../ink/main.ink')).toBe(true);
  });

  it('every folder under src/ and test/ has a README', () => {
    const folders = (root: string): string[] =>
      readdirSync(root).flatMap((name) => {
        const path = join(root, name);
        if (!statSync(path).isDirectory() || ['fixtures', 'node_modules'].includes(name)) return [];
        return [path, ...folders(path)];
      });
    const top = [SRC, ...folders(SRC), new URL('../test/', import.meta.url).pathname];
    const missing = top
      .filter((dir) => !readdirSync(dir).includes('README.md'))
      .map((dir) => relative(join(SRC, '..'), dir) || '.');
    // A sub-folder may instead be explained in its parent's README, which names it (`explorer/`).
    const root = join(SRC, '..');
    const explainedAbove = (dir: string) => {
      const parent = join(root, dir, '..', 'README.md');
      return existsSync(parent) && readFileSync(parent, 'utf-8').includes(`${basename(dir)}/`);
    };
    const named = missing.filter((dir) => !explainedAbove(dir));
    expect(named).toEqual([]);
  });
});
