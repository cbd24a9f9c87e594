/**
 * The class on the trainer's desk, kept in this browser as it is prepared: the desk opened again
 * (a reload, the next day) shows the same class, seed included (trainer play-test: each visit drew a
 * new seed, and the locks and injects were gone). Only a draft on a shipped scenario is kept, which
 * is all the desk makes; one whose file no longer reads as a class file is left, and a new one drawn.
 */
import { classFileSchema, type ClassFile } from '../../share/class-file';
import type { DeskDraft } from './trainer-slice';

const KEY = 'rol-trainer-desk';
/** Far above any desk's class (64 locks and 64 injects of a few hundred characters each): anything larger was not written here. */
const MAX_CHARS = 200_000;

/** The draft in a kept text, or null when the text is missing, oversize or not a class file on a shipped scenario's id. */
export function deskFromText(text: string | null): DeskDraft | null {
  if (text === null || text.length > MAX_CHARS) return null;
  try {
    const read = classFileSchema.safeParse(JSON.parse(text));
    if (!read.success || !('id' in read.data.scenario)) return null;
    const { scenario, $schema: _schema, ...rest } = read.data;
    return { ...rest, scenarioId: scenario.id };
  } catch {
    return null;
  }
}

export function keptDesk(): DeskDraft | null {
  try {
    return deskFromText(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

/** Keeps the desk's class as its file (as the desk's Download would give it). */
export function keepDesk(file: ClassFile): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(file));
  } catch {
    // A browser that keeps nothing still prepares classes; the desk opens afresh next time, as before.
  }
}
