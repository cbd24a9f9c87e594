/**
 * The tutorial: one concept when it first matters, pointing at the real
 * control (outlined on the page). It can be skipped, and reopened from Help.
 */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import type { Tab } from './play-slice';
import { tabLabel } from './tabs';
import { turnWord } from '../common/turn-text';

interface Step {
  target: string;
  /** the tab the tip's control is on: when another tab is open, the tip says where and offers to go there */
  tab?: Tab;
  title: string;
  /** the tip; a function where it names the turn ("month" or "quarter") or speaks to a player of several nations */
  text: string | ((o: { turn: string; allies: boolean }) => string);
  /** shown only once this holds: the concept matters now (whichever tab is open) */
  when: (s: SessionState) => boolean;
  /** a tip only some games have (counted and shown only in them); it must hold all game long, or the tips' numbers would shift */
  inGame?: (s: SessionState) => boolean;
}

const played = (s: SessionState) => s.game!.getState().history.length;

export const TUTORIAL: Step[] = [
  {
    // First in a class game: the next tip scrolled the panel past the rules, so a student missed them (play-test).
    target: 'class-rules',
    title: "Your trainer's rules",
    text: 'Your trainer set the rules of this class: any lever listed here is locked, and its buttons read “Locked”. A lever your trainer locks during the class joins this list at once.',
    tab: 'decide',
    when: () => true,
    inGame: (s) => s.game!.getState().content.classRules !== undefined,
  },
  {
    target: 'drawdown',
    title: 'Stocks are quick but finite',
    text: ({ allies }) =>
      'Ukraine fires far more shells than the allies make. Stocks are the quickest help: move the slider and press its “Send” button' +
      (allies ? ', or send every ally down to its readiness floor at once just below' : '') +
      '. Ukraine fires only what its doctrine asks each month and keeps the rest; a request Ukraine makes later counts only what arrives after it, so keep some back. Below the readiness floor it costs political capital.',
    tab: 'decide',
    when: () => true,
  },
  {
    target: 'negotiate',
    title: 'Firms want guarantees',
    text: 'More shells need contracts. Press “Negotiate…” next to a firm: a short order is served from free capacity, but a firm builds a new line only for about five years of orders, or when a state pays for the plant.',
    tab: 'decide',
    when: () => true,
  },
  {
    target: 'add-shift',
    title: 'Three capacity levers, three delays',
    text: 'An extra shift arrives in two months, weekend work at once (with accident risk), a new plant in one to three years and then ramps up for two. Try “+ shift” on a line.',
    tab: 'decide',
    when: () => true,
  },
  {
    target: 'end-month',
    title: 'End the turn',
    text: ({ turn }) => `Until you end the ${turn}, Undo takes back any order. Then the ${turn} is resolved: production, deliveries and the front.`,
    tab: 'decide',
    when: () => true,
  },
  {
    target: 'report',
    title: 'Why did that happen?',
    text: 'The month’s headlines come first, each with its largest cause. Press “Why?” to trace one back, the largest causes first with their shares; “Details” opens the full report, where every change has its own “Why?”.',
    tab: 'report',
    when: (s) => played(s) >= 1,
  },
  {
    target: 'tab-news',
    title: 'News and requests',
    text: 'Events from the source articles arrive at the start of a month, each with its source. Ukraine’s requests are goals that score points and cohesion.',
    when: (s) => played(s) >= 1,
  },
  {
    target: 'tab-politics',
    title: 'Politics limits what allies give',
    text: 'Pledges raise budgets but cost political capital; an aid freeze, an election or too much escalation can stop an ally. Summits make pledges cheaper. Cohesion, worth points at the end, rises when you meet Ukraine’s requests, pledge or submit an industrial plan, and falls when a request is missed.',
    when: (s) => played(s) >= 2,
  },
];

/** The tips this game has, in order. */
function stepsOf(s: SessionState): Step[] {
  return TUTORIAL.filter((step) => !step.inGame || step.inGame(s));
}

/** The step on show now, if any. */
export function currentTutorialStep(s: SessionState): Step | null {
  if (s.screen !== 'play' || !s.tutorialOn) return null;
  const step = stepsOf(s)[s.tutorialStep];
  return step && step.when(s) ? step : null;
}

/** Outlines the control the current step is about (called after each render). */
export function highlightTutorialTarget(root: HTMLElement, s: SessionState): void {
  const step = currentTutorialStep(s);
  const target = step && (!step.tab || step.tab === s.tab) ? step.target : undefined;
  for (const el of root.querySelectorAll('.tutorial-target')) if (el.getAttribute('data-tutorial') !== target) el.classList.remove('tutorial-target');
  const el = target ? root.querySelector(`[data-tutorial="${target}"]`) : null;
  // A target newly pointed at is brought into view: the production lines sit below the fold (play-test: tip 3 pointed at nothing visible).
  if (el && !el.classList.contains('tutorial-target')) {
    el.classList.add('tutorial-target');
    bringIntoPanel(el);
  }
}

/**
 * Scrolls the panel, not the page, to a target below its fold: scrollIntoView also scrolled the
 * window, and a new game opened scrolled down past its top bar (play-test).
 */
function bringIntoPanel(el: Element) {
  const box = el.closest('#panel');
  const r = el.getBoundingClientRect();
  // A narrow screen stacks the panel under the map and the page scrolls: then the page has to.
  if (!box || box.scrollHeight <= box.clientHeight) {
    if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    return;
  }
  const b = box.getBoundingClientRect();
  if (r.top < b.top || r.bottom > b.bottom) box.scrollBy?.({ top: r.top - b.top - 16, behavior: 'smooth' });
}

export function tutorialView(s: SessionState) {
  const step = currentTutorialStep(s);
  if (!step) return '';
  const count = stepsOf(s).length;
  const last = s.tutorialStep === count - 1;
  const elsewhere = step.tab && step.tab !== s.tab ? step.tab : null;
  return html`<aside class="tutorial" role="complementary" aria-labelledby="tut-title">
    <h2 id="tut-title" tabindex="-1">Tutorial ${s.tutorialStep + 1}/${count}: ${step.title}</h2>
    <p>${typeof step.text === 'string' ? step.text : step.text({ turn: turnWord(s.game!.getState().content), allies: s.game!.getState().seat.length > 1 })}</p>
    ${elsewhere ? html`<p class="hint">This tip is about the ${tabLabel(elsewhere, s.game!.getState().content)} tab.</p>` : ''}
    <div class="row">
      ${elsewhere ? html`<button @click=${() => s.setTab(elsewhere)}>Open ${tabLabel(elsewhere, s.game!.getState().content)}</button>` : ''}
      <button class="primary" @click=${() => (last ? s.tutorialSkip() : s.tutorialNext())}>${last ? 'Finish tutorial' : 'Next tip'}</button>
      <button @click=${() => s.tutorialSkip()}>Skip tutorial</button>
    </div>
  </aside>`;
}
