// A small seeded PRNG (mulberry32): the same seed number always produces the
// same national dataset, so two benchmark runs compare like with like.
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  uuid(): string;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  // Four hex digits per draw: a draw carries 32 bits, so longer runs would end in zeros.
  const hex = (n: number) => {
    let out = "";
    while (out.length < n) out += Math.floor(next() * 0x10000).toString(16).padStart(4, "0");
    return out.slice(0, n);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    // RFC 4122 version 4 layout, from the seeded stream.
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(next() * 4)).toString(16)}${hex(3)}-${hex(12)}`,
  };
}
