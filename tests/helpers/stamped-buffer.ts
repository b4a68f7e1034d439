// A large buffer whose every 64 KB chunk starts with the same 8-byte counter, over a fixed pseudo-random
// background: a file of it is whole only if it has the right size and every chunk carries the counter of
// its first one. Cheap to make (a copy and a few stamps), so a writer in a loop spends its time writing.
const CHUNK = 64 * 1024;

/** The fixed background (xorshift32 from `seed`). */
export function background(size: number, seed = 0x5eed): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i + 4 <= size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.writeInt32LE(x | 0, i);
  }
  return out;
}

export function stamped(base: Buffer, counter: number): Buffer {
  const out = Buffer.from(base);
  for (let at = 0; at + 8 <= out.length; at += CHUNK) out.writeBigUInt64LE(BigInt(counter), at);
  return out;
}

/** True when `data` is exactly `stamped(base, n)` for the n in its first chunk. */
export function isWhole(data: Buffer, base: Buffer): boolean {
  if (data.length !== base.length || data.length < 8) return false;
  return data.equals(stamped(base, Number(data.readBigUInt64LE(0))));
}
