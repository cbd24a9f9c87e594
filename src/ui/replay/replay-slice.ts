/** "Check a replay": the answer to the last replay or result code checked, re-simulated month by month. */
import { checkReplay, type ReplayCheck } from '../../share/check-replay';
import { parseReplayFile, type ReplayFile } from '../../share/files';
import { isResultCode } from '../../share/result-code-format';
import { contentOf } from '../common/content-cache';
import type { Slice } from '../store';

export interface ReplaySlice {
  replayCheck: ReplayCheck | null;
  /** the game last verified, to watch in the replay viewer */
  replayVerified: { replay: ReplayFile; played?: string[] } | null;
  /** a replay or code given before every bundled scenario was in: checked when they arrive (a hobbyist who opens #/replay and drops a file at once) */
  replayWaiting: string | null;
  /** Checks a replay file's text or a team's result code. */
  checkReplayText(text: string): void;
}

export const createReplaySlice: Slice<ReplaySlice> = (set, get) => ({
  replayCheck: null,
  replayVerified: null,
  replayWaiting: null,
  checkReplayText(text) {
    if (!get().catalogueComplete) return set({ replayWaiting: text, replayCheck: null });
    set({ replayWaiting: null, replayVerified: null });
    const scenarios = get().catalogue.scenarios;
    if (text.includes('#/replay?')) return get().openReplayLink(text);
    if (isResultCode(text)) {
      void import('../../share/result-code').then((m) => {
        const replayCheck = m.checkResultCode(text, scenarios.map(contentOf));
        const decoded = replayCheck.ok ? m.decodeResultCode(text) : null;
        set({ replayCheck, replayVerified: decoded?.ok ? { replay: decoded.replay, played: decoded.remarks.played } : null });
      });
      return;
    }
    const parsed = parseReplayFile(text);
    if (!parsed.ok) return set({ replayCheck: { ok: false, message: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') } });
    const scenario = scenarios.find((x) => x.id === parsed.value.scenario.id);
    const replayCheck = checkReplay(parsed.value, scenario && contentOf(scenario));
    set({ replayCheck, replayVerified: replayCheck.ok ? { replay: parsed.value } : null });
  },
});
