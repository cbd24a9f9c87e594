/**
 * "Where teams diverged": the first month the best and the worst team of a
 * war played differently, and the decisions of that month in which they
 * differ. Worked out on the page once per pair (it re-plays the months
 * before that one), then kept.
 */
import { html } from 'lit-html';
import type { ScenarioFile } from '../../scenario/schema';
import { whereDiverged, type Divergence } from '../../share/results/divergence';
import { allTied, type ResultsGroup } from '../../share/results/groups';
import type { TeamResult } from '../../share/results/verdict';
import { namesFor } from '../../share/text/messages';
import { divergedText } from '../../share/text/results';
import { contentOf } from '../common/content-cache';

const known = new WeakMap<TeamResult, WeakMap<TeamResult, Divergence>>();

function divergenceOf(scenario: ScenarioFile, g: ResultsGroup): Divergence {
  const [best, worst] = [g.teams[0]?.result, g.teams.at(-1)?.result];
  if (!best || !worst) return { kind: 'oneTeam' };
  const pairs = known.get(best) ?? new WeakMap<TeamResult, Divergence>();
  known.set(best, pairs);
  let d = pairs.get(worst);
  if (!d) {
    d = whereDiverged(contentOf(scenario), g);
    pairs.set(worst, d);
  }
  return d;
}

export function divergenceView(g: ResultsGroup, scenarios: readonly ScenarioFile[]) {
  const scenario = scenarios.find((x) => x.id === g.scenarioId);
  if (!scenario || g.teams.length < 2) return '';
  const d = divergenceOf(scenario, g);
  const body =
    // Every team on the same score in different games: no best or worst to set apart (trainer play-test: three teams on 25
    // had a "best" and a "worst").
    d.kind === 'diverged' && allTied(g)
      ? html`<p>Every team scored ${g.teams[0]!.result.score}/100: there is no best or worst team to set apart.</p>`
      : d.kind === 'diverged'
        ? (() => {
            const t = divergedText(d, namesFor(contentOf(scenario), d.state));
            return html`<p>${t.headline}</p>
              ${
                t.best
                  ? html`<ul>
                      <li><strong>Best:</strong> ${t.best}</li>
                      <li><strong>Worst:</strong> ${t.worst}</li>
                    </ul>`
                  : ''
              }`;
          })()
        : d.kind === 'sameGame'
          ? html`<p>${d.best.result.team} and ${d.worst.result.team} played the very same game: their orders gave the same state every month.</p>`
          : '';
  return html`<section class="divergence" aria-label="Where teams diverged" data-testid="divergence">
    <h3>Where the best and the worst team diverged</h3>
    ${body}
  </section>`;
}
