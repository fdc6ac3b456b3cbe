/** Ink files are compiled to story JSON at build time by src/tools/vitePluginInk.ts. */
declare module '*.ink' {
  const story: object;
  export default story;
}
