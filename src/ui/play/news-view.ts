/** The month's news and intelligence: events with their sources, Ukraine's requests, Russian signals. */
import { html } from 'lit-html';
import {
  monthLabel,
  pressedSector,
  productSpec,
  productsWithRole,
  russianOutputPerMonth,
  ukraineArtillery,
  type GameState,
  type ScenarioContent,
} from '../../sim';
import { fmt, fmtBp, fmtMillions, fmtRatio, sourceView } from '../common/format';
import type { SessionState } from '../store';
import { lastTurnReports } from '../../share/front-moves';
import { turnWord } from '../common/turn-text';
import { hidesRussia } from '../common/facilitation';

export function newsView(s: SessionState) {
  const g = s.game!.getState();
  const st = g.game;
  const c = g.content;
  // The events fired in the last turn played, each month's (a quarter has three), or those of the game's start.
  // A report's events fire as its month ends: they are the next month's news.
  const turn = lastTurnReports(
    g.history.map((h) => h.report),
    c,
  );
  const fresh = g.history.length
    ? turn.flatMap((r) => r.entries.filter((e) => e.kind === 'event').map((e) => ({ id: e.subject, month: r.month + 1 })))
    : st.firedEvents.map((id) => ({ id, month: st.month }));
  // A turn of several months dates its news, each month once (its items follow it).
  const dated = turn.length > 1;
  const events = fresh.flatMap(({ id, month }) => {
    const e = c.events.find((x) => x.id === id);
    return e ? [{ e, month }] : [];
  });
  // Fired by the trainer during this turn's decisions: news now, with its effects already in the figures.
  const now = g.pending.flatMap((o) => (o.kind === 'inject' ? c.events.filter((e) => e.id === o.eventId) : []));
  const pressed = g.history.length ? c.sectors[pressedSector(st)] : undefined;
  const injects = c.classRules?.injects ?? [];
  const hideRussia = hidesRussia(g);
  return html`
    <section class="card" aria-labelledby="news-title" data-tutorial="news">
      <h3 id="news-title">News, ${dated ? `${monthLabel(turn[0]!.month + 1)} – ${monthLabel(st.month)}` : monthLabel(st.month)}</h3>
      ${events.length || now.length ? '' : html`<p>No new events this ${turnWord(c)}.</p>`}
      <ul class="news">
        ${now.map(
          (e) =>
            html`<li data-testid="inject-now">
              <span class="tag">Now, by your trainer</span> <strong>${e.title}.</strong> ${e.text} ${sourceView(e.source)}
            </li>`,
        )}
        ${events.map(
          ({ e, month }, i) =>
            html`<li>
              ${dated && month !== events[i - 1]?.month ? html`<span class="tag">${monthLabel(month)}</span> ` : ''}${injects.includes(e.id) ? html`<span class="tag">Inject by your trainer</span> ` : ''}<strong
                >${e.title}.</strong
              >
              ${e.text} ${sourceView(e.source)}
            </li>`,
        )}
      </ul>
    </section>
    ${requestsView(s)}
    <section class="card" aria-labelledby="intel-title">
      <h3 id="intel-title">${hideRussia ? 'Ukraine' : 'Intelligence on Russia'}</h3>
      ${
        hideRussia
          ? html`<p class="hint">Your trainer has hidden the intelligence on Russia in this class.</p>`
          : html`<p>
              Russia makes about ${fmt(russianOutputPerMonth(c, st))} shells a
              month${
                // Its war economy tells the two counts apart: NATO's claim to out-produce Russia (Nov 2025) counts new shells only.
                c.russia.economy && st.turn > 0 ? ` (${fmt(st.russia.lastNew)} new, ${fmt(st.russia.lastRefurb)} refurbished from old stock)` : ''
              }${st.russia.lastImports ? ` and imported ${fmt(st.russia.lastImports)}` : ''}.
              Its stock is estimated at ${fmtMillions(st.russia.stockShells)} rounds.
            </p>`
      }
      ${hideRussia || !c.russia.doctrine || st.turn === 0 ? '' : html`<p data-testid="russian-course">${doctrineNow(st)}</p>`}
      ${hideRussia || st.turn > 0 ? '' : seededView(c, st)}
      ${
        pressed && !hideRussia
          ? html`<p>
              Its fire was heaviest around <strong>${pressed.name}</strong> (ratio
              ${fmtRatio(st.sectors[pressedSector(st)]!.lastRatioBp)})${
                // Why, the first turn it is told; the same sentence every turn after was only reading.
                s.game!.getState().history.length <= Math.max(1, c.monthsPerTurn) ? '; its doctrine presses where its ratio is best' : ''
              }.
            </p>`
          : ''
      }
      <p>${ukraineStockLine(s)}</p>
    </section>
  `;
}

/** Russia's course this month, in a few words (its reasons are in the report's Russia entries and the headlines). */
function doctrineNow(st: GameState): string {
  const course = {
    offensive: 'on the offensive where Ukraine is weakest',
    attrition: 'grinding on in attrition',
    digIn: 'dug in, its fire spread along the line',
    rebuild: 'rebuilding its stock, firing less',
  }[st.russia.doctrine];
  return `Its doctrine last month: ${course}.`;
}

/**
 * This war as the seed drew it within the record (content russia.seeded): what makes one seed's war another's.
 * Told in the first turn's intelligence; after it, each sector's Why? names its part (the same every turn, it was read again each turn).
 */
/** "on the record's dates", "a month early", "2 months late". */
function offensiveTiming(delay: number): string {
  if (delay === 0) return "on the record's dates";
  const n = Math.abs(delay);
  return `${n === 1 ? 'a month' : `${n} months`} ${delay < 0 ? 'early' : 'late'}`;
}

function seededView(c: ScenarioContent, st: GameState) {
  const seeded = c.russia.seeded;
  if (!seeded) return '';
  const ru = st.russia;
  const timing = seeded.offensiveTiming ? `; its offensives ${offensiveTiming(ru.offensiveDelay)}` : '';
  return html`<details data-testid="this-war">
    <summary>This war (your seed): Russian manpower ${fmtBp(ru.manpowerBp)} and its imports ${fmtBp(ru.importsBp)} of the record's middle${timing}</summary>
    <p class="hint">${seeded.manpower.text} ${sourceView(seeded.manpower.source)}</p>
    <p class="hint">${seeded.imports.text} ${sourceView(seeded.imports.source)}</p>
    ${seeded.offensiveTiming ? html`<p class="hint">${seeded.offensiveTiming.text} ${sourceView(seeded.offensiveTiming.source)}</p>` : ''}
  </details>`;
}

/**
 * Ukraine's open requests with their progress; what counts towards one, and the requests already met or
 * missed, fold (a play-test read them every turn).
 */
function requestsView(s: SessionState) {
  const { content: c, game: st } = s.game!.getState();
  const open = st.requests.filter((r) => r.status === 'open');
  // What this turn's orders send counts too, as the Decisions tab and the warnings already show it (play-test: "0 delivered" beside a request the orders met).
  const after = new Map(s.game!.getState().preview.state.requests.map((r) => [r.id, r.received]));
  const sending = (r: (typeof st.requests)[number]) => {
    const more = (after.get(r.id) ?? r.received) - r.received;
    return more > 0 ? ` (${fmt(more)} more with this ${turnWord(c)}'s orders)` : '';
  };
  const closed = st.requests.filter((r) => r.status !== 'open');
  // A request due after the game's last month counts only if met within the game (play-test: "200 Stingers by Jun 2025" in a game ending Dec 2024).
  const lateNote = (r: (typeof st.requests)[number]) => (r.byMonth > c.endMonth ? `, after the game ends: it counts if met by ${monthLabel(c.endMonth)}` : '');
  const what = (r: (typeof st.requests)[number]) =>
    `${fmt(r.amount)} ${productSpec(c, r.product)?.plural ?? r.product} by ${monthLabel(r.byMonth)}${lateNote(r)}`;
  return html`<section class="card" aria-labelledby="requests-title" data-testid="requests">
    <h3 id="requests-title">Ukraine's requests</h3>
    ${st.requests.length ? '' : html`<p>None yet.</p>`}
    <ul>
      ${open.map(
        (r) =>
          html`<li>
            ${what(r)}: <progress max=${r.amount} .value=${Math.min(r.received, r.amount)}></progress> ${fmt(r.received)} delivered since the
            request${sending(r)}
          </li>`,
      )}
    </ul>
    ${
      open.length
        ? html`<details>
            <summary>What counts?</summary>
            <p class="hint">
              What reaches Ukraine after the request is made: drawdowns, deliveries under contracts to Ukraine and released aid, to the request due first, then
              what it no longer needs to the next. What was sent before does not count.
            </p>
          </details>`
        : ''
    }
    ${
      closed.length
        ? html`<details>
            <summary>
              ${closed.length} earlier: ${closed.filter((r) => r.status === 'met').length} met, ${closed.filter((r) => r.status !== 'met').length} missed
            </summary>
            <ul>
              ${closed.map((r) => html`<li>${what(r)}: ${r.status}</li>`)}
            </ul>
          </details>`
        : ''
    }
  </section>`;
}

/**
 * Ukraine's holdings now, tied to the last report's closing figure: the difference is what this
 * month's news brought (gifts fired as the month turned), so the two panels never disagree unexplained.
 */
function ukraineStockLine(s: SessionState): string {
  const g = s.game!.getState();
  const { content: c, game: st } = g;
  const air = productsWithRole(c, 'airDefence')[0];
  const holds = c.products.map((p) => `${fmt(st.ukraine.stock[p.id] ?? 0)} ${p.plural}`).join(' and ');
  const need = air ? ` It needs ${fmt(c.ukraine.airDefenceNeed)} ${air.plural} to keep Russian aviation away.` : '';
  // What this turn's sends add, the figure the Decisions tab shows (play-test: 155,624 here, 251,624 there).
  const sent = c.products.flatMap((p) => {
    const more = (g.preview.state.ukraine.stock[p.id] ?? 0) - (st.ukraine.stock[p.id] ?? 0);
    return more > 0 ? [`${fmt(more)} ${p.plural}`] : [];
  });
  const sending = sent.length ? ` This ${turnWord(c)}'s orders send ${sent.join(' and ')} more.` : '';
  const last = g.history.at(-1)?.report;
  if (!last) return `Ukraine holds ${holds}.${sending}${need}`;
  const now = ukraineArtillery({ content: c, state: st });
  const news = now - last.summary.ukraineArtillery;
  const since =
    news > 0 ? `: ${fmt(last.summary.ukraineArtillery)} shells at the end of ${monthLabel(last.month)} and ${fmt(news)} from this month's news` : '';
  return `Ukraine now holds ${holds}${since}.${sending}${need}`;
}
