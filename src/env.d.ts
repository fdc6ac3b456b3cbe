/** Ink files are compiled to story JSON at build time by src/tools/vitePluginInk.ts. */
declare module '*.ink' {
  const story: object;
  export default story;
}

/** The replay screens' data (route map, endings, chapters, line count), derived from ink/main.ink at build time by the same plugin. */
declare module 'virtual:replay-data' {
  const data: Omit<import('./tools/replayData.ts').ReplayData, 'details'>;
  export default data;
}

/** The route map's lines per chapter, served apart by the same plugin and imported when the map opens. */
declare module 'virtual:replay-details' {
  const details: import('./tools/replayData.ts').ReplayDetails;
  export default details;
}

/** The package version, set at build time from package.json. */
declare const __APP_VERSION__: string;
/** The short git commit the build was made from, or 'unknown'. */
declare const __APP_COMMIT__: string;

interface Window {
  /** Benchmark contract: when the frame with the first story line was rendered (performance.now()). */
  __firstLine?: number;
  /** Benchmark contract: frames drawn and frames skipped because the picture had not changed. */
  __frames?: { drawn: number; skipped: number };
  /** Set by index.html when Begin was pressed before this script ran. */
  __beganEarly?: boolean;
  /** Set by main.ts once Begin has its own listener (index.html stops keeping clicks). */
  __beginWired?: boolean;
}

/** Dev panel only: where each knot and stitch is written, from the same plugin. */
declare module 'virtual:ink-sources' {
  const sources: import('./tools/inkSources.ts').InkOutline;
  export default sources;
}
