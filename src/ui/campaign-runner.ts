/**
 * A first browser page over the real engine: pick a scenario, a seed and a
 * policy, and watch the campaign resolve month by month in this browser, with
 * the same state hashes as `npm run sim`. The playable client builds on it.
 */
import { bundledScenarios } from '../scenario/bundled';
import { buildGame } from '../scenario/build-game';
import { parseSeed, randomSeed } from '../share/seed-code';
import { gameMetrics, scoreGame } from '../sim/metrics';
import { monthLabel } from '../sim/month';
import { isPolicyName } from '../sim/policies';
import { fmt, fmtRatio } from '../sim/report';
import { createGameStore } from '../store/game-store';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function mountCampaignRunner(root: HTMLElement): void {
  const { scenarios, broken } = bundledScenarios();
  const fresh = randomSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]!).code;
  const scenarioSelect = el('select', { id: 'scenario', name: 'scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, s.title)));
  const seedInput = el('input', { id: 'seed', name: 'seed', value: fresh, autocomplete: 'off', spellcheck: false });
  const policySelect = el('select', { id: 'policy', name: 'policy' }, ...['balanced', 'historical', 'passive'].map((p) => el('option', { value: p }, p)));
  const briefing = el('section', { className: 'briefing' });
  const output = el('section', { className: 'output' });
  const message = el('p', { className: 'error', role: 'alert' });

  const showBriefing = () => {
    const sc = scenarios.find((s) => s.id === scenarioSelect.value);
    briefing.replaceChildren(...(sc ? [el('h2', {}, sc.title), el('p', {}, sc.briefing), el('ul', {}, ...sc.learningGoals.map((g) => el('li', {}, g)))] : []));
  };
  scenarioSelect.addEventListener('change', showBriefing);

  const form = el(
    'form',
    {},
    el('label', {}, 'Scenario', scenarioSelect),
    el('label', {}, 'Seed', seedInput),
    el('label', {}, 'Policy for every nation', policySelect),
    el('button', { type: 'submit' }, 'Run the campaign'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    message.textContent = '';
    const sc = scenarios.find((s) => s.id === scenarioSelect.value);
    const seed = parseSeed(seedInput.value);
    if (!sc) return void (message.textContent = 'Choose a scenario.');
    if (!seed.ok) return void (message.textContent = `Seed: ${seed.error}`);
    const policy = policySelect.value;
    if (!isPolicyName(policy)) return;
    seedInput.value = seed.seed.code;
    const store = createGameStore({ start: buildGame(sc, seed.seed), humanNations: [], aiPolicy: policy });
    const rows: HTMLTableRowElement[] = [];
    let last = '';
    while (!store.getState().game.finished) {
      const month = store.getState().endTurn();
      const m = month.report.summary;
      last = month.hash;
      rows.push(
        el(
          'tr',
          {},
          el('td', {}, monthLabel(m.month)),
          el('td', {}, fmt(m.natoShells)),
          el('td', {}, fmt(m.russiaShells)),
          el('td', {}, fmtRatio(m.fireRatioBp)),
          el('td', {}, fmt(m.russianGainKm2)),
          el('td', {}, month.hash),
        ),
      );
    }
    const final = store.getState().game;
    const score = scoreGame(final);
    const metrics = gameMetrics(final);
    output.replaceChildren(
      el('h2', {}, `${score.outcome === 'victory' ? 'Victory' : 'Defeat'}: ${score.score}/100 (grade ${score.grade})`),
      el(
        'p',
        {},
        `Russian gains ${fmt(metrics.territoryLostKm2)} km², average fire ratio ${fmtRatio(metrics.avgFireRatioBp)}. Final state hash `,
        el('code', { id: 'final-hash' }, last),
        '.',
      ),
      el(
        'table',
        {},
        el('caption', {}, 'Month by month'),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['Month', 'NATO shells made', 'Russian shells made', 'Fire ratio', 'Russian gain km²', 'State hash'].map((h) => el('th', { scope: 'col' }, h)),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    );
  });

  root.replaceChildren(
    el('h1', {}, 'Race of Logistics'),
    el(
      'p',
      { className: 'lede' },
      'Munitions production, contracts and politics in the NATO–Russia war of attrition, 2022–2026. Every month is resolved by a seeded, deterministic engine: the same seed and orders give the same war everywhere.',
    ),
    ...broken.map((b) => el('p', { className: 'error' }, `${b.file} was not loaded: ${b.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)),
    form,
    message,
    briefing,
    output,
  );
  showBriefing();
}
