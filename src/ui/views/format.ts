/** Display helpers for the DOM panels. */
import type { SourceRef } from '../../sim/types';
export { fmt, fmtBp, fmtEur, fmtRatio } from '../../sim/report';

export function sourceText(src: SourceRef): string {
  return `Source: ${src.outlet}, ${src.date} (${src.file})`;
}
