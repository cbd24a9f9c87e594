/** Display helpers for the DOM panels: numbers and messages in English, from the one formatter (src/share/text). */
import { html } from 'lit-html';
import type { GameState, Message, OrderResult, ScenarioContent, SourceRef } from '../../sim';
import { headlineText, type HeadlineWhat } from '../../share/text/headline-text';
import { formatMessage, namesFor } from '../../share/text/messages';
export { count, fmt, fmtBp, fmtEur, fmtGdpShare, fmtMillions, fmtRatio, possessive } from '../../share/text/numbers';

/** Where a line comes from, as a reader cites it: outlet and date (the file it is kept in shows on hover). */
export function sourceText(src: SourceRef): string {
  return `${src.outlet}, ${src.date}`;
}

/** A source line after a sentence: "Source: outlet, date", the file on hover. */
export function sourceView(src: SourceRef) {
  return html`<span class="source" title=${src.file}>Source: ${sourceText(src)}</span>`;
}

/** A message in English, with names from this game. */
export function say(m: Message, g: { content: ScenarioContent; game: GameState }): string {
  return formatMessage(m, namesFor(g.content, g.game));
}

/**
 * What the last order did, or why it was refused. It stays in sight at the top of the panel, however far down the
 * button was (play-test: a plant refused "locked by your trainer" said so 3,000 px above the button, and the page
 * seemed not to answer), until the next order or its ×.
 */
export function orderResultView(result: OrderResult | null, g: { content: ScenarioContent; game: GameState }, dismiss: () => void) {
  if (!result) return '';
  const detail = result.answer && result.answer.verdict !== 'accept' ? ` ${result.answer.reasons.map((r) => say(r, g)).join(' ')}` : '';
  // An answered offer used a round (ok) but a counter or a refusal is not a success: it reads as one only when signed.
  const success = result.ok && (!result.answer || result.answer.verdict === 'accept');
  return html`<div class="order-result ${success ? 'ok' : 'error'}">
    <p role="status" data-testid="order-result">${success ? '✔' : '✘'} ${say(result.message, g)}${detail ? `:${detail}` : ''}</p>
    <button class="dismiss" aria-label="Dismiss this message" @click=${dismiss}>×</button>
  </div>`;
}

/** A headline of the month in English, with names from this game. */
export function sayHeadline(h: HeadlineWhat, g: { content: ScenarioContent; game: GameState }): string {
  return headlineText(h, namesFor(g.content, g.game));
}

/** Why a part of the page fetched on first use is missing, and what to do: said by the charts and the result code alike. */
export const PAGE_OUTDATED = 'the game may have been updated since this page opened. Reload the page; your game is saved.';
