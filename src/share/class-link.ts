/**
 * Class links: `#/class?c=<class>&role=<role>`, the class file packed into the
 * URL fragment (so a trainer's own scenario travels with it and nothing
 * reaches a server), and the role the team opening it plays. A broken link is
 * answered with what is wrong; the class inside is then read like a file.
 */
import { pack, unpack } from './packed';
import { MAX_CLASS_CHARS, readClassText, readClassValue, type ClassFile, type ClassReading, type ScenarioShelf } from './class-file';

const PREFIX = 'K1.';
/** A class file unpacks to its own size: the same bound as a file. */
const MAX_UNPACKED = MAX_CLASS_CHARS;

export type ClassLink = { kind: 'none' } | { kind: 'class'; value: unknown; role: string | null } | { kind: 'broken'; problem: string };

export function makeClassLink(base: string, file: ClassFile, role?: string): string {
  const at = `${base.replace(/#.*$/, '')}#/class?c=${pack(PREFIX, file)}`;
  return role ? `${at}&role=${encodeURIComponent(role)}` : at;
}

export function parseClassLink(hash: string): ClassLink {
  const match = /^#\/class\?(.*)$/s.exec(hash);
  if (!match) return { kind: 'none' };
  if (hash.length > MAX_CLASS_CHARS) return { kind: 'broken', problem: `the class link is too long (${hash.length} characters)` };
  const params = new URLSearchParams(match[1]);
  const packed = params.get('c');
  if (!packed) return { kind: 'broken', problem: 'the class link carries no class (c=…)' };
  if (!packed.startsWith(PREFIX))
    return { kind: 'broken', problem: `the class link's class does not start with ${PREFIX}: it is from another version or mistyped` };
  const body = unpack(packed.slice(PREFIX.length), MAX_UNPACKED);
  if (!body.ok) return { kind: 'broken', problem: `the class in the link is ${body.problem}` };
  return { kind: 'class', value: body.value, role: params.get('role') };
}

/**
 * A class as a trainer hands it in: a class link (pasted whole, or only its
 * `#/class?…` part) or a class file's text. Either is read against the shelf
 * and answered with its problems; oversize text is refused unread.
 */
export function readClassInput(text: string, shelf: ScenarioShelf): ClassReading {
  if (text.length > MAX_CLASS_CHARS)
    return { ok: false, problems: [{ path: '$', message: `too large for a class (${text.length} characters; at most ${MAX_CLASS_CHARS})` }] };
  const at = text.indexOf('#/class?');
  if (at < 0) return readClassText(text, shelf);
  const link = parseClassLink(text.slice(at).trim());
  if (link.kind === 'class') return readClassValue(link.value, shelf);
  return { ok: false, problems: [{ path: 'link', message: link.kind === 'broken' ? link.problem : 'not a class link' }] };
}
