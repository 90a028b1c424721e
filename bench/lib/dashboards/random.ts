/** A seeded pseudo-random generator (sfc32), so the same seed always generates the same rows. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: string) {
    // cyrb128-style string hash into the four words of state.
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
      const k = seed.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    this.#a = h1 >>> 0;
    this.#b = h2 >>> 0;
    this.#c = h3 >>> 0;
    this.#d = h4 >>> 0;
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** 32 random bits as an unsigned integer. */
  u32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** `hex` random hex digits. */
  hex(digits: number): string {
    let out = '';
    while (out.length < digits) out += this.u32().toString(16).padStart(8, '0');
    return out.slice(0, digits);
  }

  /** A random (version 4) UUID. */
  uuid4(): string {
    const h = this.hex(30);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(12, 15)}-${'89ab'[this.int(4)]}${h.slice(15, 18)}-${h.slice(18, 30)}`;
  }

  /** A time-ordered (version 7) UUID for the instant, as Kuulo's own ids are. */
  uuid7(ms: number): string {
    const t = ms.toString(16).padStart(12, '0');
    const h = this.hex(18);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${h.slice(0, 3)}-${'89ab'[this.int(4)]}${h.slice(3, 6)}-${h.slice(6, 18)}`;
  }
}

/** Picks keys of a weight table; the table is turned into a cumulative one once. */
export class Weighted<K extends string> {
  readonly #keys: K[];
  readonly #cumulative: number[];

  constructor(weights: Partial<Record<K, number>>) {
    this.#keys = Object.keys(weights) as K[];
    let sum = 0;
    this.#cumulative = this.#keys.map((key) => (sum += weights[key] ?? 0));
    this.#cumulative = this.#cumulative.map((c) => c / sum);
  }

  pick(random: Random): K {
    return this.at(random.next());
  }

  /** The key at quantile u (0–1): a latent value mapped through the distribution. */
  at(u: number): K {
    const i = this.#cumulative.findIndex((c) => u < c);
    return this.#keys[i === -1 ? this.#keys.length - 1 : i]!;
  }
}

/** Quantile u of a list of weights for the scores from `min` up. */
export function scoreAt(weights: readonly number[], min: number, u: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    if (u * total < sum) return min + i;
  }
  return min + weights.length - 1;
}

export const clamp01 = (x: number) => (x < 0 ? 0 : x >= 1 ? 0.999999 : x);
