/**
 * What a trainer hands the results dashboard or `sim results`: pasted text or
 * files holding one or more result codes (one a line, as students send them,
 * a code wrapped over several lines read as one) or a replay file. The text
 * is cut into submissions here; a line that is neither is answered with its
 * line number, and oversize input is refused before anything is read from it.
 */
import { MAX_FILE_CHARS } from '../files';
import { RESULT_PREFIXES } from '../result-code-format';
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
  let open: Submission | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      open = null;
      return;
    }
    // Text before a code ("Team 4: ROL2.…") is a label a student added: the team's name is inside the code.
    const codes = line.split(/[\s,;]+/).flatMap((word) => {
      const at = CODE_START.exec(word)?.index;
      return at === undefined ? [] : [word.slice(at)];
    });
    if (codes.length) {
      for (const code of codes) submissions.push((open = { source: `${name} line ${i + 1}`, text: code }));
    } else if (open && CODE_BODY.test(line)) (open as Submission).text += line;
    else {
      open = null;
      unread.push({ source: `${name} line ${i + 1}`, ok: false, refusal: { kind: 'notACode', excerpt: excerpt(line) } });
    }
  });
  if (submissions.length > MAX_SUBMISSIONS)
    return {
      submissions: submissions.slice(0, MAX_SUBMISSIONS),
      unread: [...unread, { source: name, ok: false, refusal: { kind: 'tooMany', count: submissions.length, max: MAX_SUBMISSIONS } }],
    };
  return { submissions, unread };
}
