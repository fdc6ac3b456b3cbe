// Node-only: the Vite plugin that compiles `.ink` imports at build time, so only the inkjs
// runtime ships. Errors go to the terminal as file:line and to Vite's overlay; bad tags too.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { findSourceTags, parseTag } from '../story/directives.ts';
import { compileInk, formatDiagnostic, type InkDiagnostic } from './inkCompile.ts';

/** Compiles an ink entry and checks every staging tag in it and its INCLUDEs. */
export function buildInk(entry: string): { json: string | null; diagnostics: InkDiagnostic[]; files: string[] } {
  const result = compileInk(entry);
  const diagnostics = [...result.diagnostics];
  for (const file of result.files) {
    for (const { tag, line } of findSourceTags(readFileSync(file, 'utf-8'))) {
      const parsed = parseTag(tag);
      if (!parsed.ok) diagnostics.push({ severity: 'error', file, line, message: `tag "# ${tag}": ${parsed.message}` });
    }
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { json: failed ? null : result.json, diagnostics, files: result.files };
}

/** `import story from '../ink/main.ink'` yields the compiled story JSON as an object. */
export function inkPlugin(): Plugin {
  return {
    name: 'ultimate-defence:ink',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const { json, diagnostics, files } = buildInk(id);
      for (const file of files) {
        this.addWatchFile(file);
      }
      for (const d of diagnostics.filter((d) => d.severity !== 'error')) this.warn(formatDiagnostic(d));
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length || !json) {
        const first = errors[0];
        this.error({
          message: `ink: ${errors.length} error(s)\n${errors.map((d) => formatDiagnostic(d)).join('\n')}`,
          id: first?.file ?? id,
          loc: first?.line ? { file: first.file ?? id, line: first.line, column: 1 } : undefined,
        });
      }
      // A string literal parsed once is cheaper for the browser than a huge object literal.
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      for (const module of server.moduleGraph.getModulesByFile(file) ?? []) server.moduleGraph.invalidateModule(module);
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.endsWith('.ink')) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
