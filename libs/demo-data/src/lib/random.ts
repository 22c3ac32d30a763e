/** What a caller seeds the generators with: the same seed always gives the same data. */
export type Seed = number | string;

/**
 * A small seeded PRNG (sfc32, Chris Doty-Humphrey's Small Fast Counter) with the sampling helpers the
 * generators need. Only 32-bit integer arithmetic, so a seed gives the same stream on every platform.
 * Never Math.random: demo data and benchmark files must be reproducible.
 */
export class DemoRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(state: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = state;
    // The first outputs of sfc32 still echo the seed; a few rounds mix it in.
    for (let round = 0; round < 12; round++) this.uint32();
  }

  /** A stream for the given parts, e.g. (seed, 'veteran', 17): independent of every other stream. */
  static of(...parts: readonly (string | number)[]): DemoRandom {
    return new DemoRandom(hash128(parts.map(String).join('\u241f')));
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as Item;
  }

  /** One item, each as likely as its weight (weights need not add up to anything). */
  weighted<Item>(entries: readonly (readonly [Item, number])[]): Item {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
    if (!(total > 0)) throw new RangeError('weighted pick with no positive weight');
    let point = this.next() * total;
    for (const [item, weight] of entries) {
      point -= Math.max(weight, 0);
      if (point < 0) return item;
    }
    // Only reached through floating-point rounding at the very end of the range.
    return entries.findLast(([, weight]) => weight > 0)?.[0] as Item;
  }

  /** `count` different items (fewer when the list is shorter), in the order they were drawn. */
  sample<Item>(items: readonly Item[], count: number): Item[] {
    const pool = [...items];
    const taken: Item[] = [];
    while (taken.length < count && pool.length > 0) {
      taken.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as Item);
    }
    return taken;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  characters(alphabet: string, length: number): string {
    let text = '';
    for (let index = 0; index < length; index++) text += alphabet.charAt(this.int(0, alphabet.length - 1));
    return text;
  }
}

/** cyrb128: a fast, well-spread 128-bit string hash, used only to seed sfc32. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A deterministic 24-character hexadecimal id (shaped like a MongoDB ObjectId) for the given parts. */
export function deterministicHexId(...parts: readonly (string | number)[]): string {
  const random = DemoRandom.of('hex-id', ...parts);
  return [random.uint32(), random.uint32(), random.uint32()]
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
}
