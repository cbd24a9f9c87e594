/**
 * What a trainer hands the results dashboard or `sim results`: pasted text or
 * files holding one or more result codes (one a line, as students send them,
 * a code wrapped over several lines read as one, a whole code whose prefix
 * was lost in copying read as a code of its own) or a replay file. The text
 * is cut into submissions here; a line that is neither is answered with its
 * line number, and oversize input is refused before anything is read from it.
 */
import { MAX_FILE_CHARS } from '../files';
import { unpack } from '../packed';
import { MAX_UNPACKED_BYTES, RESULT_PREFIX, RESULT_PREFIXES } from '../result-code-format';
import type { Verdict } from './verdict';

/** One thing to verify, named by where it came from ("codes.txt line 3", "team-4.replay.json"). */
export interface Submission {
  source: string;
  text: string;
}

/** A line or a file that holds nothing to verify, refused with the reason. */
export type Unread = Extract<Verdict, { ok: false }>;

/** A class of 30 teams is 30 codes; far more in one go is a mistake (or an attack), not a class. */
export const MAX_SUBMISSIONS = 500;
/** A whole campaign's code is tens of kB: this many characters hold hundreds of them. */
export const MAX_INPUT_CHARS = 16_000_000;

const CODE_START = new RegExp(`(${RESULT_PREFIXES.map((p) => p.replace('.', '\\.')).join('|')})`);
const CODE_BODY = /^[A-Za-z0-9_-]+$/;

/** The code being read, with the widths of its lines so far: a wrapped code's lines are cut at one width. */
interface OpenCode {
  submission: Submission;
  lastChars: number;
  widest: number;
  wrapped: boolean;
}

/** Code characters packed whole: they unpack on their own, so they are not the start of a longer code. */
function isCodeBody(body: string): boolean {
  return unpack(body, MAX_UNPACKED_BYTES).ok;
}

/**
 * Whether a line of code characters goes on the open code. After a line cut at the wrap's width more of the code follows
 * (no unpacking needed); after the code's first line, or a line shorter than its widest, the code may be whole, and is
 * unpacked to know: a whole code followed by another is two codes, not one that reads as neither.
 */
function continues(open: OpenCode): boolean {
  if (open.wrapped && open.lastChars >= open.widest) return true;
  const text = open.submission.text;
  const prefix = RESULT_PREFIXES.find((p) => text.startsWith(p))!;
  return !isCodeBody(text.slice(prefix.length));
}

function opened(submission: Submission, chars: number): OpenCode {
  return { submission, lastChars: chars, widest: chars, wrapped: false };
}

/** The first characters of a line, to name it in a reason without echoing a page of text. */
function excerpt(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * Cuts one text (a file or what was pasted) into submissions. `name` names the text ("pasted",
 * a file name); every submission and every unread line is named by it and, for codes, their line.
 */
export function readSubmissions(text: string, name: string): { submissions: Submission[]; unread: Unread[] } {
  if (text.length > MAX_INPUT_CHARS)
    return { submissions: [], unread: [{ source: name, ok: false, refusal: { kind: 'tooLarge', chars: text.length, max: MAX_INPUT_CHARS } }] };
  if (text.trimStart().startsWith('{')) {
    if (text.length > MAX_FILE_CHARS)
      return { submissions: [], unread: [{ source: name, ok: false, refusal: { kind: 'tooLarge', chars: text.length, max: MAX_FILE_CHARS } }] };
    return { submissions: [{ source: name, text }], unread: [] };
  }
  const submissions: Submission[] = [];
  const unread: Unread[] = [];
  // A code is open while the lines after it are only code characters: a mail program that wraps long lines cuts codes.
  let open: OpenCode | null = null;
  const take = (submission: Submission, chars: number) => {
    submissions.push(submission);
    open = opened(submission, chars);
  };
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    const source = `${name} line ${i + 1}`;
    if (line === '') {
      open = null;
      return;
    }
    // Text before a code ("Team 4: ROL2.…") is a label a student added: the team's name is inside the code.
    const codes = line.split(/[\s,;]+/).flatMap((word) => {
      const at = CODE_START.exec(word)?.index;
      return at === undefined ? [] : [word.slice(at)];
    });
    const codeChars = CODE_BODY.test(line);
    if (codes.length) for (const code of codes) take({ source, text: code }, line.length);
    else if (open && codeChars && continues(open)) {
      const o: OpenCode = open;
      o.submission.text += line;
      o.lastChars = line.length;
      o.widest = Math.max(o.widest, line.length);
      o.wrapped = true;
    } else if (codeChars && isCodeBody(line)) {
      // A whole code whose start was lost in copying (trainer play-test: it was joined to the code above and went uncounted).
      take({ source: `${source} (no ${RESULT_PREFIX} at its start)`, text: RESULT_PREFIX + line }, line.length);
    } else {
      open = null;
      unread.push({ source, ok: false, refusal: { kind: 'notACode', excerpt: excerpt(line) } });
    }
  });
  if (submissions.length > MAX_SUBMISSIONS)
    return {
      submissions: submissions.slice(0, MAX_SUBMISSIONS),
      unread: [...unread, { source: name, ok: false, refusal: { kind: 'tooMany', count: submissions.length, max: MAX_SUBMISSIONS } }],
    };
  return { submissions, unread };
}
