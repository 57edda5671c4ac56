/**
 * A small, fast, non-cryptographic string hash for stable ids (cyrb53 by bryc, public domain):
 * 53 bits from two 32-bit lanes. Pure JavaScript, same result on every platform; ids only need to
 * be stable and unlikely to collide within one site, not secret.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash as 11 base-36 characters, zero-padded so that all ids have one length. */
export function hashId(text: string): string {
  return hash53(text).toString(36).padStart(11, '0');
}
