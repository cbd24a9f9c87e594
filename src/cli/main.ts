/**
 * The headless command line: `npm run -s sim -- <command> …`. Exit 0 on
 * success, 1 on bad input or a failed check (with a plain message, never a
 * stack trace), 2 on an internal error.
 */
import { parseCommandLine } from './args';
import { batch } from './commands/batch';
import { replay, verify } from './commands/replay';
import { run } from './commands/run';
import { validate } from './commands/validate';
import { InputError } from './input-error';

const HELP = `Race of Logistics — headless simulator

  run      --scenario <id|path> [--seed <code>] [--policy passive|historical|balanced] [--orders <file>] [--json]
  validate <file>...                  scenario, orders or replay files
  replay   --scenario <id|path> [--seed <code>] (--orders <file> | --policy P) --out <replay.json>
  verify   <replay.json> [--scenario <path>]
  batch    --scenario <id|path> --seeds N [--policy P] [--json]

Without --seed a fresh seed is chosen and printed. Seeds look like K7QM-2XPA-R (case does not matter).`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseCommandLine>) => number> = { run, validate, replay, verify, batch };

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const handler = COMMANDS[command];
  if (!handler) throw new InputError(`unknown command "${command}"\n\n${HELP}`);
  return handler(parseCommandLine(rest));
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError) {
    console.error(e.message);
    process.exitCode = 1;
  } else {
    console.error(`internal error: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}
