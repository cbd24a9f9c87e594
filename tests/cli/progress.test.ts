/** The batch's progress bar: drawn in place on a terminal, never into a pipe (where `--json` must stay JSON). */
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress';

const stream = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, s: { isTTY, write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream };
};

describe('progress bar', () => {
  it('on a terminal: redrawn in place with the count, the last state always drawn, then a new line', () => {
    const { out, s } = stream(true);
    const bar = progressBar('campaigns', s);
    bar.update(1, 40);
    bar.update(2, 40); // within a tenth of a second: skipped
    bar.update(40, 40);
    bar.done();
    expect(out).toEqual([`\r[#${'.'.repeat(29)}] 1/40 campaigns`, `\r[${'#'.repeat(30)}] 40/40 campaigns`, '\n']);
  });

  it('into a pipe or a file: nothing', () => {
    const { out, s } = stream(false);
    const bar = progressBar('campaigns', s);
    bar.update(40, 40);
    bar.done();
    expect(out).toEqual([]);
  });
});
