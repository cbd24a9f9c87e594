/**
 * The results sheet as an XLSX workbook, with write-excel-file (small, kept up
 * to date, and it shares the game's fflate). Loaded only when a trainer asks
 * for the file. Text cells are always written as text, never as formulas, so
 * a team name cannot run anything.
 */
import writeXlsxFile, { type Cell as XlsxCell } from 'write-excel-file/browser';
import type { Cell, Sheet } from '../../share/results/results-sheet';

const cell = (c: Cell): XlsxCell => (c === null ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String });

export function sheetToXlsx(sheet: Sheet): Promise<Blob> {
  const header = sheet.columns.map((c) => ({ value: c.title, type: String, fontWeight: 'bold' as const, wrap: true }));
  return writeXlsxFile([header, ...sheet.rows.map((r) => r.map(cell))], {
    sheet: 'Results',
    stickyRowsCount: 1,
    columns: sheet.columns.map((c) => ({ width: c.kind === 'number' ? 12 : 22 })),
  }).toBlob();
}
