/** The "Save a copy" dialog: a name for the copy (a month and the scenario to begin with), Save or Cancel. */
import { html } from 'lit-html';
import { MAX_SAVE_NAME } from '../../share/files';
import { closeDialog, dialog } from '../common/dialog';
import type { SessionState } from '../store';

export function saveCopyView(s: SessionState) {
  if (s.copyName === null) return '';
  return dialog(
    { titleId: 'save-copy-title', className: 'save-copy', onClose: () => s.askSaveCopy(false) },
    html`<h2 id="save-copy-title">Save a copy of this game</h2>
      <p class="hint">
        The copy keeps this game as it is now, under its name, among the saved games on the menu. This game goes on saving itself as you play; the copy does not
        change. Continuing the copy later starts a new game from it.
      </p>
      <form
        @submit=${(e: Event) => {
          e.preventDefault();
          const input = (e.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
          void s.saveCopy(input.value);
          closeDialog(e);
        }}
      >
        <label>Name <input name="name" required maxlength=${MAX_SAVE_NAME} pattern=".*\\S.*" .value=${s.copyName} data-testid="copy-name" /></label>
        <div class="row">
          <button class="primary" type="submit">Save the copy</button>
          <button type="button" @click=${closeDialog}>Cancel</button>
        </div>
      </form>`,
  );
}
