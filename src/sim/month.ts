/** Months are absolute indexes: year × 12 + (month − 1). */

const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearOf(m: number): number {
  return Math.floor(m / 12);
}

/** 1..12 */
export function monthOfYear(m: number): number {
  return (m % 12) + 1;
}

/** "Feb 2023" */
export function monthLabel(m: number): string {
  return `${NAMES[m % 12]} ${yearOf(m)}`;
}

/** Parses "2023-02" into a month index, or returns null. */
export function parseMonth(text: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(match[1]), month);
}

/** "2023-02" */
export function formatMonth(m: number): string {
  return `${yearOf(m)}-${String(monthOfYear(m)).padStart(2, '0')}`;
}
