/**
 * The bytes inside a replay link: unsigned and zigzag varints (LEB128),
 * short strings and fixed-length hex, with a reader that refuses to read past
 * the end, so a cut or mistyped link is answered, never read out of bounds.
 */

/** Read past the end, or a number too large to be a whole number of this game. */
export class BadBytes extends Error {}

/** 2^53: a varint past it is not a count, an amount or an index of any game. */
const SAFE = Number.MAX_SAFE_INTEGER;

export class ByteWriter {
  private bytes: number[] = [];

  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number ≥ 0: ${n}`);
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
    return this;
  }

  /** Zigzag: small negative and positive numbers both take few bytes. */
  int(n: number): this {
    return this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  byte(n: number): this {
    this.bytes.push(n & 0xff);
    return this;
  }

  text(s: string): this {
    const utf8 = new TextEncoder().encode(s);
    this.uint(utf8.length);
    for (const b of utf8) this.bytes.push(b);
    return this;
  }

  /** A hash of 14 hex digits as 7 bytes. */
  hex(h: string): this {
    for (let i = 0; i < h.length; i += 2) this.bytes.push(parseInt(h.slice(i, i + 2), 16));
    return this;
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get left(): number {
    return this.bytes.length - this.at;
  }

  byte(): number {
    if (this.at >= this.bytes.length) throw new BadBytes('cut short');
    return this.bytes[this.at++]!;
  }

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (n > SAFE) throw new BadBytes('a number out of range');
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** A count of items that each take at least one byte: never more than the bytes left. */
  count(max: number): number {
    const n = this.uint();
    if (n > max || n > this.left) throw new BadBytes(`a count out of range (${n})`);
    return n;
  }

  text(maxBytes: number): string {
    const n = this.count(maxBytes);
    const s = new TextDecoder('utf-8', { fatal: false }).decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }

  hex(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += this.byte().toString(16).padStart(2, '0');
    return s;
  }
}

/** FNV-1a, 32 bits: the link's check, so a mistyped link is told apart from a changed game. */
export function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}
