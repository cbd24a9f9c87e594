/**
 * The headless command line: `npm run -s sim -- <command> …`. Exit 0 on
 * success, 1 on bad input or a failed check (with a plain message, never a
 * stack trace), 2 on an internal error.
 */
import { commandHelp, parseCommandLine } from './args';
import { COMMANDS, HELP } from './commands';
import { InputError } from './input-error';

function main(argv: string[]): number | Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    console.log(HELP);
    return name ? 0 : 1;
  }
  const command = COMMANDS.get(name);
  if (!command) throw new InputError(`unknown command "${name.slice(0, 40)}": the commands are ${[...COMMANDS.keys()].join(', ')}\n\n${HELP}`);
  if (rest.includes('--help')) {
    console.log(commandHelp(command));
    return 0;
  }
  return command.run(parseCommandLine(rest, command));
}

function failed(e: unknown): number {
  if (e instanceof InputError) {
    console.error(e.message);
    return 1;
  }
  console.error(`internal error: ${(e as Error).message}`);
  return 2;
}

try {
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else
    code.then(
      (c) => (process.exitCode = c),
      (e: unknown) => (process.exitCode = failed(e)),
    );
} catch (e) {
  process.exitCode = failed(e);
}
