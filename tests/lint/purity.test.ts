/** The lint rules that keep the simulation deterministic really fire. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function rulesHit(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.message);
}

describe('lint keeps src/sim pure', () => {
  it.each([
    ['Math.sin(1)', /Math.sin differs/],
    ['Math.random()', /Math.random differs/],
    ['const x = 2 ** 3;', /\*\* is approximated/],
    ['Date.now()', /No clocks|Date/],
    ['new Intl.NumberFormat()', /Intl/],
    ['[3, 1].sort()', /explicit comparator/],
    ["'a'.localeCompare('b')", /Locale comparison/],
    ["import 'phaser';", /pure/],
    ["import { createStore } from 'zustand/vanilla';", /pure/],
    ["import { x } from '../store/game-store';", /must not import from src\/store/],
  ])('rejects %s in src/sim', async (code, message) => {
    const messages = await rulesHit(code, 'src/sim/example.ts');
    expect(messages.some((m) => message.test(m))).toBe(true);
  });

  it('allows the same maths outside the simulation', async () => {
    expect(await rulesHit('export const y = Math.sin(1);\n', 'src/game/example.ts')).toEqual([]);
  });

  it('rejects imports against the one-way direction elsewhere too', async () => {
    const messages = await rulesHit("import { x } from '../ui/panel';\nexport { x };\n", 'src/store/example.ts');
    expect(messages.some((m) => /must not import from src\/ui/.test(m))).toBe(true);
  });
});
