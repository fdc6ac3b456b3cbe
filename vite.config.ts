import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { buildInfo } from './src/tools/buildInfo.ts';
import { inkPlugin } from './src/tools/vitePluginInk.ts';

const info = buildInfo();

/** Only the game's own origin (plus data: and blob: for decoded images and audio). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(info.version),
    __APP_COMMIT__: JSON.stringify(info.commit),
  },
  plugins: [
    inkPlugin(),
    {
      // The CSP goes into the built page only: the dev server needs its websocket and inline client.
      name: 'ultimate-defence:csp',
      apply: 'build',
      transformIndexHtml: (html) => {
        // The page's own inline scripts (index.html keeps an early Begin) are allowed by their hash.
        const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
        );
        const csp = CSP.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
        return html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      },
    },
    {
      // Builds ship a custom Phaser (src/phaserCustom.js: the core plus what the game uses, ~45% smaller
      // than the prebuilt bundle); the dev server keeps the prebuilt one. Both renderers stay.
      name: 'ultimate-defence:phaser-custom',
      apply: 'build',
      config: () => ({
        resolve: {
          alias: [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./src/phaserCustom.js', import.meta.url)) }],
        },
        define: {
          'typeof WEBGL_RENDERER': 'true',
          'typeof CANVAS_RENDERER': 'true',
          'typeof WEBGL_DEBUG': 'false',
          'typeof FEATURE_SOUND': 'false',
          'typeof PLUGIN_CAMERA3D': 'false',
          'typeof PLUGIN_FBINSTANT': 'false',
        },
      }),
    },
  ],
  // No inlining: Phaser's SVG loader reads data: URLs as base64, which Vite's inlined SVGs are not.
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1600 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/support/globalSetup.ts'],
          environment: 'node',
          fileParallelism: false,
          // Only a backstop for a hang: the waits inside are bounded by progress (a playthrough fails
          // after 30 s without a new line, test/browser/support/player.ts), since a whole reading on a
          // busy 2-core machine runs past any total that is right on an idle one.
          testTimeout: 1_200_000,
          // beforeAll hooks build (the offline page) and launch Chromium: minutes under load.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
