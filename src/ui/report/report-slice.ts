/** The month's report: which entry's "why" is open, if any. */
import type { Slice } from '../store';

export interface ReportSlice {
  /** the report entry whose causes are shown, or null for the report itself */
  whyId: string | null;
  showWhy(id: string | null): void;
}

export const REPORT_TOP = { whyId: null } satisfies Partial<ReportSlice>;

export const createReportSlice: Slice<ReportSlice> = (set) => ({
  whyId: null,
  showWhy: (id) => set({ whyId: id }),
});
