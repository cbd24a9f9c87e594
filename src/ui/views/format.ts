/** Display helpers for the DOM panels. */
import { html } from 'lit-html';
import type { OrderResult } from '../../sim/report';
import type { SourceRef } from '../../sim/types';
export { fmt, fmtBp, fmtEur, fmtRatio } from '../../sim/report';

export function sourceText(src: SourceRef): string {
  return `Source: ${src.outlet}, ${src.date} (${src.file})`;
}

/** What the last order did, or why it was refused. */
export function orderResultView(result: OrderResult | null) {
  return result ? html`<p class=${result.ok ? 'ok' : 'error'} role="status" data-testid="order-result">${result.ok ? '✔' : '✘'} ${result.reason}</p>` : '';
}
