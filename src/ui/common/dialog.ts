/**
 * A modal dialog: a native <dialog>, opened with showModal() once it is on the
 * page, so the browser keeps the focus inside it, makes the page behind it
 * inert and closes it on Escape. It is labelled by its heading. Buttons close
 * it with close() (closeDialog); its close event, whether from a button or
 * from Escape, tells the session, whose next render removes it.
 */
import { html, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';

const opened = new WeakSet<Element>();

/** lit calls this with the element while rendering, before a new template is on the page: open it just after. */
function openOnce(el: Element | undefined) {
  if (!(el instanceof HTMLDialogElement) || opened.has(el)) return;
  opened.add(el);
  queueMicrotask(() => {
    if (el.isConnected && !el.open) el.showModal();
  });
}

export function dialog(options: { titleId: string; className?: string; onClose: () => void }, content: TemplateResult) {
  return html`<dialog class="modal ${options.className ?? ''}" aria-labelledby=${options.titleId} ${ref(openOnce)} @close=${options.onClose}>
    ${content}
  </dialog>`;
}

/** Closes the dialog the event's element is in; its close event then updates the session. */
export function closeDialog(e: Event): void {
  (e.currentTarget as Element).closest('dialog')?.close();
}
