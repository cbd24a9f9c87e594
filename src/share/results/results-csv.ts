/**
 * The results sheet as CSV (RFC 4180: commas, CRLF, quotes doubled), in UTF-8
 * with a byte-order mark so a spreadsheet reads "km²" and "€" right. Team
 * names are typed by students: a cell that would start a formula is written
 * as text, so opening the file runs nothing.
 */
import type { Cell, Sheet } from './results-sheet';

const BOM = '\uFEFF';

function csvCell(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  // "=HYPERLINK(…)" as a team name must stay text (CSV injection): a leading apostrophe makes it so.
  const safe = /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function sheetToCsv(sheet: Sheet): string {
  const lines = [sheet.columns.map((c) => csvCell(c.title)), ...sheet.rows.map((r) => r.map(csvCell))];
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
