/**
 * Opening a class link on the menu: the class is read against the shipped
 * scenarios (a trainer's own scenario comes inside it), its compiled scenario
 * joins the menu like a scenario file (so a save of the game keeps it), and
 * its seed and the team's role are chosen, ready to Start. A broken link is
 * answered with what is wrong, and the menu stays as it was.
 */
import { readClassValue, shelfFrom, COORDINATOR } from '../../share/class-file';
import type { ClassLink } from '../../share/class-link';
import type { SessionState } from '../store';
import { problemsText, shippedScenarios, withScenario } from './catalogue';

type Access = { get: () => SessionState; set: (patch: Partial<SessionState>) => void };

/** The team a role plays, in the class line's words. */
export function teamWords(role: string, scenario: { nations: readonly { id: string; name: string }[] } | undefined): string {
  return role === COORDINATOR ? 'the whole alliance' : (scenario?.nations.find((n) => n.id === role)?.name ?? role);
}

/** The class line after the team chose another role on the menu: it named the role the link was opened for (student play-test). */
export function classLineForRole(message: string, line: string): string {
  return message.replace(/(Your team plays [^.]*|Teams take turns on this laptop)\./, line);
}

export function openClassLink(link: Exclude<ClassLink, { kind: 'none' }>, hash: string, { get, set }: Access): void {
  if (link.kind === 'broken') return set({ pendingLink: null, message: `This class link cannot be opened: ${link.problem}.` });
  const { catalogue, catalogueComplete, scenariosFromFiles } = get();
  const shipped = shippedScenarios(get());
  const read = readClassValue(link.value, shelfFrom(shipped));
  // A class on a scenario still loading waits for the rest of the list.
  if (!read.ok && !catalogueComplete) return set({ pendingLink: hash });
  if (!read.ok) return set({ pendingLink: null, message: `This class link cannot be opened: ${problemsText(read.problems)}.` });
  const { file, scenario } = read.session;
  const role = link.role && file.roles.includes(link.role) ? link.role : file.roles[0]!;
  const team = teamWords(role, scenario);
  // The class's link for no one role opens on its first (trainer play-test: every team of the main link played the United States).
  const unsure = !link.role && file.roles.length > 1;
  set({
    pendingLink: null,
    catalogue: withScenario(catalogue, scenario),
    scenariosFromFiles: [...scenariosFromFiles.filter((x) => x.id !== scenario.id), scenario],
    scenarioId: scenario.id,
    seedText: file.seed,
    role,
    // The class's roles only (trainer play-test: a class link offered every role on the menu).
    classRoles: { scenarioId: scenario.id, roles: file.roles },
    // Teams drawn up before the class opened may play nations it does not offer.
    teamsDraft: [],
    // A title that says it is a class already (the desk's default, "Class: The race in one lesson") is not prefixed again (play-test: "Class: Class: …").
    message: `${/^class\b/i.test(file.title) ? '' : 'Class: '}${file.title}${/[.?!]$/.test(file.title) ? '' : '.'} Your team plays ${team}${unsure ? ' unless your trainer gave you another role: choose it under Your role' : ''}. Press Start.`,
  });
}
