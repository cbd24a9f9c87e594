/**
 * What the student sees first after End month: three to five headlines in
 * plain words, each with its largest cause and a Why?, where the front moved
 * (marked on the map too), and the full report and charts one click away.
 */
import { html } from 'lit-html';
import { lastTurnReports, MOVED_KM2, movedSectors, turnMoves } from '../../share/front-moves';
import { type ReportEntry, type SourceRef, type TurnReport } from '../../sim';
import { fmt, say, sayHeadline, sourceView } from '../common/format';
import type { SessionState } from '../store';
import { causeLead, requestMadeText, sharedCauseLead, shortCause, stockOverText, type HeadlineWhat } from '../../share/text/headline-text';
import { namesFor } from '../../share/text/messages';
import { turnLabel, turnWord } from '../common/turn-text';
import { hidesRussia } from '../common/facilitation';
import { findEntry } from './find-entry';
import { pickHeadlines, requestsMade, type Headline } from './headlines';
import { HEADLINES_TITLE, whyButtonId } from './report-slice';
import { WHY_PANEL, whyView } from './why-view';

/** Headlines are picked once per turn, not on every redraw of the panel. */
const picked = new WeakMap<TurnReport, Headline[]>();

function headlinesOf(turn: readonly TurnReport[], before: TurnReport | undefined, hideRussia: boolean): Headline[] {
  const key = turn.at(-1)!;
  let h = picked.get(key);
  if (!h) picked.set(key, (h = pickHeadlines(turn, before, hideRussia)));
  return h;
}

export function headlinesView(s: SessionState) {
  return html`<section class="card headlines" aria-labelledby=${HEADLINES_TITLE} data-tutorial="report">
    <h3 id=${HEADLINES_TITLE} tabindex="-1">${turnLabel(lastTurn(s))}: what changed</h3>
    ${headlineList(s, true)}
    <div class="actions">
      <button class="primary" data-testid="details" @click=${() => s.showDetails(true)}>Details</button>
      <button @click=${() => s.setTab('charts')}>Charts</button>
    </div>
  </section>`;
}

/**
 * The game's last turn, folded after the debrief's lessons (its first two screens stay theirs): the game ends as that turn is resolved,
 * so without it its headlines were never seen (play-test). No Why? there: the debrief has no report tab.
 */
export function lastTurnHeadlinesView(s: SessionState) {
  return html`<details class="card folded-card headlines" data-testid="last-turn">
    <summary><h2>The last ${turnWord(s.game!.getState().content)}, ${turnLabel(lastTurn(s))}: what changed</h2></summary>
    ${headlineList(s, false)}
  </details>`;
}

function lastTurn(s: SessionState): readonly TurnReport[] {
  const g = s.game!.getState();
  return lastTurnReports(
    g.history.map((h) => h.report),
    g.content,
  );
}

/** One line of the list: a headline, or sectors that moved for the same cause told together, each with its own Why?. */
interface Told {
  what: HeadlineWhat;
  /** the cause line's lead and text, or the stock story; null when the headline's own sentence says it all */
  cause: { lead: string; text: string; source?: SourceRef } | { story: string } | null;
  whys: { label: string; entryId: string; month?: number; turnFrom?: number }[];
  /** a front's largest cause told without one month's figures, and its share of each sector's move: by it sectors are told together */
  shared?: { text: string; shares: (number | undefined)[]; source?: SourceRef };
}

const movesOf = (w: HeadlineWhat) => (w.kind === 'front' ? [w] : w.kind === 'fronts' ? w.moves : []);

/** Fronts that moved the same way for the same largest cause become one line (their shares and Why?s kept). */
function tellTogether(told: readonly Told[], o: { turn: string; several: boolean }): Told[] {
  const out: Told[] = [];
  for (const t of told) {
    const b = movesOf(t.what)[0];
    const at = out.findIndex((x) => {
      const a = movesOf(x.what)[0];
      return x.shared && t.shared && a && b && x.shared.text === t.shared.text && Math.sign(a.gainKm2) === Math.sign(b.gainKm2);
    });
    const prev = out[at];
    if (!prev?.shared || !b) {
      out.push(t);
      continue;
    }
    const shared = { ...prev.shared, shares: [...prev.shared.shares, ...t.shared!.shares] };
    out[at] = {
      what: { kind: 'fronts', moves: [...movesOf(prev.what), b] },
      cause: { lead: sharedCauseLead({ sharesPct: shared.shares, ...o }), text: shared.text, ...(shared.source && { source: shared.source }) },
      whys: [...prev.whys, ...t.whys],
      shared,
    };
  }
  return out;
}

/**
 * A Why? that would only repeat its headline: the change has one cause, the one the headline tells
 * in full, and that cause has none of its own. The headline then says it is the cause and offers no
 * Why? (play-test: the scripted fire changes were read twice, word for word, each turn).
 */
function whyRepeats(changed: ReportEntry | undefined, cause: ReportEntry | undefined): boolean {
  return !!changed && !!cause && changed.causes.length === 1 && changed.causes[0] === cause.id && cause.causes.length === 0;
}

/** The headlines, each with its largest cause (and a Why? during play unless it would repeat it), and where the front moved. */
function headlineList(s: SessionState, withWhy: boolean) {
  const g = s.game!.getState();
  const names = { content: g.content, game: g.game };
  const reports = g.history.map((h) => h.report);
  const turn = lastTurnReports(reports, g.content);
  const headlines = headlinesOf(turn, reports[reports.length - turn.length - 1], hidesRussia(g));
  const moves = turnMoves(turn);
  const moved = movedSectors(moves);
  const churn = moves.reduce((sum, m) => sum + Math.abs(m.gainKm2), 0);
  const word = turnWord(g.content);
  const several = turn.length > 1;
  // Worked out once per render, not once per headline.
  const causeNames = namesFor(g.content, g.game);
  const sectorName = (id: string) => g.content.sectors.find((x) => x.id === id)?.name ?? id;
  const turnStart = g.history.length - turn.length;
  const told = headlines.map((h): Told => {
    const found = findEntry(g.history, h.causeId, h.causeMonth === undefined ? g.history.length - 1 : turnStart + h.causeMonth);
    const cause = found?.entry;
    // A quarter's front factor is named without one month's figures; a cause told in full names its month when it is one of the turn's.
    const short = cause ? shortCause(cause.message, causeNames) : null;
    const month = several && !short && found && found.month >= turnStart ? g.history[found.month]!.report.month : undefined;
    // Why? explains the month the cause weighed most, the one the cause is told for (play-test: it explained the turn's last month only).
    const whyMonth = h.causeMonth === undefined ? undefined : turnStart + h.causeMonth;
    const label = h.what.kind === 'front' ? sectorName(h.what.sector) : '';
    const source = cause?.source;
    // Russia's change of course tells its reason in its own sentence; its Why? would only repeat it.
    const only = !h.stockOver && (h.what.kind === 'doctrine' || whyRepeats(findEntry(g.history, h.entryId, whyMonth)?.entry, cause));
    return {
      what: h.what,
      cause: h.stockOver
        ? { story: stockOverText({ ...h.stockOver, turn: word }) }
        : cause
          ? {
              lead: causeLead({ sharePct: h.causeSharePct, turn: word, several, month, only }),
              text: (several ? short : null) ?? say(cause.message, names),
              ...(source && { source }),
            }
          : null,
      whys: only
        ? []
        : [
            {
              label,
              entryId: h.entryId,
              ...(whyMonth !== undefined && { month: whyMonth }),
              ...(several && h.what.kind === 'front' && { turnFrom: turnStart }),
            },
          ],
      ...(h.what.kind === 'front' && short && { shared: { text: short, shares: [h.causeSharePct], ...(source && { source }) } }),
    };
  });
  const lines = tellTogether(told, { turn: word, several });
  const inHeadlines = new Set(lines.flatMap((t) => movesOf(t.what).map((m) => m.sector)));
  const others = moved.filter((x) => !inHeadlines.has(x.sector));
  const where = (x: { sector: string; gainKm2: number }) =>
    `${sectorName(x.sector)} (${x.gainKm2 > 0 ? `Russia +${fmt(x.gainKm2)}` : `Ukraine +${fmt(-x.gainKm2)}`} km²)`;
  return html`<ol class="headline-list">
      ${lines.map((t) => {
        const text = sayHeadline(t.what, names);
        const several = t.whys.length > 1;
        return html`<li data-testid="headline">
          <strong class="headline-what">${text}</strong>
          ${
            t.cause && 'story' in t.cause
              ? html`<span class="headline-cause" data-testid="headline-cause">${t.cause.story}</span>`
              : t.cause
                ? html`<span class="headline-cause" data-testid="headline-cause">${t.cause.lead}${t.cause.text}</span
                    >${t.cause.source ? sourceView(t.cause.source) : ''}`
                : ''
          }
          ${
            withWhy
              ? t.whys.map(
                  (w) =>
                    html`<button
                      class="why-btn"
                      id=${whyButtonId(w.entryId)}
                      aria-expanded=${s.whyId === w.entryId ? 'true' : 'false'}
                      aria-controls=${WHY_PANEL}
                      @click=${() => s.showWhy(w.entryId, w.month, w.turnFrom)}
                      aria-label="Why: ${several ? `${w.label}: ` : ''}${text}"
                    >
                      ${several ? `Why? ${w.label}` : 'Why?'}
                    </button>`,
                )
              : ''
          }
          ${withWhy && s.whyId && t.whys.some((w) => w.entryId === s.whyId) ? whyView(s, s.whyId) : ''}
        </li>`;
      })}
    </ol>
    <p data-testid="front-moved">
      ${
        moved.length
          ? // The sectors a headline already names are not listed again (play-test: each turn read them twice).
            `Where the front moved${withWhy ? ' (marked on the map)' : ''}: ${
              others.length === moved.length ? '' : others.length ? 'the sectors above, and ' : 'the sectors above'
            }${others.map(where).join(', ')}.`
          : churn
            ? `No sector moved as much as ${MOVED_KM2} km²: ${fmt(churn)} km² changed hands in small fights along the line.`
            : 'The front line held everywhere: no ground changed hands.'
      }
    </p>
    ${(withWhy ? requestsMade(turn, g.content) : []).map((r) => html`<p class="new-request" data-testid="new-request">${requestMadeText(r, causeNames)}</p>`)}`;
}
