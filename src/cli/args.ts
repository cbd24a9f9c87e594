/** Command-line options: `--name value`, `--flag`, and positional words. Unknown options are errors. */
import { parseArgs } from 'node:util';
import { InputError } from './input-error';

export interface Args {
  positional: string[];
  opt(name: string): string | undefined;
  need(name: string): string;
  flag(name: string): boolean;
}

const OPTIONS = {
  scenario: { type: 'string' },
  seed: { type: 'string' },
  policy: { type: 'string' },
  orders: { type: 'string' },
  out: { type: 'string' },
  seeds: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

export function parseCommandLine(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return {
    positional: parsed.positionals,
    opt: (name) => values[name] as string | undefined,
    need: (name) => {
      const v = values[name];
      if (typeof v !== 'string' || v === '') throw new InputError(`--${name} is required`);
      return v;
    },
    flag: (name) => values[name] === true,
  };
}
