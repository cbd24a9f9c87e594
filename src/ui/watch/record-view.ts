/**
 * A save made under other rules, read-only: which rules version made it and
 * which this game plays, what the player can do (play the same war under
 * these rules, keep the save for a build of its version), and its months on
 * a timeline with the orders given in each, as they were saved.
 */
import { html } from 'lit-html';
import { monthLabel, RULES_VERSION } from '../../sim';
import { namesFor, type Names } from '../../share/text/messages';
import { orderText } from '../../share/text/orders';
import { downloadJson } from '../common/download';
import type { SessionState } from '../store';
import { monthSlider } from './month-slider';
import type { RecordedGame } from './recorded-game';

export function recordView(s: SessionState, r: RecordedGame) {
  const save = r.save;
  const title = r.scenario?.title ?? `scenario "${save.scenario.id}"`;
  const n = save.turns.length;
  return html`<main class="menu watch" data-testid="record">
    <p><a href="#/">← Race of Logistics</a></p>
    <h1>Replay, read-only: ${save.name ? `“${save.name}”, ` : ''}${title}</h1>
    <p class="notice" role="status" data-testid="record-rules">
      This save was made with rules version ${save.rulesVersion}; this game plays rules version ${RULES_VERSION}. Its months are not re-simulated under other
      rules (they would give another war, and neither verify nor prove anything), so no map, report or score is shown: below are the orders given in each month,
      as they were saved.
    </p>
    <p>Seed <code>${save.seed}</code> · ${n} ${n === 1 ? 'month' : 'months'} played · ${whoPlayed(r)} · saved ${save.savedAt.slice(0, 10)}.</p>
    <section class="card" aria-labelledby="record-do">
      <h2 id="record-do">What you can do</h2>
      <ul class="entries">
        <li>
          Play the same war under these rules: the same scenario and seed, from the start.
          ${
            r.scenario
              ? html`<button type="button" class="primary" @click=${() => s.playRecordedSeed()}>New game: ${title}, seed ${save.seed}</button>`
              : html`<span class="hint">(scenario "${save.scenario.id}" is not here: load its file on the menu first)</span>`
          }
        </li>
        <li>
          Continue this very game: open the save in a build of the game with rules version ${save.rulesVersion}.
          <button type="button" @click=${() => downloadJson(`${save.scenario.id}-rules-${save.rulesVersion}.save.json`, r.text)}>Download the save</button>
        </li>
      </ul>
    </section>
    ${stepperView(s, r)} ${ordersView(r)}
  </main>`;
}

function whoPlayed(r: RecordedGame): string {
  const everyone = r.content && r.save.humanNations.length === r.content.nations.length;
  if (everyone) return 'every nation played (the alliance coordinator)';
  const names = r.content ? namesFor(r.content) : null;
  return `played: ${r.save.humanNations.map((id) => names?.nation(id) ?? id).join(', ')}`;
}

const monthText = (r: RecordedGame) =>
  r.at === 0
    ? 'the opening'
    : r.content
      ? `${monthLabel(r.content.startMonth + r.at - 1)} · month ${r.at} of ${r.save.turns.length}`
      : `month ${r.at} of ${r.save.turns.length}`;

function stepperView(s: SessionState, r: RecordedGame) {
  const n = r.save.turns.length;
  return html`<section class="card timeline" aria-label="Timeline" data-testid="record-timeline">
    <div class="row">
      <button @click=${() => s.recordAt(0)} ?disabled=${r.at === 0} title="Home">|◀ First</button>
      <button @click=${() => s.recordAt(r.at - 1)} ?disabled=${r.at === 0} title="←">◀ Back</button>
      <button @click=${() => s.recordAt(r.at + 1)} ?disabled=${r.at === n} title="→">Forward ▶</button>
      <button @click=${() => s.recordAt(n)} ?disabled=${r.at === n} title="End">Last ▶|</button>
      <strong aria-live="polite" data-testid="record-month">${r.at === 0 ? 'The opening' : monthText(r)}</strong>
    </div>
    <div class="slider">${monthSlider({ months: n, at: r.at, valueText: monthText(r), onAt: (m) => s.recordAt(m), testId: 'record-slider' })}</div>
  </section>`;
}

/** The orders saved for the month shown, by nation. */
function ordersView(r: RecordedGame) {
  const turn = r.save.turns[r.at - 1];
  if (!turn) return html`<p>The opening position, before the first month: move the timeline to see each month's orders.</p>`;
  const names: Names | null = r.content ? namesFor(r.content) : null;
  const byActor = new Map<string, string[]>();
  for (const o of turn.orders) byActor.set(o.actor, [...(byActor.get(o.actor) ?? []), names ? orderText(o, names) : o.kind]);
  return html`<section class="card" data-testid="record-orders" aria-labelledby="record-orders-title">
    <h2 id="record-orders-title">Orders given in ${monthText(r)} (${turn.orders.length})</h2>
    ${
      byActor.size
        ? html`<ul class="entries">
            ${[...byActor].map(([actor, lines]) => html`<li><strong>${names?.nation(actor) ?? actor}</strong>: ${lines.join('; ')}</li>`)}
          </ul>`
        : html`<p>No orders this month.</p>`
    }
  </section>`;
}
