/**
 * What the desk gives a trainer once the class reads: the class link (one per
 * role, and one that lets the team choose), the class file to keep, and a
 * one-page briefing to print or project: title, learning goals, the link with
 * a QR code (drawn by uqr), and the rules of the session in plain words.
 */
import { html } from 'lit-html';
import { unsafeSVG } from 'lit-html/directives/unsafe-svg.js';
import { renderSVG } from 'uqr';
import { COORDINATOR, type ClassSession } from '../../share/class-file';
import { makeClassLink } from '../../share/class-link';
import { classLockText } from '../../share/text/messages';
import { monthLabel, parseMonth } from '../../sim';
import type { SessionState } from '../store';
import { localOnlyHost, localOnlyText } from '../common/local-address';
import { copyText } from '../common/copy-text';

/** A QR code holds about 2,900 characters at its largest; a class with its own scenario inside is far longer. */
const QR_MAX_CHARS = 2_800;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

function rulesOf(session: ClassSession): string[] {
  const { file, scenario } = session;
  const nation = (id: string) => scenario.nations.find((n) => n.id === id)?.name ?? id;
  const out = file.locks.map((l) => `Locked: ${classLockText(l, nation)}.`);
  for (const x of file.injects) {
    const title = x.event ? scenario.events.find((e) => e.id === x.event)?.title : x.custom?.title;
    out.push(`Inject in ${monthLabel(parseMonth(x.month)!)}: ${title}.`);
  }
  if (file.visibility.hideRussia) out.push('The intelligence on Russia is hidden.');
  if (file.visibility.hideOtherScores) out.push("Other teams' scores are hidden until the end.");
  if (file.facilitated) out.push('Facilitated: the trainer may pause the game, fire injects and reveal or hide information during play.');
  out.push(`Months: ${monthLabel(parseMonth(scenario.start)!)} to ${monthLabel(parseMonth(scenario.end)!)}. Seed ${file.seed}.`);
  return out;
}

/** A link to this computer's own address opens nothing on a student's device: said on the desk and on the printed briefing. */
function localOnly(base: string, testId: string) {
  const host = localOnlyHost(base);
  return host ? html`<p class="error" role="note" data-testid=${testId}>${localOnlyText(host)}</p>` : '';
}

/** While this class runs live, the printed briefing gives its class code too: teams joining live need no link. */
function liveJoin(s: SessionState, base: string) {
  const live = s.live?.as === 'desk' && s.live.board ? s.live.board.code : '';
  if (!live) return '';
  return html`<p data-testid="briefing-live-code">
    Live class: open ${base}, choose <strong>Join a live class</strong> and type the code <strong>${live}</strong>. Or, to play without the class server, the
    link below.
  </p>`;
}

/** The Copy button says what it did (trainer play-test: it gave no sign). */
async function copyLink(s: SessionState, link: string) {
  const said = await copyText(link, document.querySelector<HTMLInputElement>('[data-testid="class-link"]'), 'link');
  s.setDeskCopyStatus(said === 'Copied.' ? 'Link copied.' : said);
}

export function classBriefingView(s: SessionState, session: ClassSession) {
  const base = location.href.replace(/#.*$/, '');
  const { file, scenario } = session;
  const link = makeClassLink(base, file);
  const teamName = (r: string) => (r === COORDINATOR ? 'the alliance coordinator' : (scenario.nations.find((n) => n.id === r)?.name ?? r));
  return html`<section class="card no-print" aria-labelledby="desk-out-title">
      <h2 id="desk-out-title">Share your class</h2>
      <p class="hint">The link, the file and the briefing are the class as set above, and follow every change you make there.</p>
      ${localOnly(base, 'local-link')}
      <p>
        <label>Class link <input readonly data-testid="class-link" .value=${link} /></label>
        <button type="button" @click=${() => void copyLink(s, link)}>Copy</button>
        <a href=${link} target="_blank" rel="noopener">Try it as a student</a>
        <span role="status" data-testid="desk-copy-status">${s.deskCopyStatus}</span>
      </p>
      <ul>
        ${file.roles.map((r) => html`<li>Link for ${teamName(r)}: <a href=${makeClassLink(base, file, r)} target="_blank" rel="noopener" data-testid="role-link">open</a></li>`)}
      </ul>
      <button type="button" @click=${() => download(`${file.id}.class.json`, JSON.stringify(file, null, 2))}>Download the class file</button>
      <button type="button" @click=${() => window.print()}>Print the class briefing</button>
      <h3>Or run it live</h3>
      <p class="hint">
        On the class server (started with the game by <code>npm run dev</code>, or alone by <code>npm run class-server</code>): teams join with a short code
        from their own devices, and you see every team's month and score, pause the class, fire injects and collect the results as they finish.
      </p>
      <button type="button" class="primary" data-testid="run-live" ?disabled=${s.liveForm.busy} @click=${() => void s.startLiveClass(file)}>
        Run this class live
      </button>
      ${s.liveForm.problem && !s.live ? html`<p class="error" role="alert" data-testid="run-live-problem">${s.liveForm.problem}</p>` : ''}
    </section>
    <article class="card class-briefing" data-testid="class-briefing" aria-label="Class briefing">
      <h2>${file.title}</h2>
      <p>${scenario.title === file.title ? '' : `${scenario.title}: `}${scenario.briefing.split('\n')[0]}</p>
      ${
        // The briefing is the coordinator's ("You coordinate…"): teams of one nation are told their part (trainer play-test).
        file.roles.includes(COORDINATOR)
          ? ''
          : html`<p>
              That is the coordinator's part; in this class each team plays one nation instead, with its own budget and stocks, and the allies no team plays
              follow the historical policy.
            </p>`
      }
      <h3>Learning goals</h3>
      <ul>
        ${scenario.learningGoals.map((g) => html`<li>${g}</li>`)}
      </ul>
      <h3>Rules of this session</h3>
      <ul>
        ${rulesOf(session).map((r) => html`<li>${r}</li>`)}
      </ul>
      <h3>Join</h3>
      ${localOnly(base, 'local-link-briefing')} ${liveJoin(s, base)}
      ${
        link.length <= QR_MAX_CHARS
          ? html`<div class="qr" data-testid="class-qr">${unsafeSVG(renderSVG(link))}</div>`
          : html`<p>This class carries its own scenario and is too long for a QR code: share the link or the class file.</p>`
      }
      <p class="link-text">${link}</p>
      <p>Teams: ${file.roles.map(teamName).join('; ')}.</p>
    </article>`;
}
