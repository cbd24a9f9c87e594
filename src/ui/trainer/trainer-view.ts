/**
 * The trainer's desk: a class built in a form (scenario, seed, roles, locks,
 * injects with a month picker, visibility, month limit), then its link, its
 * file and a printable one-page briefing with a QR code. The draft is read as
 * a class on every change, so what is wrong shows at once with its JSON path.
 */
import { html } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { COORDINATOR } from '../../share/class-file';
import { classLockText, LEVER_NAMES } from '../../share/text/messages';
import { formatMonth, monthLabel, parseMonth, type NationOrderKind } from '../../sim';
import type { ScenarioFile } from '../../scenario/schema';
import type { SessionState } from '../store';
import { deskProblemsText, fieldInvalid, fieldProblems, idFault } from './desk-problems';
import { classBriefingView } from './class-briefing-view';
import type { CustomEffect, DeskDraft } from './trainer-slice';
import { shippedScenarios } from '../menu/catalogue';

const value = (e: Event) => (e.target as HTMLInputElement).value;
const ORDER_KINDS = Object.entries(LEVER_NAMES) as [NationOrderKind, string][];

function monthsOf(sc: ScenarioFile): string[] {
  const out: string[] = [];
  for (let m = parseMonth(sc.start)!; m <= parseMonth(sc.end)!; m++) out.push(formatMonth(m));
  return out;
}

function setupView(s: SessionState, d: DeskDraft, sc: ScenarioFile, shipped: ScenarioFile[]) {
  const problems = s.deskReading && !s.deskReading.ok ? s.deskReading.problems : [];
  const under = (key: string) => fieldProblems(problems, key, key === 'id' ? idFault(d.id) : '');
  const invalid = (key: string) => fieldInvalid(problems, key).invalid;
  const describedBy = (key: string) => fieldInvalid(problems, key).describedBy || undefined;
  const roleBox = (id: string, label: string) =>
    html`<label class="check"
      ><input
        type="checkbox"
        .checked=${d.roles.includes(id)}
        @change=${(e: Event) => s.editDesk({ roles: (e.target as HTMLInputElement).checked ? [...d.roles, id] : d.roles.filter((r) => r !== id) })}
      />
      ${label}</label
    >`;
  return html`<fieldset>
    <legend>The session</legend>
    <label
      >Title
      <input
        name="title"
        aria-invalid=${invalid('title')}
        aria-describedby=${ifDefined(describedBy('title'))}
        .value=${d.title}
        @input=${(e: Event) => s.editDesk({ title: value(e) })} /></label
    >${under('title')}
    <label
      >Class id (in file names and result codes)
      <input
        name="class-id"
        aria-invalid=${invalid('id')}
        aria-describedby=${ifDefined(describedBy('id'))}
        .value=${d.id}
        @input=${(e: Event) => s.editDesk({ id: value(e) })} /></label
    >${under('id')}
    <label
      >Scenario
      <select name="scenario" @change=${(e: Event) => s.editDesk({ scenarioId: value(e) })}>
        ${shipped.map((x) => html`<option value=${x.id} ?selected=${x.id === d.scenarioId}>${x.title}</option>`)}
      </select></label
    >
    <label
      >Seed
      <input
        name="seed"
        aria-invalid=${invalid('seed')}
        aria-describedby=${ifDefined(describedBy('seed'))}
        .value=${d.seed}
        @input=${(e: Event) => s.editDesk({ seed: value(e) })} /></label
    >${under('seed')}
    <label
      >Months for the lesson (empty: the whole scenario)
      <input
        type="number"
        name="months"
        min="1"
        aria-invalid=${invalid('months')}
        aria-describedby=${ifDefined(describedBy('months'))}
        .value=${d.months === undefined ? '' : String(d.months)}
        @input=${(e: Event) => s.editDesk({ months: value(e) ? Number(value(e)) : undefined })} /></label
    >${under('months')}
    <label
      >Learning goals (one a line)
      <textarea
        name="goals"
        rows="3"
        aria-invalid=${invalid('goals')}
        aria-describedby=${ifDefined(describedBy('goals'))}
        .value=${d.goals.join('\n')}
        @input=${(e: Event) =>
          s.editDesk({
            goals: value(e)
              .split('\n')
              .filter((x) => x.trim()),
          })}
      ></textarea>
    </label>
    ${under('goals')}
    <fieldset>
      <legend>Roles teams may take</legend>
      ${roleBox(COORDINATOR, 'Alliance coordinator (every nation)')} ${sc.nations.filter((n) => sc.playable.includes(n.id)).map((n) => roleBox(n.id, n.name))}
      ${under('roles')}
    </fieldset>
    <fieldset>
      <legend>What teams see</legend>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${d.visibility.hideRussia}
          @change=${(e: Event) => s.editDesk({ visibility: { ...d.visibility, hideRussia: (e.target as HTMLInputElement).checked } })}
        />
        Hide the intelligence on Russia</label
      >
      <label class="check"
        ><input
          type="checkbox"
          .checked=${d.visibility.hideOtherScores}
          @change=${(e: Event) => s.editDesk({ visibility: { ...d.visibility, hideOtherScores: (e.target as HTMLInputElement).checked } })}
        />
        Hide other teams' scores until the end</label
      >
      <label class="check"
        ><input
          type="checkbox"
          .checked=${d.facilitated ?? false}
          @change=${(e: Event) => s.editDesk({ facilitated: (e.target as HTMLInputElement).checked })}
        />
        Facilitated at the front of the room: I may pause, fire injects and reveal or hide information live</label
      >
    </fieldset>
  </fieldset>`;
}

function locksView(s: SessionState, d: DeskDraft, sc: ScenarioFile) {
  const pick = s.deskPick;
  return html`<fieldset>
    <legend>Locked levers</legend>
    <ul>
      ${d.locks.map(
        (l, i) =>
          html`<li>
            Locked: ${classLockText(l, (id) => sc.nations.find((n) => n.id === id)?.name ?? id)}
            <button type="button" @click=${() => s.removeFromDesk('locks', i)}>Remove</button>
          </li>`,
      )}
    </ul>
    <label
      >Lock
      <select name="lock-order" aria-label="Lever to lock" @change=${(e: Event) => s.pickOnDesk({ order: value(e) as NationOrderKind })}>
        ${ORDER_KINDS.map(([k, words]) => html`<option value=${k} ?selected=${k === pick.order}>${words}</option>`)}
      </select></label
    >
    <label
      >for
      <select name="lock-nation" aria-label="Nations the lock binds" @change=${(e: Event) => s.pickOnDesk({ nation: value(e) })}>
        <option value="" ?selected=${pick.nation === ''}>every nation</option>
        ${sc.nations.map((n) => html`<option value=${n.id} ?selected=${n.id === pick.nation}>${n.name}</option>`)}
      </select></label
    >
    <label class="check"
      ><input
        type="checkbox"
        .checked=${pick.belowReadinessFloor}
        @change=${(e: Event) => s.pickOnDesk({ belowReadinessFloor: (e.target as HTMLInputElement).checked })}
      />
      drawdowns: only below the readiness floor</label
    >
    <button type="button" @click=${() => s.addLock()}>Add lock</button>
  </fieldset>`;
}

function injectsView(s: SessionState, d: DeskDraft, sc: ScenarioFile) {
  const months = monthsOf(sc);
  const month = s.deskPick.month || (months[1] ?? months[0]!);
  const event = s.deskPick.event || (sc.events[0]?.id ?? '');
  return html`<fieldset>
    <legend>Scheduled injects</legend>
    <ul>
      ${d.injects.map(
        (x, i) =>
          html`<li>
            ${monthLabel(parseMonth(x.month)!)}: ${sc.events.find((e) => e.id === x.event)?.title ?? x.custom?.title}
            <button type="button" @click=${() => s.removeFromDesk('injects', i)}>Remove</button>
          </li>`,
      )}
    </ul>
    <label
      >In
      <select name="inject-month" aria-label="Month of the inject" @change=${(e: Event) => s.pickOnDesk({ month: value(e) })}>
        ${months.map((m) => html`<option value=${m} ?selected=${m === month}>${monthLabel(parseMonth(m)!)}</option>`)}
      </select></label
    >
    <label
      >force the news
      <select name="inject-event" aria-label="News to force" @change=${(e: Event) => s.pickOnDesk({ event: value(e) })}>
        ${sc.events.map((e) => html`<option value=${e.id} ?selected=${e.id === event}>${e.title}</option>`)}
      </select></label
    >
    <button type="button" @click=${() => s.addInject(month, event)}>Add inject</button>
    ${customInjectView(s, sc, month)}
  </fieldset>`;
}

/** What each effect of a trainer's own inject does, and the unit its amount is typed in. */
const EFFECTS: [CustomEffect, string, string][] = [
  ['funds', "adds to a nation's funds", '€ millions (negative takes away)'],
  ['support', "moves a nation's public support", 'percentage points'],
  ['politicalCapital', "moves a nation's political capital", 'points'],
  ['aidFreeze', "freezes a nation's aid to Ukraine", 'months'],
  ['cohesion', 'moves alliance cohesion', 'percentage points'],
  ['ukraineSupply', 'gives Ukraine shells from outside the alliance', 'shells'],
];

/** The trainer's own inject: a headline, a text, who it cites, and one effect from the scenario's event actions. */
function customInjectView(s: SessionState, sc: ScenarioFile, month: string) {
  const p = s.deskPick;
  const effect = EFFECTS.find(([k]) => k === p.effect)!;
  const needsNation = p.effect !== 'cohesion' && p.effect !== 'ukraineSupply';
  const nation = p.effectNation || (sc.playable[0] ?? '');
  const shell = sc.products.find((x) => x.role === 'artillery')?.id ?? sc.products[0]?.id ?? '';
  return html`<details class="custom-inject" data-testid="custom-inject">
    <summary>Or write your own inject, in the same month</summary>
    <label>Headline <input maxlength="120" .value=${p.customTitle} @input=${(e: Event) => s.pickOnDesk({ customTitle: value(e) })} /></label>
    <label
      >What the news says <textarea rows="2" maxlength="600" .value=${p.customText} @input=${(e: Event) => s.pickOnDesk({ customText: value(e) })}></textarea>
    </label>
    <label>Cited as <input maxlength="80" .value=${p.customOutlet} @input=${(e: Event) => s.pickOnDesk({ customOutlet: value(e) })} /></label>
    <label
      >Effect
      <select aria-label="Effect of your inject" @change=${(e: Event) => s.pickOnDesk({ effect: value(e) as CustomEffect })}>
        ${EFFECTS.map(([k, words]) => html`<option value=${k} ?selected=${k === p.effect}>${words}</option>`)}
      </select></label
    >
    ${
      needsNation
        ? html`<label
            >on
            <select aria-label="Nation of the effect" @change=${(e: Event) => s.pickOnDesk({ effectNation: value(e) })}>
              ${sc.nations.map((n) => html`<option value=${n.id} ?selected=${n.id === nation}>${n.name}</option>`)}
            </select></label
          >`
        : ''
    }
    <label
      >by (${effect[2]})
      <input
        type="number"
        step="1"
        aria-label="Amount of the effect"
        .value=${String(p.effectAmount)}
        @input=${(e: Event) => s.pickOnDesk({ effectAmount: Number(value(e)) })}
    /></label>
    <button
      type="button"
      ?disabled=${!p.customTitle.trim() || !p.customText.trim()}
      @click=${() => {
        s.pickOnDesk({ effectNation: nation });
        s.addCustomInject(month, shell);
      }}
    >
      Add my inject
    </button>
  </details>`;
}

export function trainerView(s: SessionState) {
  const d = s.desk;
  const shipped = shippedScenarios(s);
  const sc = d && shipped.find((x) => x.id === d.scenarioId);
  if (!d || !sc) return html`<main class="trainer"><p>The scenarios are still loading…</p></main>`;
  const reading = s.deskReading;
  return html`<main class="trainer">
    <h1>The trainer's desk</h1>
    <p class="row desk-links">
      <a href="#/">Back to the menu</a> · <a href="#/live">Your live classes</a>
      <button type="button" @click=${() => s.newDesk()}>New class</button>
      <span class="hint">The desk keeps the class you prepare here, in this browser, until you start a new one; links and files handed out stay valid.</span>
    </p>
    ${
      s.deskBefore
        ? html`<p class="row desk-links" role="status">
            A new class, with a seed of its own. “${s.deskBefore.title}” is put aside:
            <button type="button" @click=${() => s.backToDeskBefore()}>Back to “${s.deskBefore.title}”</button>
          </p>`
        : ''
    }
    <form class="desk no-print" @submit=${(e: Event) => e.preventDefault()}>
      ${setupView(s, d, sc, shipped)} ${locksView(s, d, sc)} ${injectsView(s, d, sc)}
    </form>
    ${
      reading && !reading.ok
        ? html`<p class="error no-print" role="alert" data-testid="desk-problems">This class cannot be used yet: ${deskProblemsText(reading.problems)}</p>`
        : reading?.ok
          ? classBriefingView(s, reading.session)
          : ''
    }
  </main>`;
}
