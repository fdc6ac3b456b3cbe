/** A DOMException-like error as browsers throw when storage is refused. */
export function securityError(): Error {
  return Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
}

/** A DOMException-like object as browsers throw when storage is full (not an Error: some engines throw bare objects). */
export function quotaError(): { name: string; message: string } {
  return {
    name: 'QuotaExceededError',
    message: "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
  };
}

/** Options for a fake localStorage. */
export interface FakeStorageOptions {
  /** Total characters (keys plus values) it holds before refusing writes with QuotaExceededError. */
  quotaChars?: number;
  /** Throw SecurityError on every call, as Safari does with storage blocked. */
  refuseAccess?: boolean;
  /** What it holds already (including other games' keys). */
  initial?: Record<string, string>;
}

/** A Storage in memory that can be full or refuse access, and counts calls to `clear`. */
export class FakeStorage implements Storage {
  [name: string]: unknown;
  readonly data = new Map<string, string>();
  /** Times `clear` was called: the game must never call it. */
  clearCalls = 0;
  quotaChars: number;
  refuseAccess: boolean;

  constructor(options: FakeStorageOptions = {}) {
    this.quotaChars = options.quotaChars ?? Infinity;
    this.refuseAccess = options.refuseAccess ?? false;
    for (const [key, value] of Object.entries(options.initial ?? {})) this.data.set(key, value);
  }

  get length(): number {
    this.guard();
    return this.data.size;
  }

  clear(): void {
    this.clearCalls++;
    this.data.clear();
  }

  getItem(key: string): string | null {
    this.guard();
    return this.data.get(key) ?? null;
  }

  key(index: number): string | null {
    this.guard();
    return [...this.data.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.guard();
    this.data.delete(key);
  }

  setItem(key: string, value: string): void {
    this.guard();
    const others = [...this.data].filter(([k]) => k !== key).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (others + key.length + value.length > this.quotaChars) throw quotaError();
    this.data.set(key, String(value));
  }

  private guard(): void {
    if (this.refuseAccess) throw securityError();
  }
}

/** A window as in an itch.io iframe sandboxed without allow-same-origin: reading `localStorage` itself throws. */
export const sandboxedWindow = {
  get localStorage(): Storage {
    throw securityError();
  },
};
