/** FNV-1a over a string: a fixed, well-spread number for the same text on every build and machine. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The items in an order that looks shuffled but is the same on every build: sorted by the hash of
 * `seed` and each item's key. Options move around between questions without a random number, so the
 * page, the GIFT file and the tests agree.
 */
export function stableShuffle<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => stableHash(`${seed}\u0000${key(a)}`) - stableHash(`${seed}\u0000${key(b)}`));
}
