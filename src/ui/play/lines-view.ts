/** The production lines with their state, and the capacity levers on each: a shift, weekend work, reactivation. */
import { html } from 'lit-html';
import {
  monthLabel,
  plantNameOf,
  productSpec,
  shiftOutlook,
  weekendOutlook,
  type GameState,
  type LeverOutlook,
  type ProductionLine,
  type ScenarioContent,
} from '../../sim';
import { fmt, fmtBp, fmtEur } from '../common/format';
import type { SessionState } from '../store';
import { statusGlyph } from './line-status';
import { LOCKED_LABEL, LOCKED_WHY, leverLocked } from './lever-lock';

const plural = (c: ScenarioContent, id: string) => productSpec(c, id)?.plural ?? id;

/** "A shift: +5,000 a month from Apr 2023", or why it would add nothing ("nothing until Rheinmetall has more orders …"). */
function leverText(c: ScenarioContent, o: LeverOutlook, what: string): string {
  const firm = (id: string) => c.firms.find((f) => f.id === id)?.name ?? id;
  // Only what the contracts would take is promised (a play-tester saw "+5,500" that the firm's contracts left half idle).
  const full = o.uses >= o.adds;
  const gain =
    `${what}: +${fmt(full ? o.adds : o.uses)} a month from ${monthLabel(o.fromMonth)}` + (full ? '' : ` (of ${fmt(o.adds)}: its orders take no more)`);
  const b = o.binds;
  const input = (id: string) => c.inputs.find((x) => x.id === id);
  switch (b.kind) {
    case 'none':
      return gain;
    case 'contract':
      // A contract just signed may start months after the lever would (play-test: "nothing until Rheinmetall has more orders" beside a new 20,000 a month).
      return b.later
        ? `${what}: nothing before ${monthLabel(b.later.month)}, when ${firm(b.firm)}'s contract for ${fmt(b.later.perMonth)} a month starts (until then its contracts call for ${fmt(b.calledFor)} a month; it can already make ${fmt(b.canMake)})`
        : `${what}: nothing until ${firm(b.firm)} has more orders (its contracts call for ${fmt(b.calledFor)} a month; it can already make ${fmt(b.canMake)})`;
    case 'input': {
      // In the input's unit (play-test: "637,500 for 659,000" read as shells).
      const spec = input(b.input);
      const unit = spec?.unit ? ` ${spec.unit}` : '';
      return `${gain}, but ${spec?.name ?? b.input} is short (${fmt(b.supply)}${unit} for ${fmt(b.need)}${unit} needed across all lines), so every line would be cut`;
    }
    case 'labour':
      return `${what} needs ${fmt(b.need)} skilled workers; ${c.nations.find((n) => n.id === b.nation)?.name ?? b.nation} has ${fmt(b.free)} free`;
  }
}

const canAddShift = (c: ScenarioContent, l: ProductionLine) => l.status === 'running' && l.shifts + l.pendingShifts.length < c.rules.industry.maxShifts;

/** What each lever on a running line would add now; a lever its firm's contracts leave idle adds nothing and is not offered. */
interface Levers {
  shift?: LeverOutlook;
  weekend?: LeverOutlook;
}

/** Worked out once per line and render: the hints, the buttons and the tutorial's pick all read it. */
function levers(c: ScenarioContent, st: GameState, l: ProductionLine): Levers {
  return {
    shift: canAddShift(c, l) ? shiftOutlook(c, st, l) : undefined,
    weekend: l.status === 'running' && !l.weekend ? weekendOutlook(c, st, l) : undefined,
  };
}

/** Nothing to decide: the firm's orders take no more, and none signed starts later (a shift added now is ready when one does). */
const idle = (o: LeverOutlook | undefined) => o?.binds.kind === 'contract' && !o.binds.later;

function leverHints(c: ScenarioContent, l: ProductionLine, { shift, weekend }: Levers) {
  if (l.status !== 'running') return '';
  const bound = (o: LeverOutlook) => o.binds.kind === 'contract';
  const both = shift && weekend && bound(shift) && bound(weekend);
  // One sentence when neither lever would add anything: the same contract binds both.
  const texts = both
    ? [leverText(c, shift, 'A shift or weekends')]
    : [
        shift ? leverText(c, shift, 'A shift') : '',
        // The accident risk is said where weekend work is chosen (the panel's rule sentence was cut as reading).
        weekend ? `${leverText(c, weekend, 'Weekends')}${bound(weekend) ? '' : `; ${fmtBp(c.rules.weekendAccidentBp)} accident risk a month`}` : '',
      ].filter(Boolean);
  return html`<ul class="lever-hints hint" data-testid="lever-hints">
    ${texts.map((t) => html`<li>${t}</li>`)}
  </ul>`;
}

/** The line levers a class lock binds for the acting nation: the same for every line, so worked out once a table. */
interface LineLocks {
  shift: boolean;
  weekend: boolean;
  reactivate: boolean;
}

const lineLocks = (s: SessionState): LineLocks => ({
  shift: leverLocked(s, 'addShift'),
  weekend: leverLocked(s, 'weekendWork'),
  reactivate: leverLocked(s, 'reactivateLine'),
});

function lineActions(s: SessionState, st: GameState, l: ProductionLine, { shift, weekend }: Levers, o: { tutorial: boolean; locked: LineLocks }) {
  const c = s.game!.getState().content;
  const acting = s.acting;
  const { tutorial, locked } = o;
  // What each lever costs and when it bites: read aloud, and shown on hover (student play-test: the costs were for screen readers only).
  const said = {
    shift: `Add a shift at ${plantNameOf(c, l)}: ${fmtEur(l.overtimeEurPerMonth)} a month, ${fmt(l.workersPerShift)} skilled workers, from ${monthLabel(st.month + c.rules.shiftLeadMonths)}${locked.shift ? `, ${LOCKED_WHY}` : ''}`,
    weekend: `${l.weekend ? 'Stop' : 'Start'} weekend work at ${plantNameOf(c, l)} (${fmtEur(l.overtimeEurPerMonth)} a month)${locked.weekend ? `, ${LOCKED_WHY}` : ''}`,
    reactivate: `Reactivate ${plantNameOf(c, l)}: ${fmtEur(l.reactivationCostEur)}, first output ${monthLabel(st.month + l.reactivationMonths)}${locked.reactivate ? `, ${LOCKED_WHY}` : ''}`,
  };
  return html`${
    shift
      ? html`<button
          ?disabled=${idle(shift) || locked.shift}
          data-tutorial=${tutorial ? 'add-shift' : ''}
          @click=${() => s.order({ kind: 'addShift', actor: acting, lineId: l.id })}
          aria-label=${said.shift}
          title=${said.shift}
        >
          ${locked.shift ? LOCKED_LABEL : '+ shift'}
        </button>`
      : ''
  }
  ${
    l.status === 'running'
      ? html`<button
          ?disabled=${(l.weekend ? false : idle(weekend)) || locked.weekend}
          @click=${() => s.order({ kind: 'weekendWork', actor: acting, lineId: l.id, on: !l.weekend })}
          aria-label=${said.weekend}
          title=${said.weekend}
        >
          ${locked.weekend ? LOCKED_LABEL : l.weekend ? 'stop weekends' : '+ weekends'}
        </button>`
      : ''
  }
  ${
    l.status === 'mothballed'
      ? html`<button
          ?disabled=${locked.reactivate}
          @click=${() => s.order({ kind: 'reactivateLine', actor: acting, lineId: l.id })}
          aria-label=${said.reactivate}
          title=${said.reactivate}
        >
          ${locked.reactivate ? LOCKED_LABEL : 'reactivate'}
        </button>`
      : ''
  }`;
}

/** A running line where neither lever would add anything until its firm has more orders: folded, as there is nothing to decide there. */
function quiet(l: ProductionLine, { shift, weekend }: Levers): boolean {
  return l.status === 'running' && !l.weekend && l.pendingShifts.length === 0 && idle(weekend) && (!shift || idle(shift));
}

interface Table {
  s: SessionState;
  st: GameState;
  lines: readonly ProductionLine[];
  byLine: ReadonlyMap<string, Levers>;
  tutorialLine: string | undefined;
}

function linesTable({ s, st, lines, byLine, tutorialLine }: Table) {
  const g = s.game!.getState();
  const c = g.content;
  const last = g.history.at(-1)?.report;
  const output = (id: string) => last?.entries.find((e) => e.id === `prod:${id}`)?.delta;
  const locked = lineLocks(s);
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Line</th>
        <th scope="col">State</th>
        <th scope="col">Shifts</th>
        <th scope="col">Made last month</th>
        <th scope="col"><span class="sr-only">Actions</span></th>
      </tr>
    </thead>
    <tbody>
      ${lines.map((l) => {
        const out = output(l.id);
        const { glyph, text } = statusGlyph(c, l, out);
        return html`<tr>
          <td>${plantNameOf(c, l)} <span class="hint">(${plural(c, l.product)})</span>${leverHints(c, l, byLine.get(l.id)!)}</td>
          <td class="line-state"><span aria-hidden="true">${glyph}</span> ${text}</td>
          <td>
            ${l.shifts}${l.pendingShifts.length ? html` <span class="hint">+${l.pendingShifts.length} from ${monthLabel(l.pendingShifts[0]!.readyMonth)}</span>` : ''}${l.weekend ? ' + weekends' : ''}
          </td>
          <td>${out === undefined ? '—' : fmt(out)}</td>
          <td class="actions">${lineActions(s, st, l, byLine.get(l.id)!, { tutorial: l.id === tutorialLine, locked })}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function linesView(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  const byLine = new Map(st.lines.map((l) => [l.id, levers(c, st, l)]));
  // The tutorial points at the first line of the acting nation where a shift would add something.
  const tutorialLine = st.lines.find((l) => {
    const { shift } = byLine.get(l.id)!;
    return l.nationId === s.acting && shift && !idle(shift);
  })?.id;
  const folded = st.lines.filter((l) => quiet(l, byLine.get(l.id)!));
  const shown = st.lines.filter((l) => !folded.includes(l));
  return html`<section aria-labelledby="lines-title" class="card" data-testid="lines">
    <h3 id="lines-title">Production lines</h3>
    ${shown.length ? linesTable({ s, st, lines: shown, byLine, tutorialLine }) : ''}
    ${
      folded.length
        ? html`<details data-testid="quiet-lines">
            <summary>
              ${shown.length ? `${folded.length} more` : `All ${folded.length}`} lines already make all their firms' orders call for: a shift or weekends add
              nothing there
            </summary>
            ${linesTable({ s, st, lines: folded, byLine, tutorialLine })}
          </details>`
        : ''
    }
  </section>`;
}
