/** Every command of the headless simulator, with its options, help and a working example. */
import type { CommandSpec } from '../args';
import { batch } from './batch';
import { forecast } from './forecast';
import { link, replay, verify } from './replay';
import { results } from './results';
import { run } from './run';
import { validate } from './validate';

const SCENARIO = { scenario: { type: 'string' } } as const;
const SEED = { seed: { type: 'string' } } as const;
const POLICY = { policy: { type: 'string' } } as const;
const JSON_OUT = { json: { type: 'boolean' } } as const;

const LIST: CommandSpec[] = [
  {
    name: 'run',
    summary: 'play a scenario with a seed, a policy for every nation, and optionally your own orders for some',
    usage: '--scenario <id|path> [--seed <code>] [--policy passive|historical|balanced] [--orders <file> [--allow-refused]] [--json]',
    example: 'run --scenario race-of-logistics --seed RACE-2023-X --policy balanced',
    options: { ...SCENARIO, ...SEED, ...POLICY, orders: { type: 'string' }, 'allow-refused': { type: 'boolean' }, ...JSON_OUT },
    files: false,
    run,
  },
  {
    name: 'validate',
    summary: 'check scenario, class, orders and replay files: one "<file>: <json.path>: <message>" line per problem',
    usage: '<file>...',
    example: 'validate scenarios/race-of-logistics.json',
    options: {},
    files: true,
    run: validate,
  },
  {
    name: 'replay',
    summary: 'play a game and write its replay file (every order and every month’s state hash)',
    usage: '--scenario <id|path> [--seed <code>] (--orders <file> | --policy P) --out <replay.json>',
    example: 'replay --scenario race-of-logistics --seed RACE-2023-X --policy balanced --out game.replay.json',
    options: { ...SCENARIO, ...SEED, ...POLICY, orders: { type: 'string' }, out: { type: 'string' } },
    files: false,
    run: replay,
  },
  {
    name: 'verify',
    summary: 're-simulate replay files, result codes or replay links and say whether each holds',
    usage: '<replay.json|code-file|replay-link>... [--scenario <path>] [--json]',
    example: 'verify seeds/rules-9/golden-balanced.replay.json',
    options: { ...SCENARIO, ...JSON_OUT },
    files: true,
    run: verify,
  },
  {
    name: 'link',
    summary: 'print the replay link of a replay file or result code: the whole game in one address to share',
    usage: '<replay.json|code-file> [--base <address>] [--scenario <path>] [--out <file>]',
    example: 'link seeds/rules-9/golden-historical.replay.json',
    options: { ...SCENARIO, base: { type: 'string' }, out: { type: 'string' } },
    files: true,
    run: link,
  },
  {
    name: 'batch',
    summary: 'many seeds, one policy: win rate and percentiles of the metrics',
    usage: '--scenario <id|path> --seeds N [--policy P] [--workers N] [--json]',
    example: 'batch --scenario race-of-logistics --seeds 20 --policy balanced',
    options: { ...SCENARIO, seeds: { type: 'string' }, ...POLICY, workers: { type: 'string' }, ...JSON_OUT },
    files: false,
    run: batch,
  },
  {
    name: 'forecast',
    summary:
      'what are my odds: from a month of a game, many futures to the end (the chance of victory and of each objective, and the spread of score, ground and fire)',
    usage: '--scenario <id|path> --seed <code> [--orders <file>] [--from <YYYY-MM>] [--futures N] [--policy P] [--json]',
    example: 'forecast --scenario race-in-a-lesson --seed RACE-2023-X --from 2023-08 --futures 200',
    options: { ...SCENARIO, ...SEED, orders: { type: 'string' }, from: { type: 'string' }, futures: { type: 'string' }, ...POLICY, ...JSON_OUT },
    files: false,
    run: forecast,
  },
  {
    name: 'results',
    summary: "a class's result codes or replays from many files: each verified, one table per scenario and seed, refused ones with the reason",
    usage: '<file>... [--class <class-file> | --scenario <id|path> --seed <code>] [--csv <out.csv>] [--json]',
    example: 'results seeds/rules-9/golden-balanced.replay.json seeds/rules-9/golden-passive.replay.json --scenario race-of-logistics',
    options: { ...SCENARIO, ...SEED, class: { type: 'string' }, csv: { type: 'string' }, ...JSON_OUT },
    files: true,
    run: results,
  },
];

/** Looked up in a map, so no word ("__proto__", "toString" …) can reach anything but a command. */
export const COMMANDS: ReadonlyMap<string, CommandSpec> = new Map(LIST.map((c) => [c.name, c]));

export const HELP = `Race of Logistics — headless simulator: npm run -s sim -- <command> …

${LIST.map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join('\n')}

"npm run -s sim -- <command> --help" shows a command's options and an example.
Without --seed a fresh seed is chosen and printed. Seeds look like K7QM-2XPA-B (case does not matter).`;
