/** How to play: a short, plain guide; it can reopen the tutorial. */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import { closeDialog, dialog } from './dialog';
import { turnWord } from './turn-text';

export function howToPlayView(s: SessionState) {
  if (!s.howToPlay) return '';
  // The game's turn when one is open, else the scenario chosen on the menu's.
  const monthsPerTurn = s.game?.getState().content.monthsPerTurn ?? s.catalogue.scenarios.find((x) => x.id === s.scenarioId)?.monthsPerTurn ?? 1;
  const turn = turnWord({ monthsPerTurn });
  return dialog(
    { titleId: 'htp-title', onClose: () => s.toggleHowToPlay(false) },
    html`
      <h2 id="htp-title">How to play</h2>
      <ol>
        <li>
          <strong>${monthsPerTurn === 1 ? 'Each turn is a month.' : `Each turn is ${monthsPerTurn} months`}</strong
          >${monthsPerTurn === 1 ? '' : ': its months are resolved one by one.'} Read the news and Ukraine's requests, then decide.
        </li>
        <li>
          <strong>Buy:</strong> negotiate contracts with firms. Firms build new lines only for long orders (about five years) or when a state pays for the
          plant.
        </li>
        <li>
          <strong>Grow capacity:</strong> an extra shift arrives in two months, weekend work at once (with accident risk), a reactivated Stinger line in 30
          months, a new plant in one to three years, and then it ramps up over two years.
        </li>
        <li><strong>Draw down stocks</strong> to send shells now; below an ally's readiness floor it costs political capital, and a hard floor blocks it.</li>
        <li>
          <strong>The front:</strong> each month Ukraine fires what its doctrine asks (the stocks panel says how much) and keeps the rest; when its stock runs
          short it fires less, and the fire ratio against Russia decides how much ground moves.
        </li>
        <li><strong>Politics:</strong> pledges raise budgets but cost capital; aid freezes, elections and escalation limit what allies give.</li>
        <li><strong>End the ${turn}.</strong> The report shows what happened and, for every number, why. Undo works until you end the ${turn}.</li>
      </ol>
      <p>To share a war, send the link shown in the debrief (or just the seed): everyone gets the same months, events and results for the same orders.</p>
      <p>
        Everything works by keyboard: Tab moves between controls, Enter and Space press buttons, arrows move sliders, Escape closes dialogs, Ctrl+Z undoes the
        last order.
      </p>
      <div class="row">
        <button class="primary" @click=${closeDialog} autofocus>Close</button>
        <button
          @click=${(e: Event) => {
            closeDialog(e);
            s.tutorialReopen();
          }}
        >
          Replay the tutorial
        </button>
      </div>
    `,
  );
}
