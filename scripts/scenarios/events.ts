/**
 * Every event the scenarios draw on, each with its source. Dated events fire in
 * their month; condition events when the condition holds; events in an era
 * deck are drawn by the seed at the start (the deck says how many).
 * Texts paraphrase the sources; none copies a sentence.
 */
import type { ScenarioFile } from '../../src/scenario/schema';
import { ARTICLE as A, facts } from './sources';

type Event = ScenarioFile['events'][number];
type Action = Event['actions'][number];
const month = (m: string) => ({ kind: 'month' as const, month: m });
const window = (from: string, to: string, chanceBp: number) => ({ kind: 'window' as const, from, to, chanceBp });
const ev = (id: string, title: string, text: string, source: Event['source'], trigger: Event['trigger'], actions: Action[], deck?: string): Event => ({
  id,
  ...(deck ? { deck } : {}),
  title,
  text,
  source,
  trigger,
  actions,
});

export const DECKS = [
  { id: 'era-2022', title: 'Autumn 2022: who will sell, who will talk, where Russia attacks', draw: 2 },
  { id: 'era-2023', title: '2023: supply shocks and offensives on both sides', draw: 3 },
  { id: 'era-2024-25', title: '2024–25: China, North Korea, the inputs and the Russian offensives', draw: 4 },
];

export const EVENTS: Event[] = [
  // 2022
  ev(
    'dig-deeper',
    'NATO asks allies to dig deeper',
    'At the contact group, NATO asks allies to find more in their stocks; several say they are close to their floors and want firms to ramp up instead.',
    A.cbc2022,
    month('2022-09'),
    [
      { kind: 'cohesion', deltaBp: 200 },
      { kind: 'politicalCapital', nationId: 'DE', delta: -5 },
    ],
  ),
  ev(
    'firms-want-guarantees',
    'Firms want guarantees first',
    'Defence firms tell governments they will open new lines only with long contracts and stable demand; NATO planners start mapping what contractors could make.',
    A.cbc2022,
    month('2022-10'),
    [{ kind: 'cohesion', deltaBp: 100 }],
  ),
  ev(
    'nitrochemie-24-7',
    'Propellant plant goes 24/7',
    'A Swiss-German propellant maker moves to round-the-clock shifts, adding powder for tens of thousands of charges a month.',
    facts(4, 'dimensions-magazin; CNN', '2022–23'),
    month('2022-10'),
    [{ kind: 'inputSupply', input: 'propellant', deltaPerMonth: 150_000 }],
  ),
  ev(
    'bucharest-requests',
    'Kyiv’s list before Bucharest',
    'Ahead of the Bucharest ministerial, Ukraine’s foreign minister asks for air defence, tanks and help to build production lines; without new production, he says, Ukraine cannot win.',
    A.antiwar2022,
    month('2022-11'),
    [{ kind: 'ukraineRequest', requestId: 'air-defence-2022', product: 'stinger', amount: 200, by: '2023-03' }],
  ),
  ev(
    'sellers-hold-back',
    'Some sellers hold back',
    'A few countries that could sell ammunition to Ukraine refuse for political reasons; third-country supply becomes a gamble.',
    A.antiwar2022,
    window('2022-11', '2023-02', 3000),
    [{ kind: 'cohesion', deltaBp: -200 }],
    'era-2022',
  ),
  ev(
    'talks-debate',
    'A debate over negotiations',
    'The top US general says winter could open a window for talks; the administration disagrees, and allies read the split.',
    A.antiwar2022,
    window('2022-11', '2023-01', 3000),
    [
      { kind: 'support', nationId: 'US', deltaBp: -300 },
      { kind: 'cohesion', deltaBp: -200 },
    ],
    'era-2022',
  ),
  ev(
    'drawdown-pushback',
    'Parliaments push back on drawdowns',
    'Defence committees ask how far their own forces can be stripped; governments promise to replenish before they give more.',
    A.cbc2022,
    window('2022-09', '2022-12', 3000),
    [
      { kind: 'support', nationId: 'DE', deltaBp: -300 },
      { kind: 'support', nationId: 'CA', deltaBp: -300 },
    ],
    'era-2022',
  ),
  ev(
    'winter-offensive-2022',
    'Russia presses before winter',
    'Freshly mobilised Russian units are thrown into attacks in the Donbas before the ground freezes.',
    facts(6, 'NBC (US defense official)', 'Nov 2022'),
    window('2022-11', '2022-12', 3000),
    [{ kind: 'offensiveSurge', deltaBp: 5000, months: 2 }],
    'era-2022',
  ),
  // 2023
  ev(
    'bakhmut-assault',
    'The assault on Bakhmut',
    'Russian forces close in on Bakhmut at great cost, and analysts warn that Moscow may commit aircraft it has held back.',
    A.wsws2023,
    window('2023-02', '2023-04', 3000),
    [{ kind: 'offensiveSurge', deltaBp: 6000, months: 3 }],
    'era-2023',
  ),
  ev(
    'avdiivka-push',
    'The push on Avdiivka',
    'Russia keeps up its costly winter offensive around Avdiivka, firing several times what Ukraine can answer.',
    facts(6, 'Watling (Guardian)', '27 Dec 2023'),
    window('2023-12', '2023-12', 3000),
    [{ kind: 'offensiveSurge', deltaBp: 6000, months: 3 }],
    'era-2023',
  ),
  ev(
    'pentagon-500',
    'Pentagon plans +500 % shell output',
    'The US Army sets out to raise 155 mm output about fivefold, to roughly 70,000 rounds a month, and Congress gives it wartime buying powers.',
    A.wsws2023,
    month('2023-02'),
    [
      { kind: 'funds', nationId: 'US', deltaEur: 1_500_000_000 },
      { kind: 'labour', nationId: 'US', delta: 400 },
    ],
  ),
  ev(
    'race-of-logistics',
    'A race of logistics',
    'NATO’s Secretary General tells defence ministers the war has become a contest of supply: Ukraine fires far more than the allies make, so industry must add shifts, work weekends and build plants.',
    A.wsws2023,
    month('2023-02'),
    [{ kind: 'cohesion', deltaBp: 300 }],
  ),
  ev(
    'ua-asks-air-defence',
    'Ukraine asks for air defence',
    'Kyiv repeats that without air defence and new production it cannot hold; the request is for man-portable missiles before the summer.',
    A.antiwar2022,
    month('2023-02'),
    [{ kind: 'ukraineRequest', requestId: 'stingers-2023', product: 'stinger', amount: 300, by: '2023-08' }],
  ),
  ev(
    'ua-asks-shells',
    'Ukraine asks for 250,000 shells a month',
    'Ukraine’s defence minister writes to the EU asking for a quarter of a million shells a month; this year’s request is a million rounds.',
    facts(6, 'Reznikov letter via FT', '3 Mar 2023'),
    month('2023-03'),
    [{ kind: 'ukraineRequest', requestId: 'million-shells-2023', product: 'shell', amount: 1_000_000, by: '2023-12' }],
  ),
  ev(
    'eu-million-pledge',
    'EU pledges a million shells',
    'EU governments agree to send a million shells within a year, from stocks and joint orders, and put about €2 bn behind it.',
    facts(2, 'ERR (Pevkur)', '20 Mar 2023'),
    month('2023-03'),
    [
      { kind: 'funds', nationId: 'RN', deltaEur: 1_000_000_000 },
      { kind: 'funds', nationId: 'DE', deltaEur: 300_000_000 },
      { kind: 'cohesion', deltaBp: 300 },
    ],
  ),
  ev(
    'explosives-shortage',
    'Explosives run short',
    'Filling plants report that explosive fill is scarce; the ramp-up of shell output could be held back for years.',
    facts(4, 'Financial Times', 'Mar 2023'),
    month('2023-03'),
    [{ kind: 'inputShock', input: 'explosive', cutBp: 1500, months: 12 }],
  ),
  ev(
    'contact-group',
    'Contact group pledges',
    'The Ukraine contact group meets again; allies pledge artillery rounds from the last stocks they can spare.',
    A.wsws2023,
    month('2023-04'),
    [
      { kind: 'ukraineSupply', product: 'shell', amount: 60_000 },
      { kind: 'cohesion', deltaBp: 200 },
    ],
  ),
  ev(
    'skills-shortage',
    'Firms cannot hire fast enough',
    'Ammunition makers say engineers and skilled workers are the bottleneck: wages rise, and new crews take months to train.',
    facts(4, 'EURACTIV; WSJ', '2023–25'),
    month('2023-06'),
    [
      { kind: 'labour', nationId: 'DE', delta: -300 },
      { kind: 'labour', nationId: 'US', delta: -500 },
      { kind: 'labour', nationId: 'RN', delta: -400 },
    ],
  ),
  ev(
    'asap',
    'EU act to support ammunition production',
    'The EU adopts a €500 m programme to expand powder, explosive and shell capacity.',
    facts(2, 'Council of the EU', '20 Jul 2023'),
    month('2023-07'),
    [
      { kind: 'funds', nationId: 'RN', deltaEur: 250_000_000 },
      { kind: 'funds', nationId: 'DE', deltaEur: 100_000_000 },
      { kind: 'funds', nationId: 'FR', deltaEur: 100_000_000 },
    ],
  ),
  ev(
    'vilnius-summit',
    'Vilnius summit',
    'Allies adopt a defence production action plan and pool orders through NATO’s procurement agency.',
    facts(8, 'NATO', 'Jul 2023'),
    month('2023-07'),
    [
      { kind: 'summit', pledgeDiscountBp: 2000, industrialPlans: false },
      { kind: 'cohesion', deltaBp: 200 },
    ],
  ),
  ev(
    'iran-shells',
    'Iran ships shells to Russia',
    'Shipments across the Caspian bring Russia several hundred thousand Iranian shells over half a year.',
    facts(5, 'Wall Street Journal', 'Apr 2023'),
    window('2023-04', '2023-06', 4000),
    [{ kind: 'russianImports', source: 'Iran', perMonth: 50_000, months: 6 }],
    'era-2023',
  ),
  ev(
    'valleyfield-outage',
    'Propellant plant outage',
    'A stoppage at the only plant making US propellant charges cuts charge output for a quarter.',
    facts(1, 'Defense Express', 'Sep 2024'),
    window('2024-09', '2025-06', 1500),
    [{ kind: 'inputShock', input: 'propellant', cutBp: 1000, months: 3 }],
    'era-2024-25',
  ),
  ev(
    'explosives-plant-years',
    'A new explosives plant takes years',
    'Planners learn that a TNT plant built from scratch needs three to seven years, and filling lines wait for explosive.',
    facts(4, 'Financial Times', 'Mar 2023'),
    window('2023-05', '2023-12', 1500),
    [{ kind: 'inputShock', input: 'explosive', cutBp: 1000, months: 6 }],
    'era-2023',
  ),
  ev(
    'component-lead-times',
    'Component lead times stretch',
    'Suppliers quote years instead of months for some parts; new crews wait for machines that are not on any shelf.',
    facts(4, 'Financial Times (Nammo CEO)', 'Feb 2023'),
    window('2023-03', '2023-12', 1500),
    [
      { kind: 'labour', nationId: 'NO', delta: -200 },
      { kind: 'labour', nationId: 'UK', delta: -200 },
    ],
    'era-2023',
  ),
  ev(
    'us-charge-plants',
    'More US propellant charges',
    'The Army pays to relieve its single source of propellant charges in Quebec, with new lines in Canada and Virginia.',
    facts(1, 'Defense Express; globaldefense.online', '2024–25'),
    month('2024-01'),
    [{ kind: 'inputSupply', input: 'propellant', deltaPerMonth: 150_000 }],
  ),
  ev(
    'nk-first-containers',
    'North Korean containers arrive',
    'Over a thousand containers of North Korean munitions reach Russia by rail and sea.',
    facts(5, 'South Korean defence ministry via KBS', 'Oct 2023'),
    month('2023-10'),
    [{ kind: 'russianImports', source: 'North Korea', perMonth: 100_000, months: 4 }],
  ),
  ev(
    'us-aid-freeze',
    'US aid stalls in Congress',
    'Divisions in Washington block the supplemental: no new US packages, and US deliveries for Ukraine wait in depots.',
    facts(9, 'AP', 'Dec 2023'),
    month('2023-12'),
    [
      // From Dec 2023 until Congress acts (us-supplemental), at most six months: the record counts a gap of about 4–6
      // months (§9, §11). The supplemental was signed on 24 Apr 2024; in this war the seed dates it April to June.
      { kind: 'aidFreeze', nationId: 'US', months: 6 },
      { kind: 'support', nationId: 'US', deltaBp: -500 },
      { kind: 'cohesion', deltaBp: -400 },
    ],
  ),
  // 2024
  ev(
    'russian-recruitment',
    'Russia signs up more contract soldiers',
    'Russia recruits some 30,000 men a month with large signing bonuses.',
    facts(10, 'The Economist; ISW', '2024'),
    month('2024-01'),
    [{ kind: 'russianRecruits', perMonth: 32_000 }],
  ),
  ev(
    'nk-surge',
    'North Korea supplies millions of shells',
    'Thousands more containers: North Korean rounds now make up about half of what Russia fires.',
    facts(5, 'South Korean defence ministry; Zelensky to Kyodo', '2024'),
    month('2024-02'),
    [{ kind: 'russianImports', source: 'North Korea', perMonth: 250_000, months: 11 }],
  ),
  ev(
    'czech-initiative',
    'Czech initiative finds shells abroad',
    'Prague finds some 800,000 rounds outside the EU and raises money to buy them; the first arrive months later.',
    facts(2, 'Czech President Pavel via Kyiv Independent', 'Feb 2024'),
    window('2024-03', '2024-07', 3000),
    [
      { kind: 'ukraineSupply', product: 'shell', amount: 300_000 },
      { kind: 'cohesion', deltaBp: 200 },
    ],
  ),
  ev(
    'asap-grants',
    'EU grants for powder and explosives',
    'The EU funds 31 projects in 15 states, most of the money for powder and explosives.',
    facts(2, 'European Commission', '15 Mar 2024'),
    month('2024-03'),
    [
      { kind: 'inputSupply', input: 'propellant', deltaPerMonth: 200_000 },
      { kind: 'inputSupply', input: 'explosive', deltaPerMonth: 250_000 },
    ],
  ),
  ev(
    'eu-target-missed',
    'EU misses its million',
    'By the deadline the EU has delivered about half the promised million shells.',
    facts(2, 'Borrell via Kyiv Independent', '25 Mar 2024'),
    month('2024-03'),
    [
      { kind: 'cohesion', deltaBp: -300 },
      { kind: 'support', nationId: 'RN', deltaBp: -200 },
    ],
  ),
  ev(
    'ua-asks-air-defence-2024',
    'Ukraine asks again for air defence',
    'With its air defence thin, Ukraine asks allies for more short-range missiles before winter.',
    A.antiwar2022,
    month('2024-03'),
    [{ kind: 'ukraineRequest', requestId: 'stingers-2024', product: 'stinger', amount: 300, by: '2024-10' }],
  ),
  ev(
    'us-supplemental',
    'Congress passes the supplemental',
    'After months of delay the House and Senate pass about $61 bn for Ukraine; money for munitions flows again.',
    facts(9, 'AP; WSJ', '20–24 Apr 2024'),
    window('2024-04', '2024-06', 3500),
    [
      { kind: 'aidResume', nationId: 'US' },
      { kind: 'funds', nationId: 'US', deltaEur: 3_000_000_000 },
      { kind: 'support', nationId: 'US', deltaBp: 300 },
      { kind: 'cohesion', deltaBp: 300 },
    ],
  ),
  ev(
    'washington-summit',
    'Washington summit',
    'At the 75th-anniversary summit allies are asked to reach 2 % of GDP and each to submit a defence-industrial plan within a year; NATO’s agency places a large Stinger order.',
    A.summit2024,
    month('2024-07'),
    [
      { kind: 'summit', pledgeDiscountBp: 3000, industrialPlans: true },
      { kind: 'cohesion', deltaBp: 400 },
    ],
  ),
  ev(
    'stinger-request-2024',
    'Stingers for the alliance',
    'After the summit, Ukraine and several allies want Stingers from a multinational order.',
    A.summit2024,
    month('2024-07'),
    [{ kind: 'ukraineRequest', requestId: 'stingers-nspa', product: 'stinger', amount: 200, by: '2025-06' }],
  ),
  ev(
    'us-election',
    'US election',
    'The US election brings uncertainty about future aid; allies wonder who will carry the load.',
    A.summit2024,
    month('2024-11'),
    [
      { kind: 'support', nationId: 'US', deltaBp: -800 },
      { kind: 'cohesion', deltaBp: -300 },
    ],
  ),
  ev(
    'china-linters',
    'China stops cotton linters',
    'Chinese deliveries of cotton linters for nitrocellulose stop; Europe had bought most of its linters there, and propellant runs short.',
    facts(4, 'Breton via babel.ua; FT (Papperger)', 'Mar–Apr 2024'),
    window('2024-03', '2025-06', 800),
    [{ kind: 'inputShock', input: 'propellant', cutBp: 2500, months: 9 }],
    'era-2024-25',
  ),
  // Russian propellant leans on Chinese nitrocellulose (its imports from China doubled in 2023, calibration-facts §4), the
  // supply sanctions aim at (000_2a99aacaceb4cc32.txt, 2025): a window, not a certainty, and a tenth of new output for half a
  // year (a game calibration).
  ev(
    'sanctions-bite',
    'Sanctions slow Russian lines',
    'Western pressure on Chinese suppliers of gun cotton and machine parts slows new Russian shell lines for some months.',
    facts(4, 'FT via economic-news.space, babel.ua, chronicleslive', '2024'),
    window('2024-04', '2025-12', 600),
    [{ kind: 'russianSanctions', cutBp: 1000, months: 6 }],
    'era-2024-25',
  ),
  ev(
    'china-rare-earths',
    'China restricts rare earths',
    'Beijing tightens exports of rare earths that missile seekers need; Stinger lines slow down.',
    A.forum2025,
    window('2025-01', '2025-12', 800),
    [{ kind: 'inputShock', input: 'rareEarth', cutBp: 5000, months: 6 }],
    'era-2024-25',
  ),
  ev(
    'steel-and-gun-cotton',
    'Steel and gun cotton run short',
    'Forgings for shell bodies and gun cotton both run short as every ally orders at once.',
    A.forum2025,
    window('2025-01', '2025-12', 800),
    [{ kind: 'inputShock', input: 'explosive', cutBp: 1500, months: 6 }],
    'era-2024-25',
  ),
  ev(
    'us-shipments-halted',
    'Pentagon halts some shipments',
    'Citing a review of its own stockpiles, the Pentagon pauses some munitions shipments to Ukraine for weeks.',
    facts(9, 'AP; CNN', 'Jul 2025'),
    window('2025-07', '2025-09', 800),
    [
      { kind: 'aidFreeze', nationId: 'US', months: 1 },
      { kind: 'cohesion', deltaBp: -200 },
    ],
    'era-2024-25',
  ),
  ev(
    'skills-2025',
    'Skills shortages bite',
    'Industry warns that the lack of trained workers now limits the ramp-up more than money does.',
    A.forum2025,
    window('2025-01', '2025-12', 800),
    [
      { kind: 'labour', nationId: 'DE', delta: -400 },
      { kind: 'labour', nationId: 'FR', delta: -300 },
    ],
    'era-2024-25',
  ),
  ev(
    'kharkiv-offensive-2024',
    'A new front north of Kharkiv',
    'Russia opens a cross-border offensive towards Kharkiv while pressing in the Donbas; its monthly gains climb.',
    facts(10, 'ISW via AFP', 'May 2024'),
    window('2024-05', '2024-07', 3000),
    [{ kind: 'offensiveSurge', deltaBp: 8000, months: 3 }],
    'era-2024-25',
  ),
  ev(
    'pokrovsk-push',
    'The drive on Pokrovsk',
    'Russian assault groups grind towards Pokrovsk at a few dozen metres a day, accepting huge losses.',
    facts(6, 'Syrskyi (censor.net)', '20 Aug 2024'),
    window('2024-08', '2025-09', 1200),
    [{ kind: 'offensiveSurge', deltaBp: 8000, months: 4 }],
    'era-2024-25',
  ),
  // 2025–26
  ev(
    'nk-2025',
    'North Korean supply goes on',
    'Seoul and Kyiv expect several million more North Korean rounds for Russia this year.',
    facts(5, 'Zelensky to Kyodo; Reuters and RUSI', '2025'),
    month('2025-01'),
    [{ kind: 'russianImports', source: 'North Korea', perMonth: 150_000, months: 12 }],
  ),
  ev(
    'czech-initiative-2025',
    'Czech initiative scales up',
    'After some 1.5 million large-calibre rounds in 2024, the Czech-led scheme sets out to find more for Ukraine this year.',
    facts(2, 'Czech MoD via Interfax-Ukraine; Kyiv Independent', 'Feb 2025'),
    month('2025-02'),
    [{ kind: 'ukraineSupply', product: 'shell', amount: 600_000 }],
  ),
  ev(
    'us-aid-pause-2025',
    'US pauses military aid',
    'After a clash in the Oval Office, Washington pauses all military aid and intelligence sharing; it resumes once Kyiv accepts a ceasefire proposal.',
    facts(9, 'Bloomberg; Politico EU', 'Mar 2025'),
    month('2025-03'),
    [
      { kind: 'aidFreeze', nationId: 'US', months: 1 },
      { kind: 'cohesion', deltaBp: -300 },
    ],
  ),
  ev(
    'bergerac-powder',
    'French powder plant reopens',
    'A propellant plant closed since 2007 reopens in under a year, for some 1,200 tonnes a year.',
    facts(3, 'AFP; Defense News', '20 Mar 2025'),
    month('2025-03'),
    [{ kind: 'inputSupply', input: 'propellant', deltaPerMonth: 100_000 }],
  ),
  // The Mar 2024 ASAP awards' explosives projects (€124 m, calibration-facts §2) come on line over the second half of 2025,
  // when the Commission expected 2 M shells a year; the month is the seed's, the 150 t a month (15,000 shells) a game calibration.
  ev(
    'asap-explosives-open',
    'EU explosives projects come on line',
    'Explosives lines the EU helped pay for in 2024 start delivering, and filling plants get more of the fill they lacked.',
    facts(2, 'European Commission (ASAP awards; 2 M shells a year by end-2025)', '15 Mar 2024'),
    window('2025-06', '2025-11', 2500),
    [{ kind: 'inputSupply', input: 'explosive', deltaPerMonth: 150_000 }],
  ),
  ev(
    'hagedorn-nc',
    'Civil nitrocellulose goes military',
    'Rheinmetall buys a German maker of civil nitrocellulose to turn it to propellant, its fourth such site.',
    facts(3, 'Defense News; stern.de', 'Apr 2025'),
    month('2025-04'),
    [{ kind: 'inputSupply', input: 'propellant', deltaPerMonth: 100_000 }],
  ),
  ev(
    'hague-summit',
    'The Hague summit',
    'Allies pledge 5 % of GDP by 2035, 3.5 % for core defence, and annual credible plans.',
    facts(8, 'Hague Declaration', '24–25 Jun 2025'),
    month('2025-06'),
    [
      { kind: 'summit', pledgeDiscountBp: 5000, industrialPlans: true },
      { kind: 'cohesion', deltaBp: 300 },
    ],
  ),
  ev(
    'purl',
    'Europeans buy US weapons for Ukraine',
    'Under a new scheme, European allies and Canada pay for US kit for Ukraine in tranches of about $500 m.',
    facts(9, 'NATO; Reuters', 'Jul–Sep 2025'),
    month('2025-07'),
    [
      { kind: 'funds', nationId: 'NL', deltaEur: 500_000_000 },
      { kind: 'funds', nationId: 'DE', deltaEur: 450_000_000 },
      { kind: 'funds', nationId: 'CA', deltaEur: 450_000_000 },
      { kind: 'cohesion', deltaBp: 200 },
    ],
  ),
  ev(
    'czech-initiative-late-2025',
    'More rounds from the Czech initiative',
    'Deliveries through the Czech scheme pass a million rounds for the year.',
    facts(2, 'Brno Daily', '9 Oct 2025'),
    month('2025-10'),
    [{ kind: 'ukraineSupply', product: 'shell', amount: 500_000 }],
  ),
  ev(
    'czech-election-2025',
    'Czech election',
    'The winning party had promised to end the ammunition scheme, then softened to a review.',
    facts(2, 'Kyiv Independent; Reuters', 'Oct 2025'),
    month('2025-10'),
    [
      { kind: 'support', nationId: 'CZ', deltaBp: -1000 },
      { kind: 'cohesion', deltaBp: -200 },
    ],
  ),
  ev(
    'nato-outproduces',
    'NATO says it now out-produces Russia',
    'At an industry forum NATO’s Secretary General says new lines mean the alliance now makes more ammunition than Russia; commentators warn about China, North Korea and Iran.',
    A.forum2025,
    month('2025-11'),
    [{ kind: 'cohesion', deltaBp: 200 }],
  ),
  // Conditions, any time
  ev(
    'germany-at-limit',
    'Germany says its stocks are at the limit',
    'Berlin says the Bundeswehr cannot give more from its own stocks without new production.',
    A.cbc2022,
    { kind: 'stockBelow', who: 'DE', product: 'shell', amount: 145_000, from: '2022-09' },
    [
      { kind: 'support', nationId: 'DE', deltaBp: -300 },
      { kind: 'politicalCapital', nationId: 'DE', delta: -10 },
    ],
  ),
  ev(
    'canada-drawdown-limit',
    'Canada cannot keep drawing down',
    'Ottawa says it cannot keep taking shells from its own forces’ stocks.',
    A.cbc2022,
    { kind: 'stockBelow', who: 'CA', product: 'shell', amount: 37_000, from: '2022-09' },
    [{ kind: 'politicalCapital', nationId: 'CA', delta: -10 }],
  ),
  ev(
    'not-a-party',
    '"Not a party to the conflict"',
    'NATO insists it is not at war with Russia; as deliveries escalate, some governments grow nervous.',
    A.wsws2023,
    { kind: 'escalationAbove', bp: 6000, from: '2023-02' },
    [
      { kind: 'cohesion', deltaBp: -400 },
      { kind: 'support', nationId: 'DE', deltaBp: -300 },
      { kind: 'support', nationId: 'RN', deltaBp: -300 },
    ],
  ),
  ev(
    'ukraine-stock-crisis',
    'Ukrainian gunners ration shells',
    'Ukrainian batteries are down to a few rounds a day; commanders warn that the line will give way where Russia presses.',
    facts(6, 'Reznikov via Babel', '20 Feb 2023'),
    { kind: 'stockBelow', who: 'UA', product: 'shell', amount: 100_000, from: '2023-02' },
    [
      { kind: 'support', nationId: 'US', deltaBp: 200 },
      { kind: 'support', nationId: 'RN', deltaBp: 200 },
      { kind: 'cohesion', deltaBp: -200 },
    ],
  ),
];

/** Events that can happen between two months (conditions always can). */
export function eventsBetween(start: string, end: string): Event[] {
  return EVENTS.filter((e) => {
    const t = e.trigger;
    if (t.kind === 'month') return t.month >= start && t.month <= end;
    if (t.kind === 'window') return t.to >= start && t.from <= end;
    return true;
  }).map((e) => (e.trigger.kind === 'window' && e.trigger.from < start ? { ...e, trigger: { ...e.trigger, from: start } } : e));
}
