/** A contract's delivery outlook in words: when the first units come, at what rate, when the full rate and the last unit. */
import { monthLabel, type DeliveryOutlook } from '../../sim';
import { fmt } from '../common/format';

/** What the projection cannot know, said wherever it is shown. */
export const OUTLOOK_PROVISO = 'if inputs and workers suffice and no plant slips';

/** "First deliveries Aug 2023: 6,000 155 mm shells; its new line is due to open Jul 2023; the full 12,000 a month from Feb 2024 (if …)." */
export function outlookText(o: DeliveryOutlook, unit: string, endMonth: number): string {
  if (o.firstMonth < 0) return `No deliveries before the game ends (${monthLabel(endMonth)}): the firm's older orders and its lines cannot serve it by then.`;
  const first =
    o.fullRateMonth === o.firstMonth && o.firstUnits === o.perMonth
      ? `First deliveries ${monthLabel(o.firstMonth)}, at the full ${fmt(o.perMonth)} ${unit} a month`
      : `First deliveries ${monthLabel(o.firstMonth)}: ${fmt(o.firstUnits)} ${unit}`;
  const parts = [first];
  if (o.firstMonth > o.scheduledFirstMonth) parts.push(`its schedule starts ${monthLabel(o.scheduledFirstMonth)}, but the firm's older orders come first`);
  if (o.capacityLine) parts.push(`its new line is due to open ${monthLabel(o.capacityLine.readyMonth)}`);
  if (o.fullRateMonth > o.firstMonth) parts.push(`the full ${fmt(o.perMonth)} a month from ${monthLabel(o.fullRateMonth)}`);
  else if (o.fullRateMonth < 0) parts.push(`not the full ${fmt(o.perMonth)} a month before the game ends`);
  if (o.lastMonth >= 0) parts.push(`last delivery ${monthLabel(o.lastMonth)}`);
  return `${parts.join('; ')} (${OUTLOOK_PROVISO}).`;
}
