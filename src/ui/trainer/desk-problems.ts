/**
 * A class drafted on the desk is checked as a class file, and its problems come back with JSON paths
 * ("$.id"). On the desk they are said in its own words: under the field they concern, named by its
 * label (trainer play-test: "$.id: …" appeared below the whole form, far from its field). A class file
 * loaded from disk keeps its JSON paths, which point into the file.
 */
import { html } from 'lit-html';
import type { Problem } from '../../scenario/validate';

/** The desk's field for each top-level key of a class file, by its label. */
const FIELDS: Record<string, string> = {
  id: 'Class id',
  title: 'Title',
  seed: 'Seed',
  months: 'Months for the lesson',
  goals: 'Learning goals',
  roles: 'Roles teams may take',
  locks: 'Locked levers',
  injects: 'Scheduled injects',
  scenario: 'Scenario',
};

/** The top-level key a problem's path starts with ("$.injects[2].month" → "injects"), or "" for the whole class. */
const keyOf = (path: string) => /^\$\.([A-Za-z]+)/.exec(path)?.[1] ?? '';

/** "Scheduled injects, no. 3: a month written YYYY-MM" */
export function deskProblemText(p: Problem): string {
  const key = keyOf(p.path);
  const field = FIELDS[key];
  if (!field) return p.path === '$' ? p.message : `${p.path}: ${p.message}`;
  const item = /^\$\.[A-Za-z]+\[(\d+)\]/.exec(p.path)?.[1];
  return `${field}${item === undefined ? '' : `, no. ${Number(item) + 1}`}: ${p.message}`;
}

/**
 * What in an id is not allowed, for the class id's message: "it has a space" (trainer play-test: "Year 10"
 * was refused as "an id: letters, digits…" without a word on the space that broke it).
 */
export function idFault(text: string): string {
  const bad = /[^A-Za-z0-9_-]/.exec(text)?.[0];
  if (bad === undefined) return /^[_-]/.test(text) ? `it starts with "${text[0]}"` : '';
  return bad === ' ' ? 'it has a space' : /\s/.test(bad) ? 'it has a tab or line break' : `it has "${bad}"`;
}

/** The problems of one field, said under it (nothing when it has none); `fault` adds what in the field's text is wrong. */
export function fieldProblems(problems: readonly Problem[], key: string, fault = '') {
  const mine = problems.filter((p) => keyOf(p.path) === key);
  if (!mine.length) return '';
  const text = mine.map(deskProblemText).join('; ');
  return html`<span class="field-error" role="alert" id="field-error-${key}" data-testid="field-error-${key}">${fault ? `${text} (${fault})` : text}</span>`;
}

/** Marks a field whose value the class check refused, and points it at the message under it. */
export function fieldInvalid(problems: readonly Problem[], key: string): { invalid: 'true' | 'false'; describedBy: string } {
  const bad = problems.some((p) => keyOf(p.path) === key);
  return { invalid: bad ? 'true' : 'false', describedBy: bad ? `field-error-${key}` : '' };
}

/** The problems no field of the form shows (said at the foot of the desk, with the others). */
export function deskProblemsText(problems: readonly Problem[]): string {
  const shown = problems.slice(0, 8).map(deskProblemText).join('; ');
  return `${shown}${problems.length > 8 ? ` … and ${problems.length - 8} more` : ''}`;
}
