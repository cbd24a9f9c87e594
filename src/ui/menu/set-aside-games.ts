/**
 * Saves the menu could not offer, as it lists them: what each one is (read
 * from whatever is stored, which may be anything), why it was set aside, and
 * whether it re-simulates now (its scenario file loaded since, say).
 */
import type { StoredEntry } from '../../persist/autosave';
import { readSetAside } from '../../persist/set-aside';
import type { ScenarioFile } from '../../scenario/schema';
import { parseJson } from '../../scenario/validate';
import { otherRulesSave } from '../watch/recorded-game';
import { quoted, restoreStored } from './restore-save';

export interface SetAsideGame {
  key: string;
  /** what the save is, as far as its text says */
  what: string;
  reason: string;
  setAsideAt: string | null;
  /** the save as it was stored, to download */
  text: string;
  /** why it still cannot be restored; null when it re-simulates now */
  stillFails: string | null;
  /** the rules version of a save made under other rules, which opens read-only; null for any other */
  madeWith: number | null;
}

/** The set-aside saves, each checked again against the scenarios here, the most recently set aside first. */
export function listSetAside(entries: readonly StoredEntry[], scenarios: readonly ScenarioFile[]): SetAsideGame[] {
  const games = entries.map(({ key, value }): SetAsideGame => {
    const { text, reason, setAsideAt } = readSetAside(value);
    const now = restoreStored(text, scenarios);
    const madeWith = otherRulesSave(text)?.rulesVersion ?? null;
    return { key, what: describeSaveText(text), reason, setAsideAt, text, stillFails: now.ok ? null : now.problem, madeWith };
  });
  const time = (g: SetAsideGame) => (g.setAsideAt ? Date.parse(g.setAsideAt) || 0 : 0);
  return games.sort((a, b) => time(b) - time(a) || (a.key < b.key ? -1 : 1));
}

/** "a game of "race-of-logistics", seed BA1A-NCED-K, 2 months played", as far as the text says. */
export function describeSaveText(text: string): string {
  const json = parseJson(text);
  if (!json.ok || json.value === null || typeof json.value !== 'object') return `unreadable text (${text.length.toLocaleString('en')} characters)`;
  const v = json.value as { scenario?: { id?: unknown }; seed?: unknown; turns?: unknown };
  const parts = [
    typeof v.scenario?.id === 'string' ? `a game of ${quoted(v.scenario.id)}` : 'a game of no named scenario',
    typeof v.seed === 'string' ? `seed ${quoted(v.seed)}` : '',
    Array.isArray(v.turns) ? `${v.turns.length} ${v.turns.length === 1 ? 'month' : 'months'} played` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** A reason inside a sentence of the menu's: some end with a full stop of their own. */
export const clause = (text: string) => text.replace(/\.+$/, '');

/** The menu's message once saves were set aside. */
export function setAsideMessage(items: readonly { what: string; problem: string }[]): string {
  const each = items.map((x) => `${x.what}: ${clause(x.problem)}`).join('; ');
  return items.length === 1
    ? `A saved game could not be offered and was set aside (see Set-aside games below): ${each}.`
    : `${items.length} saved games could not be offered and were set aside (see Set-aside games below): ${each}.`;
}
