/**
 * The menu's challenges: curated seeds (seeds/challenges.json), each with why
 * it is worth playing and the balanced policy's verified score to beat, and
 * the seed of the day, the same for everyone on a date.
 */
import { html } from 'lit-html';
import { challengesFileSchema, seedOfTheDay, utcDate, type Challenge } from '../../share/challenges';
import shipped from '../../../seeds/challenges.json';
import type { SessionState } from '../store';

/** Checked once: a broken file hides the list rather than the menu. */
const parsed = challengesFileSchema.safeParse(shipped);
export const CHALLENGES: readonly Challenge[] = parsed.success ? parsed.data.challenges : [];

export function challengesView(s: SessionState) {
  const today = utcDate(new Date());
  const seed = seedOfTheDay(today);
  const title = (id: string) => s.catalogue.scenarios.find((x) => x.id === id)?.title;
  // Folded: a student on the way to the class scenario does not read it; a hobbyist opens it.
  return html`<details class="card challenges" data-testid="challenges">
    <summary><h2 id="challenges-title">Challenges (${CHALLENGES.length}) and the seed of the day</h2></summary>
    <p>
      Seed of the day (${today}, the same for everyone): <code data-testid="seed-of-the-day">${seed}</code>
      <button type="button" @click=${() => s.setSeedText(seed)}>Put it in the New game seed box</button>
    </p>
    <p class="hint">
      Wars picked from ${parsed.success ? parsed.data.seedsSearched : 0} seeds of each scenario for what they hold. The score to beat is the balanced policy's
      on that seed, re-played and verified.
    </p>
    <ul class="entries">
      ${CHALLENGES.map(
        (c) =>
          html`<li>
            <strong>${c.title}</strong> · ${title(c.scenario) ?? c.scenario} · seed <code>${c.seed}</code><br />
            ${c.why} <span class="hint">To beat: ${c.balanced.score}/100.</span>
            <button
              type="button"
              ?disabled=${!title(c.scenario)}
              @click=${() => s.playChallenge(c)}
              aria-label="Play the challenge ${c.title}, ${title(c.scenario) ?? c.scenario}"
              data-testid="challenge-${c.id}"
            >
              Play
            </button>
          </li>`,
      )}
    </ul>
  </details>`;
}
