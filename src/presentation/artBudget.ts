/**
 * Which rasterised art to let go of, so memory stays bounded over a whole reading: each piece is a
 * canvas of width x height x 4 bytes (a full-screen backdrop on a 1920x1080 canvas is 8 MB), and a
 * reading passes through a dozen scenes and some thirty portrait layers. Pure bookkeeping: the
 * caller says what each scene needs (`use`) and frees what `overBudget` names.
 *
 * Never named: pinned art (the interface), and anything needed by the last `keepRecent` scenes or
 * within the last `keepMs` (what is on screen, and what a cross-fade or a fading figure may still
 * be drawing from a scene before, however fast the reader clicks on).
 */
export class ArtBudget {
  private readonly sizes = new Map<string, number>();
  private readonly lastUse = new Map<string, number>();
  private readonly lastTime = new Map<string, number>();
  private readonly pinned = new Set<string>();
  private turn = 0;

  /** `budget`: pixels kept before the least recently needed art is let go. */
  constructor(
    private readonly budget: number,
    private readonly keepRecent = 2,
    private readonly keepMs = 3000,
  ) {}

  /** Art that is never let go (the interface skin). */
  pin(keys: readonly string[]): void {
    for (const key of keys) this.pinned.add(key);
  }

  /** A scene needs `keys` (one turn), at time `now` (ms). */
  use(keys: readonly string[], now: number): void {
    this.turn++;
    for (const key of keys) {
      this.lastUse.set(key, this.turn);
      this.lastTime.set(key, now);
    }
  }

  /** `key` is now rasterised at `pixels`. */
  add(key: string, pixels: number, now: number): void {
    this.sizes.set(key, pixels);
    if (!this.lastUse.has(key)) this.lastUse.set(key, this.turn);
    if (!this.lastTime.has(key)) this.lastTime.set(key, now);
  }

  /** Pixels held now. */
  get pixels(): number {
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    return total;
  }

  /** The art to let go of at time `now`, least recently needed first, until the rest fits the budget (or only kept art is left). */
  overBudget(now: number): string[] {
    let total = this.pixels;
    if (total <= this.budget) return [];
    const keepFrom = this.turn - this.keepRecent + 1;
    const candidates = [...this.sizes.keys()]
      .filter(
        (key) =>
          !this.pinned.has(key) &&
          (this.lastUse.get(key) ?? 0) < keepFrom &&
          now - (this.lastTime.get(key) ?? now) >= this.keepMs,
      )
      .sort((a, b) => (this.lastUse.get(a) ?? 0) - (this.lastUse.get(b) ?? 0));
    const out: string[] = [];
    for (const key of candidates) {
      if (total <= this.budget) break;
      total -= this.sizes.get(key) ?? 0;
      out.push(key);
    }
    for (const key of out) {
      this.sizes.delete(key);
      this.lastUse.delete(key);
      this.lastTime.delete(key);
    }
    return out;
  }
}
