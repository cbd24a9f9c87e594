/**
 * The replay viewer's keys (← → Home End Space), kept apart from its view so
 * that the page can listen for them before the viewer's screen is loaded.
 */
import type { SessionState } from '../store';

/** The keys of the timeline, unless a field has them (the slider moves by itself). */
export function watchKey(e: KeyboardEvent, s: SessionState) {
  if (s.screen !== 'watch') return;
  if (!s.watching && s.watchRecord) return recordKey(e, s, s.watchRecord.at);
  if (!s.watching) return;
  const t = e.target;
  // The slider moves itself with the arrows, Home and End; Space, which a slider ignores, still plays (play-test).
  const slider = t instanceof HTMLInputElement && t.type === 'range';
  if ((t instanceof HTMLInputElement && !(slider && e.key === ' ')) || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
  // Space plays or pauses wherever the focus is (play-test: after a click on Forward, Space pressed Forward again); the Play button's own Space is its click.
  if (t instanceof HTMLButtonElement && (e.key === 'Enter' || (e.key === ' ' && t.dataset.testid === 'play'))) return;
  const act: Record<string, () => void> = {
    ArrowLeft: () => s.watchStep(-1),
    ArrowRight: () => s.watchStep(1),
    Home: () => s.watchAt(0),
    End: () => s.watchAt(s.watching!.months.length),
    ' ': () => s.watchPlay(!s.watching!.playing),
  };
  const fn = act[e.key];
  if (!fn || e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  fn();
}

/** A read-only save's timeline keys: a month back or on, the first or the last. */
function recordKey(e: KeyboardEvent, s: SessionState, at: number) {
  const t = e.target;
  if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
  const to: Record<string, number> = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: Number.MAX_SAFE_INTEGER };
  if (!(e.key in to) || e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  s.recordAt(to[e.key]!);
}
