/** The five articles and the calibration-facts entries scenario data cites. */
import type { ScenarioFile } from '../../src/scenario/schema';

export type Source = ScenarioFile['sources'][number];

export const ARTICLE = {
  forum2025: { file: '000_2a99aacaceb4cc32.txt', outlet: 'NATO industry forum report and commentary', date: '2025' },
  wsws2023: { file: '001_c87a4c85406106d5.txt', outlet: 'World Socialist Web Site', date: '14 Feb 2023' },
  cbc2022: { file: '002_ff5156d6f156cb6d.txt', outlet: 'Canadian news report (translated)', date: '10 Sep 2022' },
  summit2024: { file: '003_67af65fff6d26c8f.txt', outlet: 'US news report (Washington summit)', date: 'Jul 2024' },
  antiwar2022: { file: '004_f7bbff36a8d36779.txt', outlet: 'Antiwar.com', date: 'late Nov 2022' },
} satisfies Record<string, Source>;

/** A calibration-facts entry: section, the outlet it reports, the date. */
export function facts(section: number, outlet: string, date: string): Source {
  return { file: `calibration-facts.md §${section}`, outlet, date };
}
