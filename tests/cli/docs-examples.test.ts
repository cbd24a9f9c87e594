/** Every simulator command, seed code and share link the README and docs show works as written. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/share/seed-code';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'rol-docs-'));
const DOCS = ['README.md', 'docs/formats.md', 'docs/scenarios.md'];
const text = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the docs’ examples', () => {
  it('every README command runs as written and exits 0 (files it writes go to a temporary folder)', () => {
    const commands = [...text('README.md').matchAll(/^npm run -s sim -- (.+)$/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(6);
    for (const command of commands) {
      const args = command.split(' ').map((a) => ((a.endsWith('.replay.json') || a.endsWith('.link')) && !a.startsWith('seeds/') ? join(tmp, a) : a));
      const r = spawnSync(tsx, ['src/cli/main.ts', ...args.map((a) => (a === '200' ? '5' : a))], { cwd: root, encoding: 'utf8' });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
    }
  });

  it('every seed code in the README and docs checks out', () => {
    for (const file of DOCS) {
      for (const [code] of text(file).matchAll(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b/g)) {
        expect(parseSeed(code).ok, `${file}: ${code}`).toBe(true);
      }
    }
  });
});
