/**
 * Command-line options: `--name value`, `--flag`, and positional words. Each
 * command declares the options it takes; any other option, or a file name
 * given to a command that takes none, is refused with a one-line message.
 */
import { parseArgs } from 'node:util';
import { InputError } from './input-error';

export interface Args {
  positional: string[];
  opt(name: string): string | undefined;
  need(name: string): string;
  flag(name: string): boolean;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface CommandSpec {
  name: string;
  /** one line: what it does */
  summary: string;
  /** the options and files it takes */
  usage: string;
  /** a command line that works as written */
  example: string;
  options: OptionSpec;
  /** whether it takes file names */
  files: boolean;
  run(args: Args): number | Promise<number>;
}

export function parseCommandLine(argv: string[], command: CommandSpec): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...command.options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const option = /'(-[^']*)'/.exec((e as Error).message)?.[1];
    const takes = Object.keys(command.options).map((o) => `--${o}`);
    throw new InputError(
      option
        ? `${command.name}: ${option} is not an option of ${command.name} (it takes ${takes.join(', ') || 'no options'})`
        : `${command.name}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}`,
    );
  }
  if (!command.files && parsed.positionals.length > 0) throw new InputError(`${command.name}: takes no file names, but was given "${parsed.positionals[0]}"`);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return {
    positional: parsed.positionals,
    opt: (name) => values[name] as string | undefined,
    need: (name) => {
      const v = values[name];
      if (typeof v !== 'string' || v === '') throw new InputError(`${command.name}: --${name} is required`);
      return v;
    },
    flag: (name) => values[name] === true,
  };
}

/** `sim <command> --help` */
export function commandHelp(c: CommandSpec): string {
  return `${c.name} — ${c.summary}\n\n  ${c.name} ${c.usage}\n\nExample:\n  npm run -s sim -- ${c.example}`;
}
