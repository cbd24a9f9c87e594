/** A modal dialog over the page: labelled by its heading, closed with Escape. */
import { html, type TemplateResult } from 'lit-html';

export function modal(options: { titleId: string; className?: string; onClose: () => void }, content: TemplateResult) {
  return html`<div class="modal-backdrop">
    <section
      class="modal ${options.className ?? ''}"
      role="dialog"
      aria-modal="true"
      aria-labelledby=${options.titleId}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && options.onClose()}
    >
      ${content}
    </section>
  </div>`;
}
