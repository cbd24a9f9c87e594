/**
 * In the browser: runs `fn` once the next frame has been drawn (on the task
 * after the frame's rendering), so work that can wait (the map's redraw, the
 * autosave) never delays the frame that shows the player what just happened.
 * A hidden tab draws no frames, so a timeout stands in for the frame there.
 */
export function afterNextFrame(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    setTimeout(fn, 0);
  };
  requestAnimationFrame(run);
  setTimeout(run, 100);
}
