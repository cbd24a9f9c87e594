/**
 * The earliest month a source's date allows: "14 Feb 2023", "late Nov 2022", "20–24 Apr 2024",
 * "Jul 2024", "2025", "2024–25", "Dec 2025–Jan 2026", "Feb–Mar 2024". A news item cannot cite what
 * was not yet written, so an event may not appear before its source's first month. Dates in other
 * shapes are not checked (null).
 */
import { monthIndex } from '../sim/month';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function sourceFirstMonth(date: string): number | null {
  // The first part of a range is its start; a range of days ("20–24 Apr 2024") is one month.
  const first = date.split(/[–—]|\s-\s|(?<=\d{4})-/)[0]!;
  const year = /\b(\d{4})\b/.exec(first)?.[1] ?? /\b(\d{4})\b/.exec(date)?.[1];
  if (!year) return null;
  const monthIn = (text: string) => MONTHS.indexOf(/\b([A-Za-z]{3})[a-z]*\.?\s*(?:\d{4}|$)/.exec(text.trim())?.[1]?.toLowerCase() ?? '');
  let m = monthIn(first);
  if (m < 0 && /^\s*\d{1,2}\s*$/.test(first)) m = monthIn(date);
  return monthIndex(Number(year), m < 0 ? 1 : m + 1);
}
