/** A production line's state as a glyph and words, the same in the decisions panel and the map details. */
import { efficiencyBp, monthLabel, type ProductionLine, type ScenarioContent } from '../../sim';
import { fmtBp } from '../common/format';

export function statusGlyph(c: ScenarioContent, line: ProductionLine, lastOutput: number | undefined): { glyph: string; text: string } {
  if (line.status === 'building') return { glyph: '□', text: `building, due ${monthLabel(line.readyMonth)}` };
  if (line.status === 'reactivating') return { glyph: '◇', text: `reactivating, first output ${monthLabel(line.readyMonth)}` };
  if (line.status === 'mothballed') return { glyph: '✕', text: 'mothballed' };
  if (lastOutput === 0) return { glyph: '○', text: 'idle: no orders call for output' };
  if (efficiencyBp(c, line) < 10000) return { glyph: '◐', text: `ramping up (${fmtBp(efficiencyBp(c, line))} efficiency)` };
  return { glyph: '●', text: 'running at full efficiency' };
}
