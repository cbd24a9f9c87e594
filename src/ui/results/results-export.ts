/** The class results handed out as files: CSV at once, XLSX once its writer has loaded (on the click, not with the page). */
import { sheetToCsv } from '../../share/results/results-csv';
import { resultsSheet } from '../../share/results/results-sheet';
import { downloadBlob } from '../common/download';
import type { ClassTable } from './class-table';

export const CSV_FILE = 'class-results.csv';
export const XLSX_FILE = 'class-results.xlsx';

export function downloadCsv(t: ClassTable): void {
  downloadBlob(CSV_FILE, new Blob([sheetToCsv(resultsSheet(t.groups, t.refused))], { type: 'text/csv;charset=utf-8' }));
}

export async function downloadXlsx(t: ClassTable): Promise<void> {
  const { sheetToXlsx } = await import('./results-xlsx');
  downloadBlob(XLSX_FILE, await sheetToXlsx(resultsSheet(t.groups, t.refused)));
}
