/** The month's report: which entry's "why" is open, if any, and where focus goes when it opens or closes. */
import type { Slice } from '../store';

export interface ReportSlice {
  /** the report entry whose causes are shown, or null for the report itself */
  whyId: string | null;
  /** the entry whose Why? button opened the chain: focus returns to it on Back to the report */
  whyOpener: string | null;
  showWhy(id: string | null): void;
}

export const REPORT_TOP = { whyId: null, whyOpener: null } satisfies Partial<ReportSlice>;

/** The element id of an entry's Why? button (entry ids are free text such as `deliv:c0003:DE`). */
export const whyButtonId = (entryId: string) => `why-btn-${entryId}`;

export const createReportSlice: Slice<ReportSlice> = (set, get) => ({
  whyId: null,
  whyOpener: null,
  showWhy: (id) =>
    id
      ? set({ whyId: id, whyOpener: id, focusAfterRender: 'why-title' })
      : set({ whyId: null, focusAfterRender: get().whyOpener ? whyButtonId(get().whyOpener!) : 'report-title' }),
});
