import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshContext, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';

const game = useGame();

/**
 * Loads the title and clicks Begin the moment it is laid out, with one real mouse event at its
 * centre (polled every 10 ms, as a reader's hand would not wait for the page to settle); returns
 * whether the story's first line came up.
 */
async function clickBeginAtOnce(cpuRate: number): Promise<{ firstLine: boolean; errors: string[] }> {
  const context = await freshContext(game.browser);
  const page = await context.newPage();
  const problems = watch(page, [game.server.origin]);
  if (cpuRate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.goto(`${game.server.origin}/game/`, { waitUntil: 'commit' });
  const centre = await page.waitForFunction(
    () => {
      const r = document.getElementById('begin')?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    null,
    { polling: 10, timeout: 60_000 },
  );
  const { x, y } = (await centre.jsonValue())!;
  await page.mouse.click(x, y);
  // Bounded by progress: the line shows within seconds of the game loading, or never.
  const firstLine = await page
    .waitForFunction(() => (document.getElementById('live')?.textContent ?? '').length > 0, null, { timeout: 45_000 })
    .then(
      () => true,
      () => false,
    );
  await context.close();
  return { firstLine, errors: problems.errors };
}

describe('a Begin clicked the moment it is painted', () => {
  it('is kept by a listener in the head, before any stylesheet (a script after one waits for it)', () => {
    const html = readFileSync('dist/index.html', 'utf-8');
    const keeper = html.indexOf('__beganEarly');
    const firstStylesheet = html.search(/<link[^>]+rel="stylesheet"/);
    expect(keeper).toBeGreaterThan(0);
    expect(keeper).toBeLessThan(html.indexOf('</head>'));
    expect(firstStylesheet === -1 || keeper < firstStylesheet).toBe(true);
  });

  it('shows the first line every time, unthrottled', async () => {
    for (let i = 0; i < 6; i++)
      expect(await clickBeginAtOnce(1), `try ${i + 1}`).toEqual({ firstLine: true, errors: [] });
  });

  it('shows the first line every time at CPU 4x', async () => {
    for (let i = 0; i < 3; i++)
      expect(await clickBeginAtOnce(4), `try ${i + 1}`).toEqual({ firstLine: true, errors: [] });
  });
});
