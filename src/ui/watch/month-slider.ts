/** The timeline's slider, one stop per month (0 is the opening): the replay viewer's and a read-only save's. */
import { html } from 'lit-html';

export function monthSlider(o: { months: number; at: number; valueText: string; onAt: (month: number) => void; testId?: string }) {
  return html`<input
    type="range"
    min="0"
    max=${o.months}
    step="1"
    .value=${String(o.at)}
    aria-label="Month"
    aria-valuetext=${o.valueText}
    @input=${(e: Event) => o.onAt(Number((e.target as HTMLInputElement).value))}
    data-testid=${o.testId ?? 'slider'}
  />`;
}
