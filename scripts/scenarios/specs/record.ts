/** What really happened, for the debriefs: each line with its source. */
import { ARTICLE as A, facts } from '../sources';

/** The record lines the scenarios pick from. */
export const RECORD = {
  gains: {
    text: 'Russia gained about 600 km² in 2023, about 4,200 km² in 2024 and over 5,600 km² in 2025.',
    source: facts(10, 'ISW via AFP', 'Jan 2024, Jan 2025, Jan 2026'),
  },
  ratio: {
    text: 'The fire ratio went from 6–10:1 in mid-2022 to about 3:1 in winter 2022–23, 1–1.5:1 in summer 2023, 5–10:1 during the early-2024 US aid freeze, and about 2:1 in 2025.',
    source: facts(6, 'Ukrainian General Staff; CNN; Syrskyi', '2022–2025'),
  },
  us: {
    text: 'US 155 mm output rose from about 14,000 a month in 2022 to about 28,000 by the end of 2023 and about 40,000 in late 2024, where it stayed into 2025.',
    source: facts(1, 'Defense One; Reuters; Shephard', '2023–2025'),
  },
  eu: {
    text: 'European capacity grew from about 0.3 million shells a year to 1–1.4 million by the end of 2024 (claims of 2 million by the end of 2025).',
    source: facts(2, 'European Commission; FT; The Economist', '2024–2025'),
  },
  russia: {
    text: 'Russia made about 2–2.5 million shells in 2023 and 3–4.5 million in 2024, and imported millions from North Korea.',
    source: facts(5, 'RUSI; Estonian intelligence; South Korean defence ministry', '2023–2025'),
  },
  stinger: {
    text: 'The restarted Stinger line delivered its first new missiles about 30 months after the May 2022 order.',
    source: facts(7, 'Reuters; Raytheon', '2022–2023'),
  },
  outproduce: {
    text: 'NATO’s Secretary General said in November 2025 that the alliance now out-produced Russia in ammunition, counting Russia’s new shells only; months earlier he had put Russia at four times NATO’s output.',
    source: A.forum2025,
  },
  eu1m: {
    text: 'The EU delivered about half of its promised million shells by March 2024, and the full amount about nine months late.',
    source: facts(2, 'Borrell; Politico EU', '2024'),
  },
};
