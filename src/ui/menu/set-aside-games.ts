/**
 * What the menu says about saves it could not offer: what each one is (read
 * from whatever is stored, which may be anything) and why it was set aside.
 */
import { parseJson } from '../../scenario/validate';
import { quoted } from './restore-save';

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

/** The menu's message once saves were set aside. */
export function setAsideMessage(items: readonly { what: string; problem: string }[]): string {
  const each = items.map((x) => `${x.what}: ${x.problem}`).join('; ');
  return items.length === 1
    ? `A saved game could not be offered and was set aside (kept in this browser, not deleted): ${each}.`
    : `${items.length} saved games could not be offered and were set aside (kept in this browser, not deleted): ${each}.`;
}
