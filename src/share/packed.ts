/**
 * JSON packed for a link or a code: deflated (fflate) and written in base64url
 * after a prefix that names what it is. Unpacking is bounded, so a deflate
 * bomb is refused, not unpacked, and a cut or mistyped text is answered.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export class TooLarge extends Error {}

/** Inflates, stopping as soon as the output passes the limit. */
export function inflateBounded(data: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  inflater.push(data, true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function pack(prefix: string, value: unknown): string {
  return prefix + toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

export type Unpacked = { ok: true; value: unknown } | { ok: false; problem: string; tooLarge: boolean };

/** The JSON inside a packed text (its prefix already checked and removed), or what is wrong with it. */
export function unpack(body: string, maxBytes: number): Unpacked {
  try {
    return { ok: true, value: JSON.parse(strFromU8(inflateBounded(fromBase64Url(body), maxBytes))) as unknown };
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, tooLarge: true, problem: `too large: it unpacks to more than ${Math.floor(maxBytes / 1024 / 1024)} MB` };
    return { ok: false, tooLarge: false, problem: 'cut short or mistyped: it does not unpack' };
  }
}
