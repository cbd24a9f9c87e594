/**
 * The trainer's desk of a live class: created from the class prepared on
 * the trainer's desk, or opened again with the class code and the trainer's
 * token (kept in this browser, and shown once to write down). The teams'
 * result codes reach the results dashboard as each team finishes, verified
 * there like pasted ones.
 */
import type { ControlDone, DeskWelcome } from '../../share/live/protocol';
import { FACILITATOR_WORDS, leverText } from '../../share/text/messages';
import { possessive } from '../../share/text/numbers';
import type { SessionState } from '../store';
import { deskPlanOf } from './desk-plan';

type Access = { get: () => SessionState; set: (patch: Partial<SessionState>) => void };

const DESKS = 'rol-live-desks';

export interface SavedDesk {
  code: string;
  token: string;
  title: string;
}

/** The live classes this browser has run, newest first. */
export function savedDesks(): SavedDesk[] {
  try {
    const list = JSON.parse(localStorage.getItem(DESKS) ?? '[]') as SavedDesk[];
    return Array.isArray(list) ? list.slice(0, 20) : [];
  } catch {
    return [];
  }
}

function saveDesk(desk: SavedDesk) {
  try {
    localStorage.setItem(DESKS, JSON.stringify([desk, ...savedDesks().filter((d) => d.code !== desk.code)].slice(0, 20)));
  } catch {
    // Not kept: the trainer reopens the desk with the token shown on it.
  }
}

export function deskWelcome(w: DeskWelcome, { get, set }: Access): void {
  const live = get().live!;
  const title = String((w.classFile as { title?: unknown }).title ?? w.code);
  const token = w.trainerToken ?? (live.visit.as === 'desk' ? live.visit.trainerToken : '');
  saveDesk({ code: w.code, token, title });
  const plan = deskPlanOf(w.classFile, get()) ?? undefined;
  set({
    live: {
      ...live,
      code: w.code,
      trainerToken: token,
      tokenNew: !!w.trainerToken,
      desyncs: [],
      plan,
      visit: { as: 'desk', code: w.code, trainerToken: token },
    },
    screen: 'live',
  });
  // The dashboard compares this class's teams: its scenario and seed, and the codes of those already finished.
  get().clearResults();
  get().loadResultsClass(JSON.stringify(w.classFile));
  for (const r of w.results) get().addResults(r.code, r.name);
}

export function deskResult(r: { name: string; code: string }, { get }: Access): void {
  get().addResults(r.code, r.name);
}

/** The desk's line for a control the server carried out, naming the games it reached (the trainer's orders in the formatter's words). */
export function controlNotice(done: ControlDone, names: { event: (id: string) => string; nation: (id: string) => string }): string {
  const c = done.control;
  const games = done.reached.length
    ? `in ${done.reached.length === 1 ? `${possessive(done.reached[0]!)} game` : `${done.reached.length} teams' games`}`
    : 'in no game (no team is playing)';
  if (c.action === 'pause') return 'The class is paused: no team can end its turn.';
  if (c.action === 'resume') return 'The class goes on.';
  if (c.action === 'deadline') return c.minutes ? `Deadline set: ${c.minutes} minutes for this turn.` : 'Deadline cleared.';
  const left = skippedText(done.skipped ?? []);
  if (c.action === 'inject') return `✔ Fired "${names.event(c.eventId)}" ${games}.${left}`;
  const what =
    c.action === 'lockLever'
      ? leverText({ lever: c.lever, locked: c.locked, nations: c.nations ?? [] }, { nation: names.nation })
      : FACILITATOR_WORDS[c.action];
  return `✔ The trainer ${what} ${games}.${left}`;
}

/** " Not in Red's game: "US aid stalls in Congress" has already happened in this game." */
function skippedText(skipped: readonly { name: string; why: string }[]): string {
  return skipped.map((x) => ` Not in ${possessive(x.name)} game: ${x.why}.`).join('');
}
