/**
 * A progress bar on the terminal's error stream, redrawn in place: only on a
 * terminal (a pipe or a file gets the results alone, so `--json` stays JSON),
 * and at most ten times a second.
 */
const WIDTH = 30;

export function progressBar(what: string, stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const filled = Math.round((done / Math.max(1, total)) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${what}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
