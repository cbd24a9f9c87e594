/**
 * Size limits, checked on the parsed JSON before any schema looks at it, so
 * that an oversized file is refused at once with its own message (a schema
 * walking 150,000 bad entries takes seconds and overflows its stack).
 */
import type { Problem } from './validate';

/** The most entries a scenario's lists may hold: far above any real scenario. */
export const SCENARIO_LIMITS: Record<string, number> = {
  products: 16,
  inputs: 16,
  nations: 64,
  constraints: 200,
  firms: 128,
  lines: 512,
  plantTemplates: 512,
  contracts: 512,
  sectors: 12,
  decks: 32,
  events: 1000,
  objectives: 32,
  learningGoals: 50,
  sources: 100,
  record: 200,
};

/** Orders a month can hold (a busy month has tens), and a whole file. */
export const MAX_ORDERS_PER_MONTH = 500;
export const MAX_ORDERS_PER_FILE = 20_000;
export const MAX_TURNS = 240;
/** Problems listed for one file: the first ones, then a count of the rest. */
export const MAX_PROBLEMS = 50;

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Lists at the top of a scenario longer than their limit. */
export function scenarioSizeProblems(value: unknown): Problem[] {
  if (value === null || typeof value !== 'object') return [];
  const problems: Problem[] = [];
  for (const [key, max] of Object.entries(SCENARIO_LIMITS)) {
    const list = (value as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > max)
      problems.push({ path: `$.${key}`, message: `${fmt(list.length)} entries; a scenario holds at most ${fmt(max)}` });
  }
  return problems;
}

/** Turns and orders of an orders file (`turns: Order[][]`) or a replay or save (`turns: { orders }[]`), counted. */
export function orderCountProblems(value: unknown): Problem[] {
  const turns = value !== null && typeof value === 'object' ? (value as { turns?: unknown }).turns : undefined;
  if (!Array.isArray(turns)) return [];
  if (turns.length > MAX_TURNS) return [{ path: '$.turns', message: `${fmt(turns.length)} months; at most ${MAX_TURNS}` }];
  let total = 0;
  for (let i = 0; i < turns.length; i++) {
    const t: unknown = turns[i];
    const inner = Array.isArray(t) ? t : t !== null && typeof t === 'object' ? (t as { orders?: unknown }).orders : undefined;
    if (!Array.isArray(inner)) continue;
    if (inner.length > MAX_ORDERS_PER_MONTH)
      return [{ path: `$.turns[${i}]`, message: `${fmt(inner.length)} orders in one month; at most ${MAX_ORDERS_PER_MONTH}` }];
    total += inner.length;
  }
  return total > MAX_ORDERS_PER_FILE ? [{ path: '$.turns', message: `${fmt(total)} orders in all; at most ${fmt(MAX_ORDERS_PER_FILE)}` }] : [];
}

/** The first problems, then one line that counts the rest. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '$', message: `… and ${fmt(problems.length - MAX_PROBLEMS)} more problems` }];
}
