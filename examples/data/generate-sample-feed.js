/**
 * Writes `sample-feed.json`: a fictitious but realistic MIV feed for demos, stories and tests.
 *
 *   npm run sample-feed                   (rewrites examples/data/sample-feed.json)
 *   node --import tsx examples/data/generate-sample-feed.js --out other.json
 *
 * It reads the catalogue (`indicators.csv`, `themes.csv`, `sources.csv`) and the areas (`areas.csv`) beside it, draws every number
 * from a seeded generator (never `Math.random`), and hands the rows to the same builder as
 * `miv-feed build`, so district and unit rates are Σcounts / Σdenominators of the gemeenten and the
 * result is validated before it is written. Run through tsx because it imports that TypeScript builder.
 * The same inputs always give the same bytes; a test checks the committed file against a fresh run.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { areasFromTable, assembleFeed, indicatorsFromTable, sourcesFromTable } from '../../src/feed/build.js';
import { rateScale } from '../../src/feed/rate-scale.js';
import { existsIn } from '../../src/feed/periods.js';
import { isAdditive } from '../../src/feed/hierarchy.js';
import { readCsvFile } from '../../src/cli/csv.js';

const HERE = new URL('.', import.meta.url);
const SEED = 20260615;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
const SURVEY_YEARS = [2019, 2021, 2023, 2025];
const IRREGULAR_YEARS = [2017, 2019, 2021, 2023];
const NATIONAL_POPULATION = 17_900_000;
/**
 * Counts below this in gemeenten under SMALL_GEMEENTE inhabitants are not published (CBS practice),
 * nor the rates and percentages that rest on them: with the denominator public, those give the count back.
 */
const SUPPRESS_BELOW = 5;
const SMALL_GEMEENTE = 25_000;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: one stream per purpose, so changing one series leaves the others alone.

function stream(...keys) {
  let h = 2166136261 ^ SEED;
  for (const ch of keys.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  // mulberry32
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gauss(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Differences between areas within two standard deviations: no freak gemeente in a demo. */
const boundedGauss = (random) => Math.max(-2, Math.min(2, gauss(random)));

/** Binomial draws by the normal approximation: shares of a known whole (percentages). */
function binomial(random, n, p) {
  const draw = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * gauss(random));
  return Math.max(0, Math.min(n, draw));
}

/** Poisson draws for small expected counts, a normal approximation above. */
function poisson(random, mean) {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Linear interpolation between anchor years; flat outside them. */
function trend(anchors, year) {
  const years = Object.keys(anchors).map(Number);
  const before = years.filter((y) => y <= year).at(-1) ?? years[0];
  const after = years.find((y) => y >= year) ?? years.at(-1);
  if (before === after) return anchors[before];
  const t = (year - before) / (after - before);
  return anchors[before] * (1 - t) + anchors[after] * t;
}

// ---------------------------------------------------------------------------------------------
// Areas: the catalogue, plus the gemeenten that disappeared in the years shown.

const ALTENA = 'GM1959';
const ALTENA_PREDECESSORS = [
  { id: 'GM0738', name: 'Aalburg', population: 13_000 },
  { id: 'GM0870', name: 'Werkendam', population: 27_500 },
  { id: 'GM0874', name: 'Woudrichem', population: 14_500 },
];
const HAAREN = { id: 'GM0788', name: 'Haaren', population: 14_000 };
/**
 * Inhabitants Oisterwijk and Tilburg gained from Haaren on 1-1-2021; the rest went to Boxtel and Vught.
 * The two name Haaren among their predecessors, as `miv-feed build` reads a split from areas.csv.
 */
const HAAREN_SHARES = { GM0824: 6_500, GM0855: 1_500 };
const HAAREN_SPLIT_YEAR = 2021;
const ALTENA_YEAR = 2019;

/** Population relative to LAST_YEAR: 0.5 % growth a year. */
const growth = (year) => 1 - 0.005 * (LAST_YEAR - year);

/** Inhabitants of a gemeente in a year: the catalogue's rough figure, less what it gained since. */
function population(area, year) {
  const gained = year < HAAREN_SPLIT_YEAR ? (HAAREN_SHARES[area.id] ?? 0) : 0;
  return Math.round((area.population - gained) * growth(year));
}

// ---------------------------------------------------------------------------------------------
// Vergelijkbare gemeenten: CBS's gemeentegrootteklassen, by inhabitants on 1 January 2024.

/** Inhabitants on 1 January 2024, rounded to hundreds: what puts a gemeente in its size class. */
const POPULATION_2024 = {
  GM0748: 69_700,
  GM1655: 30_500,
  GM1709: 37_900,
  GM1674: 78_600,
  GM0840: 22_900,
  GM0851: 25_300,
  GM0873: 22_300,
  GM0716: 26_900,
  GM0758: 186_000,
  GM0777: 45_600,
  GM0879: 23_100,
  GM1723: 10_600,
  GM0744: 7_100,
  GM0826: 57_300,
  GM1719: 27_900,
  GM0779: 22_000,
  GM1959: 58_400,
  GM0855: 229_800,
  GM0766: 26_900,
  GM0784: 27_500,
  GM0785: 24_100,
  GM0798: 16_100,
  GM0809: 23_900,
  GM0824: 33_000,
  GM0867: 49_500,
  GM0654: 23_400,
  GM0664: 39_900,
  GM0677: 27_600,
  GM0678: 13_200,
  GM0687: 49_800,
  GM1695: 7_600,
  GM0703: 23_300,
  GM1676: 34_600,
  GM1714: 23_400,
  GM0715: 54_800,
  GM0717: 22_100,
  GM0718: 45_300,
};

/**
 * CBS's size classes that occur in the unit, with the inhabitants of every Dutch gemeente in the
 * class (for the national value per class; rough, for realistic sample data only).
 */
const SIZE_CLASSES = [
  { id: '5000-10000', from: 5_000, to: 10_000, nationalPopulation: 95_000 },
  { id: '10000-20000', from: 10_000, to: 20_000, nationalPopulation: 720_000 },
  { id: '20000-50000', from: 20_000, to: 50_000, nationalPopulation: 4_850_000 },
  { id: '50000-100000', from: 50_000, to: 100_000, nationalPopulation: 3_900_000 },
  { id: '150000-250000', from: 150_000, to: 250_000, nationalPopulation: 2_650_000 },
];

const thousands = (n) => new Intl.NumberFormat('nl-NL').format(n);

/** The rule a reader sees: why these gemeenten are set side by side. */
const CLASS_RULE = 'gemeentegrootteklasse van het CBS, naar het aantal inwoners op 1 januari 2024';

/**
 * Per size class two groups: its gemeenten in the unit (their values summed by the builder) and
 * every Dutch gemeente of the class (partial: its values come from the source, as CBS publishes them).
 */
function sizeClassGroups() {
  return SIZE_CLASSES.flatMap((c) => {
    const members = Object.keys(POPULATION_2024).filter(
      (id) => POPULATION_2024[id] >= c.from && POPULATION_2024[id] < c.to,
    );
    const size = `${thousands(c.from)} tot ${thousands(c.to)} inwoners`;
    return [
      {
        id: `grootteklasse-${c.id}`,
        name: `Gemeenten met ${size} in Zeeland-West-Brabant`,
        rule: CLASS_RULE,
        members,
      },
      {
        id: `grootteklasse-${c.id}-nl`,
        name: `Gemeenten met ${size} in Nederland`,
        rule: CLASS_RULE,
        members,
        partial: true,
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Indicators: short titles, definitions and how their numbers behave.
//   nl      national level by year (rate in the unit, percentage, survey value, or national count)
//   region  factor per district group; urban: elasticity to town size; spread: between gemeenten
//   national: publish a Nederland series; stock: half-year values are levels, not flows
//   covid   marks 2020–2021 as a special period (not a break); from: first year
//   adds    another indicator whose counts this one includes (the rest is drawn here)

const DRUGS = { brabant: 3, zeeland: 0.8 };
const BRABANT_HIGH = { brabant: 1.3, zeeland: 0.9 };
const CRIME = { brabant: 1.05, zeeland: 0.82 };

const PROFILES = {
  'bibob-weigeringen': {
    s: 'Bibob-weigeringen',
    d: 'Vergunningen die de gemeente op grond van de Wet Bibob heeft geweigerd of ingetrokken.',
    nl: { 2015: 90, 2025: 260 },
    national: false,
    urban: 0.5,
  },
  'bibob-adviesaanvragen-lbb': {
    s: 'Adviesaanvragen LBB',
    d: 'Adviesaanvragen die bestuursorganen in het gebied bij het Landelijk Bureau Bibob hebben ingediend.',
    nl: { 2015: 700, 2025: 1_100 },
    url: 'https://www.justis.nl/',
  },
  'bibob-toetsen-eigen': {
    s: 'Eigen Bibob-toetsen',
    d: 'Bibob-onderzoeken die de gemeente zelf heeft uitgevoerd, zonder advies van het Landelijk Bureau Bibob.',
    nl: { 2015: 2_500, 2025: 7_000 },
    national: false,
  },
  'riec-casussen': {
    s: 'Ondermijningscasussen',
    d: 'Integrale casussen over ondermijning die in het jaar bij het RIEC in behandeling waren.',
    nl: { 2015: 900, 2025: 1_400 },
    national: false,
    region: BRABANT_HIGH,
    url: 'https://www.riec.nl/',
  },
  'ondermijning-signalen': {
    s: 'Ondermijningssignalen',
    d: 'Signalen van mogelijke ondermijning die de gemeente of het RIEC heeft ontvangen.',
    nl: { 2015: 6_000, 2025: 16_000 },
    national: false,
    region: BRABANT_HIGH,
  },
  'hennepkwekerijen-geruimd': {
    s: 'Geruimde hennepkwekerijen',
    d: 'Hennepkwekerijen die de politie heeft opgerold en geruimd.',
    nl: { 2015: 5_800, 2019: 3_100, 2023: 2_000, 2025: 1_800 },
    region: { brabant: 2, zeeland: 0.9 },
    urban: -0.3,
  },
  'drugslabs-opslag': {
    s: 'Drugslabs en opslag',
    d: 'Aangetroffen productielocaties van synthetische drugs en opslagplaatsen van grondstoffen en apparatuur.',
    nl: { 2015: 190, 2019: 260, 2023: 210, 2025: 200 },
    region: DRUGS,
    urban: -0.5,
  },
  drugsdumpingen: {
    s: 'Drugsafvaldumpingen',
    d: 'Aangetroffen dumpingen van afval van de productie van synthetische drugs.',
    nl: { 2015: 150, 2019: 210, 2023: 170, 2025: 150 },
    region: DRUGS,
    urban: -0.8,
  },
  drugsmisdrijven: {
    s: 'Drugsmisdrijven',
    d: 'Geregistreerde drugsmisdrijven (handel, bezit en productie) per 1.000 inwoners.',
    nl: { 2015: 0.95, 2019: 0.9, 2023: 1.0, 2025: 1.0 },
    region: BRABANT_HIGH,
    urban: 1,
  },
  'damocles-sluitingen': {
    s: 'Sluitingen (Damocles)',
    d: 'Woningen en panden die de burgemeester op grond van artikel 13b Opiumwet heeft gesloten.',
    nl: { 2015: 700, 2025: 1_500 },
    national: false,
    region: BRABANT_HIGH,
  },
  'mma-meldingen': {
    s: 'Meld Misdaad Anoniem',
    d: 'Anonieme meldingen over misdaad in het gebied bij Meld Misdaad Anoniem.',
    nl: { 2015: 15_000, 2025: 19_000 },
    url: 'https://www.meldmisdaadanoniem.nl/',
  },
  wapenmisdrijven: {
    s: '(Vuur)wapenmisdrijven',
    d: 'Geregistreerde misdrijven met (vuur)wapens en overtredingen van de Wet wapens en munitie per 1.000 inwoners.',
    nl: { 2015: 0.36, 2020: 0.42, 2025: 0.46 },
    urban: 1,
  },
  'explosies-panden': {
    s: 'Explosies bij panden',
    d: 'Explosies en aanslagen met explosieven op woningen en bedrijfspanden.',
    nl: { 2015: 120, 2019: 220, 2021: 380, 2023: 1_000, 2025: 900 },
    urban: 0.8,
  },
  'mensenhandel-seksuele-uitbuiting': {
    s: 'Seksuele uitbuiting',
    d: 'Mogelijke slachtoffers van seksuele uitbuiting die bij CoMensha zijn gemeld.',
    nl: { 2015: 790, 2017: 750, 2019: 640, 2021: 590, 2023: 620, 2025: 600 },
    url: 'https://www.comensha.nl/',
  },
  'mensenhandel-arbeidsuitbuiting': {
    s: 'Arbeidsuitbuiting',
    d: 'Mogelijke slachtoffers van arbeidsuitbuiting die bij CoMensha zijn gemeld.',
    nl: { 2015: 230, 2019: 330, 2023: 450, 2025: 480 },
    url: 'https://www.comensha.nl/',
  },
  'mensenhandel-criminele-uitbuiting': {
    s: 'Criminele uitbuiting',
    d: 'Mogelijke slachtoffers van criminele uitbuiting die bij CoMensha zijn gemeld.',
    nl: { 2015: 140, 2019: 200, 2023: 290, 2025: 310 },
    url: 'https://www.comensha.nl/',
  },
  'zo-onverklaarbare-woningaankopen': {
    s: 'Onverklaarbare woningaankopen',
    d: 'Woningaankopen door particulieren zonder verklaarbare financiering, als percentage van alle aankopen.',
    nl: { 2015: 2.6, 2025: 2.2 },
    region: BRABANT_HIGH,
    denominator: 0.02,
  },
  'zo-jonge-aanwas-drugs': {
    s: 'Jonge aanwas drugscriminaliteit',
    d: 'Jongeren van 12 tot en met 24 jaar die voor het eerst verdacht zijn van een drugsdelict, per 10.000 jongeren.',
    nl: { 2015: 22, 2025: 26 },
    region: BRABANT_HIGH,
    denominator: 0.16,
  },
  'weerbaar-awareness': {
    s: 'Awareness op orde',
    d: 'Elementen van het awareness-deel van de Brabantse/Zeeuwse norm weerbare overheid die de gemeente volgens de eigen zelfevaluatie op orde heeft, als percentage.',
    nl: { 2020: 30, 2025: 68 },
    national: false,
    from: 2020,
    decimals: 0,
    spread: 0.3,
    exact: true,
    fixedDenominator: 12,
  },
  'weerbaar-normscore': {
    s: 'Norm weerbare overheid',
    d: 'Elementen van de Brabantse/Zeeuwse norm weerbare overheid die de gemeente volgens de eigen zelfevaluatie op orde heeft, als percentage.',
    nl: { 2020: 38, 2025: 71 },
    national: false,
    from: 2020,
    decimals: 0,
    spread: 0.25,
    exact: true,
    fixedDenominator: 40,
  },
  'agressie-publieke-taak': {
    s: 'Agressie tegen medewerkers',
    d: 'Geregistreerde incidenten van agressie of intimidatie tegen medewerkers en bestuurders van de gemeente.',
    nl: { 2015: 4_000, 2025: 6_500 },
    national: false,
  },
  'e33-verward-gedrag': {
    s: 'Verward gedrag (E33)',
    d: 'Meldingen bij de politie over een verward of overspannen persoon (E33) per 1.000 inwoners.',
    nl: { 2015: 4.6, 2019: 5.4, 2023: 6.9, 2025: 7.1 },
    urban: 0.7,
  },
  'veilig-thuis-meldingen': {
    s: 'Meldingen Veilig Thuis',
    d: 'Meldingen van huiselijk geweld en kindermishandeling bij Veilig Thuis per 1.000 inwoners, per halfjaar.',
    nl: { 2015: 5.2, 2019: 6.9, 2023: 7.2, 2025: 7.4 },
    url: 'https://www.cbs.nl/',
  },
  'veilig-thuis-adviezen': {
    s: 'Adviezen Veilig Thuis',
    d: 'Adviesvragen aan Veilig Thuis over huiselijk geweld en kindermishandeling per 1.000 inwoners, per halfjaar.',
    nl: { 2015: 4.8, 2019: 3.4, 2023: 3.1, 2025: 3.0 },
    url: 'https://www.cbs.nl/',
  },
  'tijdelijk-huisverbod': {
    s: 'Tijdelijke huisverboden',
    d: 'Tijdelijke huisverboden die de burgemeester heeft opgelegd.',
    nl: { 2015: 3_800, 2025: 3_200 },
    national: false,
  },
  'huiselijk-geweld-politie': {
    s: 'Huiselijk geweld (politie)',
    d: 'Door de politie geregistreerde incidenten van huiselijk geweld per 1.000 inwoners.',
    nl: { 2015: 4.3, 2019: 4.4, 2020: 4.7, 2021: 4.6, 2025: 4.4 },
    covid: true,
  },
  'halt-verwijzingen': {
    s: 'Halt-verwijzingen',
    d: 'Jongeren die door politie of boa naar Halt zijn verwezen, per 10.000 jongeren van 12 tot en met 17 jaar.',
    nl: { 2015: 150, 2019: 125, 2020: 108, 2021: 112, 2023: 118, 2025: 115 },
    covid: true,
    url: 'https://www.halt.nl/',
    denominator: 0.068,
  },
  'minderjarige-verdachten': {
    s: 'Minderjarige verdachten',
    d: 'Jongeren van 12 tot en met 17 jaar die verdacht zijn van een misdrijf, per 10.000 jongeren van die leeftijd.',
    nl: { 2015: 190, 2019: 150, 2023: 135, 2025: 132 },
    urban: 0.6,
    denominator: 0.068,
  },
  'jongeren-delict-rechter': {
    s: 'Jongeren voor de rechter',
    d: 'Jongeren van 12 tot en met 21 jaar die voor een delict voor de rechter zijn verschenen, als percentage van alle jongeren van die leeftijd.',
    nl: { 2015: 1.3, 2025: 0.8 },
    urban: 0.6,
    denominator: 0.115,
  },
  jeugdreclassering: {
    s: 'Jeugdreclassering',
    d: 'Jongeren van 12 tot en met 22 jaar met jeugdreclassering, als percentage van alle jongeren van die leeftijd.',
    nl: { 2015: 0.45, 2025: 0.32 },
    stock: true,
    urban: 0.5,
    denominator: 0.125,
  },
  jeugdbescherming: {
    s: 'Jeugdbescherming',
    d: 'Jongeren onder de 18 jaar met een jeugdbeschermingsmaatregel, als percentage van alle jongeren onder de 18.',
    nl: { 2015: 1.1, 2025: 0.85 },
    stock: true,
    denominator: 0.19,
  },
  'jeugdoverlast-meldingen': {
    s: 'Jeugdoverlast',
    d: 'Meldingen van overlast door jongeren bij de politie per 1.000 inwoners.',
    nl: { 2015: 5.6, 2019: 4.5, 2020: 6.1, 2021: 5.2, 2023: 4.2, 2025: 4.1 },
    covid: true,
  },
  'problematische-jeugdgroepen': {
    s: 'Problematische jeugdgroepen',
    d: 'Jeugdgroepen op de shortlist van de politie: hinderlijk, overlastgevend of crimineel.',
    nl: { 2015: 700, 2025: 400 },
    national: false,
    stock: true,
    urban: 0.5,
  },
  'wapenbezit-minderjarigen': {
    s: 'Wapenbezit minderjarigen',
    d: 'Minderjarigen die zijn aangehouden voor verboden wapenbezit.',
    nl: { 2015: 900, 2019: 1_200, 2023: 1_600, 2025: 1_550 },
  },
  steekincidenten: {
    s: 'Steekincidenten',
    d: 'Incidenten waarbij met een mes is gestoken, volgens een vaste zoekvraag in de politieregistratie.',
    nl: { 2015: 2_600, 2019: 3_000, 2023: 3_500, 2025: 3_400 },
  },
  'ontruimingen-corporaties': {
    s: 'Ontruimingen corporaties',
    d: 'Woningen die een woningcorporatie na een vonnis heeft ontruimd, per 1.000 huurwoningen van corporaties.',
    nl: { 2015: 2.0, 2019: 1.3, 2020: 0.8, 2021: 0.8, 2023: 0.9, 2025: 0.9 },
    covid: true,
    url: 'https://www.aedes.nl/',
  },
  'ontruimingen-overlast-drugs': {
    s: 'Ontruimingen overlast en drugs',
    d: 'Woningontruimingen wegens overlast of wegens hennepteelt en drugshandel.',
    nl: { 2015: 900, 2025: 700 },
    url: 'https://www.aedes.nl/',
  },
  'woonoverlast-meldingen': {
    s: 'Woonoverlast',
    d: 'Meldingen van woonoverlast en burengerucht per 1.000 inwoners.',
    nl: { 2015: 6.0, 2019: 7.2, 2020: 9.0, 2021: 8.6, 2023: 8.1, 2025: 8.2 },
    covid: true,
  },
  'zvh-casussen': {
    s: 'Casussen Zorg- en Veiligheidshuis',
    d: 'Complexe casussen (multiprobleem) die het Zorg- en Veiligheidshuis in het jaar heeft behandeld.',
    nl: { 2015: 9_000, 2025: 14_000 },
    national: false,
  },
  'slachtoffer-online-criminaliteit': {
    s: 'Slachtoffer online criminaliteit',
    d: 'Inwoners van 15 jaar en ouder die in de afgelopen 12 maanden slachtoffer waren van online criminaliteit, in procenten.',
    nl: { 2019: 13.1, 2021: 15.0, 2023: 16.9, 2025: 17.3 },
  },
  'slachtoffer-online-oplichting': {
    s: 'Slachtoffer online oplichting',
    d: 'Inwoners van 15 jaar en ouder die in de afgelopen 12 maanden slachtoffer waren van online oplichting of fraude, in procenten.',
    nl: { 2019: 7.9, 2021: 9.9, 2023: 11.2, 2025: 11.6 },
  },
  'slachtoffer-hacken': {
    s: 'Slachtoffer hacken',
    d: 'Inwoners van 15 jaar en ouder van wie in de afgelopen 12 maanden een computer, telefoon of account is gehackt, in procenten.',
    nl: { 2019: 5.0, 2021: 5.4, 2023: 5.6, 2025: 5.9 },
  },
  'slachtoffer-online-bedreiging': {
    s: 'Slachtoffer online bedreiging',
    d: 'Inwoners van 15 jaar en ouder die in de afgelopen 12 maanden online zijn bedreigd of geïntimideerd, in procenten.',
    nl: { 2019: 3.1, 2021: 3.6, 2023: 3.9, 2025: 4.0 },
  },
  'registratie-online-fraude': {
    s: 'Online fraude (registratie)',
    d: 'Door de politie geregistreerde gedigitaliseerde criminaliteit, vooral online fraude, per 1.000 inwoners.',
    nl: { 2016: 2.6, 2019: 3.6, 2020: 4.9, 2021: 5.5, 2023: 6.3, 2025: 6.6 },
    from: 2016,
    covid: true,
  },
  'fraude-handelsplaats': {
    s: 'Koop- en verkoopfraude',
    d: 'Geregistreerde fraude bij online kopen en verkopen (handelsplaats- en webwinkelfraude) per 1.000 inwoners.',
    nl: { 2015: 2.3, 2019: 2.4, 2020: 3.3, 2021: 3.1, 2023: 2.5, 2025: 2.3 },
    covid: true,
  },
  'fraude-vriend-in-nood': {
    s: 'Vriend-in-noodfraude',
    d: 'Meldingen van fraude waarbij oplichters zich via WhatsApp of sms voordoen als familielid of vriend.',
    nl: { 2018: 600, 2019: 1_900, 2020: 6_800, 2021: 8_900, 2022: 4_700, 2023: 3_300, 2025: 2_800 },
    from: 2018,
    url: 'https://www.fraudehelpdesk.nl/',
  },
  'fraude-bankhelpdesk': {
    s: 'Bankhelpdeskfraude',
    d: 'Meldingen van fraude waarbij oplichters zich voordoen als medewerker van de bank (spoofing).',
    // The catalogue prints "aantal; schade €"; this feed carries the numbers of reports only.
    unit: 'aantal meldingen',
    explanation: 'De bron meldt ook de schade in euro’s; die staat niet in deze feed.',
    nl: { 2018: 400, 2020: 1_500, 2022: 3_600, 2023: 2_900, 2025: 2_500 },
    from: 2018,
    url: 'https://www.fraudehelpdesk.nl/',
  },
  'fraude-phishing': {
    s: 'Phishing',
    d: 'Meldingen bij de Fraudehelpdesk van phishing: nepberichten om gegevens of geld te ontfutselen.',
    nl: { 2015: 11_000, 2019: 21_000, 2021: 48_000, 2023: 41_000, 2025: 39_000 },
    url: 'https://www.fraudehelpdesk.nl/',
  },
  identiteitsfraude: {
    s: 'Identiteitsfraude',
    d: 'Geregistreerde misdrijven waarbij iemands identiteit is misbruikt, per 1.000 inwoners.',
    nl: { 2015: 0.22, 2025: 0.38 },
  },
  'cybercrime-registraties': {
    s: 'Cybercrime',
    d: 'Geregistreerde cybercrime in enge zin (hacken, ransomware, DDoS en malware) per 1.000 inwoners.',
    nl: { 2015: 0.35, 2019: 0.5, 2023: 0.75, 2025: 0.8 },
  },
  'misdrijven-totaal': {
    s: 'Misdrijven totaal',
    d: 'Alle door de politie geregistreerde misdrijven per 1.000 inwoners.',
    nl: {
      2015: 58.4,
      2016: 55.8,
      2017: 51.6,
      2018: 49.3,
      2019: 50.4,
      2020: 47.9,
      2021: 44.9,
      2022: 46.0,
      2023: 45.2,
      2024: 44.8,
      2025: 44.3,
    },
    region: CRIME,
    urban: 0.6,
    covid: true,
  },
  woninginbraak: {
    s: 'Woninginbraak',
    d: 'Geregistreerde inbraken en pogingen tot inbraak in woningen per 1.000 inwoners.',
    nl: { 2015: 4.6, 2017: 3.5, 2019: 2.7, 2020: 2.0, 2021: 1.6, 2023: 1.5, 2025: 1.4 },
    region: { brabant: 1.15, zeeland: 0.8 },
    urban: 0.4,
    covid: true,
  },
  geweldsmisdrijven: {
    s: 'Geweldsmisdrijven',
    d: 'Geregistreerde geweldsmisdrijven, zoals mishandeling, bedreiging en straatroof, per 1.000 inwoners.',
    nl: { 2015: 5.2, 2019: 4.9, 2020: 4.7, 2021: 4.6, 2023: 4.9, 2025: 4.9 },
    region: CRIME,
    urban: 0.8,
  },
  'vernielingen-openbare-ruimte': {
    s: 'Vernielingen',
    d: 'Geregistreerde vernielingen en beschadigingen in de openbare ruimte per 1.000 inwoners.',
    nl: { 2015: 6.1, 2019: 5.1, 2020: 5.3, 2023: 4.8, 2025: 4.6 },
    region: CRIME,
    urban: 0.8,
    covid: true,
  },
  winkeldiefstal: {
    s: 'Winkeldiefstal',
    d: 'Geregistreerde winkeldiefstallen per 1.000 inwoners.',
    nl: { 2015: 2.1, 2019: 2.0, 2020: 1.7, 2021: 1.6, 2023: 2.3, 2025: 2.4 },
    urban: 1.5,
    covid: true,
  },
  'high-impact-crimes': {
    s: 'High impact crimes',
    d: 'Geregistreerde overvallen, straatroven en woninginbraken samen, per 1.000 inwoners.',
    // The woninginbraken counted above plus the overvallen and straatroven drawn here: those are rare
    // next to inbraak (the duiding says so), so the sum lies only a little above woninginbraak.
    adds: 'woninginbraak',
    nl: { 2015: 0.5, 2019: 0.35, 2021: 0.25, 2023: 0.23, 2025: 0.22 },
    region: CRIME,
    urban: 1.2,
    decimals: 1,
    covid: true,
  },
  'onveilig-eigen-buurt': {
    s: 'Onveilig in eigen buurt',
    d: 'Inwoners van 15 jaar en ouder die zich weleens onveilig voelen in de eigen buurt, in procenten.',
    nl: { 2019: 16.6, 2021: 14.9, 2023: 16.5, 2025: 17.0 },
    urban: 0.6,
  },
  'rapportcijfer-veiligheid-buurt': {
    s: 'Rapportcijfer veiligheid buurt',
    d: 'Gemiddeld rapportcijfer (1–10) dat inwoners van 15 jaar en ouder geven voor de veiligheid in hun buurt.',
    nl: { 2019: 7.5, 2021: 7.6, 2023: 7.4, 2025: 7.4 },
    urban: -0.04,
    spread: 0.02,
    sd: 1.3,
  },
  'sociale-overlast': {
    s: 'Sociale overlast',
    d: 'Schaalscore (0–10) voor ervaren sociale overlast in de buurt, zoals dronken mensen op straat en lastiggevallen worden.',
    nl: { 2019: 1.3, 2021: 1.3, 2023: 1.2, 2025: 1.2 },
    urban: 0.8,
    sd: 1.6,
  },
  'fysieke-verloedering': {
    s: 'Fysieke verloedering',
    d: 'Schaalscore (0–10) voor ervaren fysieke verloedering in de buurt, zoals rommel op straat, hondenpoep en bekladde muren.',
    nl: { 2019: 3.1, 2021: 3.0, 2023: 3.1, 2025: 3.2 },
    urban: 0.4,
    sd: 2,
  },
  'drugsoverlast-ervaren': {
    s: 'Drugsoverlast',
    d: 'Inwoners van 15 jaar en ouder die (veel) overlast ervaren van drugsgebruik of drugshandel in de buurt, in procenten.',
    nl: { 2019: 3.3, 2021: 3.5, 2023: 4.0, 2025: 4.1 },
    urban: 1,
  },
  'slachtoffer-traditioneel': {
    s: 'Slachtoffer traditionele criminaliteit',
    d: 'Inwoners van 15 jaar en ouder die in de afgelopen 12 maanden slachtoffer waren van geweld, inbraak, diefstal of vernieling, in procenten.',
    nl: { 2019: 16.3, 2021: 14.2, 2023: 14.6, 2025: 14.5 },
  },
  woningbranden: {
    s: 'Woningbranden',
    d: 'Branden in woningen waarvoor de brandweer is uitgerukt, per 10.000 woningen.',
    nl: { 2015: 7.8, 2025: 7.2 },
    urban: 0.3,
    denominator: 0.45,
  },
  'opkomsttijd-brandweer': {
    s: 'Brandweer op tijd',
    d: 'Uitrukken voor spoedeisende incidenten waarbij de brandweer binnen de normtijd ter plaatse was, in procenten.',
    nl: { 2015: 84, 2025: 82 },
    urban: 0.06,
    spread: 0.05,
    decimals: 0,
    denominator: 0.004,
  },
  'grip-incidenten': {
    s: 'GRIP-incidenten',
    d: 'Incidenten waarbij de hulpdiensten hebben opgeschaald naar GRIP 1 of hoger.',
    nl: { 2015: 400, 2025: 480 },
    national: false,
  },
  verkeersgewonden: {
    s: 'Verkeersgewonden',
    d: 'Verkeersongevallen met gewonden of ernstig gewonden per 10.000 inwoners.',
    nl: { 2015: 11.5, 2019: 12.0, 2020: 10.6, 2023: 12.3, 2025: 12.1 },
    urban: -0.3,
    covid: true,
    url: 'https://www.swov.nl/',
  },
};

/** Source pages that exist and stay put; more specific pages are left to the real publishers. */
const SOURCE_URLS = [
  [/Veiligheidsmonitor/, 'https://www.veiligheidsmonitor.nl/'],
  [/Zicht op Ondermijning/, 'https://www.zichtopondermijning.nl/'],
  [/^Politie/, 'https://data.politie.nl/'],
  [/CBS/, 'https://www.cbs.nl/'],
];

/**
 * The entry of `sources.csv` each indicator's source belongs to, first match wins. Sources without
 * an entry (a gemeente's own registration) keep only their name, so a citation gives no date.
 */
const SOURCE_IDS = [
  [/Veiligheidsmonitor/, 'veiligheidsmonitor'],
  [/Zicht op Ondermijning/, 'zicht-op-ondermijning'],
  [/Veilig Thuis/, 'cbs-veilig-thuis'],
  [/Beleidsinformatie jeugd/, 'cbs-beleidsinformatie-jeugd'],
  [/^CBS \(Bbv\) \/ Politie$/, 'politie-open-data'],
  [/^CBS \(Bbv\)|^CBS \/ Politie|^Politie \/ CBS/, 'cbs-geregistreerde-criminaliteit'],
  [/LFO|^Politie \/ provincie/, 'politie-bvi-ib'],
  [/^Politie/, 'politie-bvh'],
  [/^Veiligheidsregio/, 'veiligheidsregio'],
  [/Fraudehelpdesk/, 'fraudehelpdesk'],
  [/RIEC/, 'riec-zwb'],
];

/** The COVID years changed what happened, not how it was counted: the series stays comparable. */
const COVID = {
  from: '2020',
  to: '2021',
  label: 'Corona',
  reason:
    'Coronamaatregelen: minder mensen op straat en meer thuis. De reeks blijft vergelijkbaar; lees deze jaren met die achtergrond.',
};

const BREAKS = {
  survey: {
    period: '2021',
    reason:
      'Vernieuwde Veiligheidsmonitor: andere vragenlijst en weging; de cijfers vanaf 2021 zijn niet te vergelijken met die van 2019.',
  },
  meldcode: {
    period: '2019-H1',
    reason: 'Aangescherpte meldcode: professionals melden sinds 2019 eerder bij Veilig Thuis.',
  },
  altena: (period) => ({
    period,
    reason: 'Herindeling: Altena gevormd uit Aalburg, Werkendam en Woudrichem (1 januari 2019).',
    areas: [ALTENA, ...ALTENA_PREDECESSORS.map((a) => a.id)],
  }),
  haaren: (period, gemeenten) => ({
    period,
    reason:
      'Herindeling: Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en Tilburg, en naar Boxtel en Vught buiten de eenheid.',
    // The unit lost the parts that went to Boxtel and Vught too: under 0.5 % of its inhabitants, but a
    // boundary change all the same, and MIV.md knows no size below which it is none.
    areas: [
      ...(gemeenten ? [HAAREN.id, ...Object.keys(HAAREN_SHARES)] : []),
      'hart-van-brabant',
      'zeeland-west-brabant',
    ],
  }),
};

// ---------------------------------------------------------------------------------------------
// Duiding and opvallendheden: what the partners make of the numbers (fictitious, like the numbers).

const DUIDING = [
  [
    'misdrijven-totaal',
    null,
    null,
    'De geregistreerde criminaliteit daalt al jaren; de dip in 2020–2021 hangt samen met de coronamaatregelen.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'misdrijven-totaal',
    'GM0758',
    '2025',
    'In het centrum van Breda daalde vooral het aantal fietsdiefstallen, na extra toezicht bij de stallingen.',
    'Gemeente Breda',
    '2026-05-06',
  ],
  [
    'woninginbraak',
    null,
    null,
    'Het aantal inbraken is sinds 2015 meer dan gehalveerd. Meer thuiswerken en beter hang- en sluitwerk spelen mee.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'woninginbraak',
    'de-baronie',
    null,
    'Buurtpreventie-apps en de inbraakpreventieweek houden het aantal laag; de daling zet in 2025 door.',
    'District De Baronie',
    '2026-04-20',
  ],
  [
    'geweldsmisdrijven',
    'GM0855',
    null,
    'Het geweld in het uitgaansgebied van Tilburg is stabiel; de inzet van cameratoezicht wordt in 2026 geëvalueerd.',
    'Gemeente Tilburg',
    '2026-05-12',
  ],
  [
    'winkeldiefstal',
    null,
    '2025',
    'De stijging sinds 2023 zien we landelijk ook; winkeliers doen vaker aangifte dankzij de digitale aangifte.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'high-impact-crimes',
    'hart-van-brabant',
    null,
    'Overvallen en straatroven zijn in Hart van Brabant zeldzaam geworden; inbraak bepaalt de trend.',
    'District Hart van Brabant',
    '2026-04-22',
  ],
  [
    'vernielingen-openbare-ruimte',
    'zeeland',
    '2025',
    'In de badplaatsen nemen vernielingen in het zomerseizoen toe; extra boa-inzet in Veere en Vlissingen.',
    'District Zeeland',
    '2026-04-28',
  ],
  [
    'drugsdumpingen',
    null,
    null,
    'Brabant blijft het zwaartepunt van drugsafvaldumpingen. Elke dumping kost de grondeigenaar gemiddeld tienduizenden euro’s aan sanering.',
    'RIEC Zeeland-West-Brabant',
    '2026-03-30',
  ],
  [
    'drugslabs-opslag',
    'de-markiezaten',
    null,
    'Het buitengebied van De Markiezaten blijft kwetsbaar; meer labs worden gevonden dankzij meldingen van boeren.',
    'District De Markiezaten',
    '2026-04-18',
  ],
  [
    'hennepkwekerijen-geruimd',
    null,
    null,
    'Minder ruimingen betekent niet per se minder teelt: de politie legt de prioriteit bij synthetische drugs.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'explosies-panden',
    null,
    null,
    'Het aantal explosies steeg sterk vanaf 2021, vaak in conflicten in het criminele milieu. Jonge daders worden geronseld via sociale media.',
    'Openbaar Ministerie Zeeland-West-Brabant',
    '2026-05-02',
  ],
  [
    'explosies-panden',
    'GM0748',
    '2025',
    'Na een reeks explosies in 2024 sloot de burgemeester enkele panden; in 2025 bleef het rustiger.',
    'Gemeente Bergen op Zoom',
    '2026-05-15',
  ],
  [
    'bibob-weigeringen',
    null,
    null,
    'Meer weigeringen wijzen vooral op meer en betere toetsing, niet op meer criminaliteit.',
    'RIEC Zeeland-West-Brabant',
    '2026-03-30',
  ],
  [
    'bibob-toetsen-eigen',
    'GM0716',
    null,
    'Tholen toetst sinds 2022 alle horeca- en exploitatievergunningen zelf met de Bibob-vragenlijst.',
    'Gemeente Tholen',
    '2026-05-20',
  ],
  [
    'riec-casussen',
    null,
    null,
    'Het aantal casussen groeit doordat gemeenten vaker signalen inbrengen; de doorlooptijd is gemiddeld anderhalf jaar.',
    'RIEC Zeeland-West-Brabant',
    '2026-03-30',
  ],
  [
    'damocles-sluitingen',
    null,
    null,
    'Sluitingen zijn een bestuurlijk instrument: het aantal zegt iets over de inzet van de burgemeester, niet alleen over de drugsmarkt.',
    'RIEC Zeeland-West-Brabant',
    '2026-03-30',
  ],
  [
    'mensenhandel-arbeidsuitbuiting',
    null,
    null,
    'Er zijn geen regionale cijfers; de landelijke trend laat een stijging zien die vooral op betere herkenning wijst.',
    'Taskforce-RIEC Brabant-Zeeland',
    '2026-04-02',
  ],
  [
    'mensenhandel-seksuele-uitbuiting',
    null,
    null,
    'Meldingen komen steeds vaker van zorg- en hulpverleners; de landelijke cijfers zijn een ondergrens.',
    'Taskforce-RIEC Brabant-Zeeland',
    '2026-04-02',
  ],
  [
    'mensenhandel-criminele-uitbuiting',
    null,
    null,
    'Criminele uitbuiting van jongeren (drugskoerier, geldezel) krijgt meer aandacht; de groei is deels zichtbaar geworden werk.',
    'Taskforce-RIEC Brabant-Zeeland',
    '2026-04-02',
  ],
  [
    'zo-onverklaarbare-woningaankopen',
    null,
    null,
    'Een onverklaarbare aankoop is een signaal, geen bewijs. Gebruik het dashboard Zicht op Ondermijning voor de achtergrond.',
    'RIEC Zeeland-West-Brabant',
    '2026-03-30',
  ],
  [
    'weerbaar-normscore',
    null,
    null,
    'Alle gemeenten hebben de zelfevaluatie ingevuld; de grootste winst zit in het awareness-deel van de norm.',
    'Taskforce-RIEC Brabant-Zeeland',
    '2026-04-02',
  ],
  [
    'weerbaar-awareness',
    null,
    null,
    'Het awareness-deel meet of medewerkers signalen van ondermijning herkennen en weten waar ze die melden, niet hoeveel trainingen er zijn gegeven.',
    'Taskforce-RIEC Brabant-Zeeland',
    '2026-04-02',
  ],
  [
    'e33-verward-gedrag',
    null,
    null,
    'De meldingen over verward gedrag blijven stijgen. Het gaat vaak om dezelfde personen; de aanpak loopt via het Zorg- en Veiligheidshuis.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'e33-verward-gedrag',
    'GM0687',
    '2025',
    'Sinds de inzet van een wijk-GGD’er in 2024 handelt de politie in Middelburg minder meldingen zelf af.',
    'Gemeente Middelburg',
    '2026-05-08',
  ],
  [
    'veilig-thuis-meldingen',
    null,
    null,
    'Sinds de aangescherpte meldcode in 2019 melden professionals eerder. Meer meldingen zijn dus niet per se meer geweld.',
    'Veilig Thuis West-Brabant',
    '2026-04-09',
  ],
  [
    'huiselijk-geweld-politie',
    null,
    '2020',
    'In de lockdowns was de zorg over huiselijk geweld groot; de politieregistraties stegen licht.',
    'Veilig Thuis Zeeland',
    '2026-04-09',
  ],
  [
    'halt-verwijzingen',
    null,
    null,
    'Meer verwijzingen kunnen ook wijzen op meer inzet van boa’s en politie op jeugd; het cijfer is daarom neutraal.',
    'Halt',
    '2026-04-11',
  ],
  [
    'jeugdoverlast-meldingen',
    null,
    '2020',
    'De piek in 2020 komt door meldingen over groepen jongeren tijdens de coronamaatregelen.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'problematische-jeugdgroepen',
    'de-markiezaten',
    null,
    'Twee groepen in Roosendaal zijn in 2025 van de shortlist gehaald na een persoonsgerichte aanpak.',
    'Zorg- en Veiligheidshuis De Markiezaten',
    '2026-05-04',
  ],
  [
    'steekincidenten',
    null,
    null,
    'Het aantal steekincidenten stijgt; vooral jongeren dragen vaker een mes. Scholen en jongerenwerk doen mee aan de campagne tegen wapenbezit.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'wapenbezit-minderjarigen',
    'hart-van-brabant',
    null,
    'Extra controles bij evenementen verklaren een deel van de stijging.',
    'District Hart van Brabant',
    '2026-04-22',
  ],
  [
    'ontruimingen-corporaties',
    null,
    null,
    'Corporaties ontruimen minder dan vóór 2020, omdat ze eerder ingrijpen bij betalingsachterstanden.',
    'Aedes (regionaal overleg corporaties)',
    '2026-04-25',
  ],
  [
    'woonoverlast-meldingen',
    null,
    null,
    'Woonoverlast steeg in de coronajaren en daalt sindsdien nauwelijks. Vaak spelen psychische problemen mee.',
    'Zorg- en Veiligheidshuis Hart van Brabant',
    '2026-05-04',
  ],
  [
    'zvh-casussen',
    'de-baronie',
    null,
    'Het Zorg- en Veiligheidshuis De Baronie behandelt meer casussen rond verward gedrag en woonoverlast.',
    'Zorg- en Veiligheidshuis De Baronie',
    '2026-05-04',
  ],
  [
    'slachtoffer-online-criminaliteit',
    null,
    null,
    'Online criminaliteit treft inmiddels bijna een op de zes inwoners; ouderen worden vaker slachtoffer van oplichting.',
    'CBS-contactpersoon Veiligheidsmonitor',
    '2026-03-20',
  ],
  [
    'registratie-online-fraude',
    null,
    null,
    'De registraties lopen achter bij de slachtofferschapscijfers: veel slachtoffers doen geen aangifte.',
    'Politie Zeeland-West-Brabant',
    '2026-04-14',
  ],
  [
    'fraude-vriend-in-nood',
    null,
    null,
    'De piek in 2021 is voorbij, maar oplichters stappen over op nieuwe trucs zoals de bankhelpdesk. Er zijn geen regionale cijfers.',
    'Fraudehelpdesk',
    '2026-03-25',
  ],
  [
    'fraude-phishing',
    null,
    null,
    'Alleen landelijk bekend. Phishing blijft de meest gemelde vorm van fraude.',
    'Fraudehelpdesk',
    '2026-03-25',
  ],
  [
    'onveilig-eigen-buurt',
    null,
    null,
    'Verschillen met Nederland zijn in de meeste gemeenten niet significant; kijk naar de marges.',
    'Analisten MIV',
    '2026-03-20',
  ],
  [
    'rapportcijfer-veiligheid-buurt',
    'zeeland',
    null,
    'Zeeuwen geven hun buurt een hoger cijfer dan gemiddeld in Nederland.',
    'District Zeeland',
    '2026-04-28',
  ],
  [
    'drugsoverlast-ervaren',
    'GM0718',
    null,
    'De drugsoverlast in Vlissingen concentreert zich in enkele straten; de gemeente zet in op woonoverlastaanpak.',
    'Gemeente Vlissingen',
    '2026-05-19',
  ],
  [
    'woningbranden',
    null,
    null,
    'Het aantal woningbranden is vrij stabiel; rookmelders zijn sinds 2022 verplicht in elke woning.',
    'Veiligheidsregio Midden- en West-Brabant',
    '2026-04-30',
  ],
  [
    'opkomsttijd-brandweer',
    'zeeland',
    null,
    'In het buitengebied van Zeeland is de normtijd lastig te halen; vrijwilligers en spreiding van posten bepalen het beeld.',
    'Veiligheidsregio Zeeland',
    '2026-04-30',
  ],
  [
    'verkeersgewonden',
    null,
    null,
    'De registratie van verkeersgewonden is onvolledig; ongevallen met alleen fietsers ontbreken vaak.',
    'Analisten MIV',
    '2026-03-20',
  ],
];

const OPVALLENDHEDEN = [
  [
    'markiezaten-2025-drugsafval',
    'de-markiezaten',
    'Drugsafval in het buitengebied',
    'In 2025 werden 10 dumpingen van drugsafval gevonden, minder dan in 2023 (13); het cijfer over 2024 is geheim. Ook werden er minder drugslabs en opslagplaatsen ontdekt (12, tegen 16 in 2024). Boeren melden dumpingen sneller via het meldpunt. De cijfers over 2025 zijn voorlopig.',
    ['drugsdumpingen', 'drugslabs-opslag'],
    '2026-04-18',
    true,
  ],
  [
    'markiezaten-2025-explosies',
    'de-markiezaten',
    'Explosies bij panden',
    'In 2025 waren er meer explosies bij panden in het district: 16, tegen 14 in 2024; bij zulke kleine aantallen kan dat toeval zijn. Er werden meer panden gesloten (36, tegen 33) en er komen extra camera’s. De cijfers over 2025 zijn voorlopig.',
    ['explosies-panden', 'damocles-sluitingen'],
    '2026-05-15',
    false,
  ],
  [
    'baronie-2025-inbraak',
    'de-baronie',
    'Woninginbraak in De Baronie blijft laag',
    'Sinds 2015 daalde woninginbraak in De Baronie van 4,8 naar 1,6 per 1.000 inwoners in 2025 (voorlopig); sinds 2022 ligt het rond dat niveau. Het district houdt de preventie op peil.',
    ['woninginbraak', 'high-impact-crimes'],
    '2026-04-20',
    true,
  ],
  [
    'baronie-2025-verward',
    'de-baronie',
    'Verward gedrag vraagt om zorg, niet alleen politie',
    'De meldingen E33 stegen van 4,7 per 1.000 inwoners in 2015 naar 7,4 in 2025; na 2023 (8,1) daalden ze iets. Het Zorg- en Veiligheidshuis had meer complexe casussen (379, tegen 327 in 2024). De gemeenten en de GGD onderzoeken een gezamenlijke meldroute. De cijfers over 2025 zijn voorlopig.',
    ['e33-verward-gedrag', 'zvh-casussen'],
    '2026-05-04',
    true,
  ],
  [
    'hvb-2025-messen',
    'hart-van-brabant',
    'Jongeren en messen',
    'In 2025 waren er minder steekincidenten (65, tegen 71 in 2024) en werden minder minderjarigen aangehouden voor wapenbezit (26, tegen 34); de cijfers over 2025 zijn voorlopig. Het district houdt de campagne met scholen vol.',
    ['steekincidenten', 'wapenbezit-minderjarigen'],
    '2026-04-22',
    true,
  ],
  [
    'hvb-2025-haaren',
    'hart-van-brabant',
    'Let op: Haaren opgeheven',
    'Sinds 2021 tellen delen van Haaren mee bij Oisterwijk en Tilburg; andere delen vallen buiten het district: de cijfers vanaf 2021 zijn niet te vergelijken met die van de jaren ervoor.',
    ['misdrijven-totaal'],
    '2026-03-10',
    false,
  ],
  [
    'zeeland-2025-zomer',
    'zeeland',
    'Zomerdrukte aan de kust',
    'Vernielingen en overlast pieken in de badplaatsen in het hoogseizoen.',
    ['vernielingen-openbare-ruimte', 'jeugdoverlast-meldingen'],
    '2026-04-28',
    false,
  ],
  [
    'zeeland-2025-online',
    'zeeland',
    'Online oplichting ook in Zeeland vaker',
    'Sinds 2021, na de trendbreuk in de Veiligheidsmonitor, steeg het slachtofferschap van online oplichting in Zeeland van 9,2\u00a0% naar 11,2\u00a0% in 2025, en in Nederland van 10,0\u00a0% naar 11,5\u00a0%. De bij de politie geregistreerde online fraude bleef in 2025 gelijk aan 2024: 6,3 per 1.000 inwoners (voorlopig).',
    ['slachtoffer-online-oplichting', 'registratie-online-fraude'],
    '2026-04-28',
    true,
  ],
];

// ---------------------------------------------------------------------------------------------

function periodsOf(indicator, profile) {
  const from = profile.from ?? FIRST_YEAR;
  const years = [];
  for (let y = from; y <= LAST_YEAR; y++) years.push(y);
  switch (indicator.frequency) {
    case 'tweejaarlijks':
      return SURVEY_YEARS.map((y) => ({ period: String(y), year: y, share: 1 }));
    case 'onregelmatig':
      return IRREGULAR_YEARS.map((y) => ({ period: String(y), year: y, share: 1 }));
    case 'halfjaar':
      return years.flatMap((y) =>
        [1, 2].map((h) => ({ period: `${y}-H${h}`, year: y + (h - 1) / 2, share: profile.stock ? 1 : 0.5 })),
      );
    default:
      return years.map((y) => ({ period: String(y), year: y, share: 1 }));
  }
}

const DISTRICT_GROUP = { zeeland: 'zeeland' };

function regionFactor(profile, district) {
  const region = profile.region ?? {};
  return region[DISTRICT_GROUP[district] ?? 'brabant'] ?? 1;
}

/** Town size as a factor around 1: Tilburg ≈ 1.6, Baarle-Nassau ≈ 0.65. */
const urbanity = (population) => (population / 40_000) ** 0.25;

/**
 * Respondents of the Veiligheidsmonitor in an area and period: a gemeente's by its size; a district
 * and the unit pool those of the gemeenten in them, so their margins are smaller than any part's.
 */
function sampleSize(area, areas, period) {
  if (area.level === 'land') return 140_000;
  if (area.level === 'gemeente') {
    const people = area.population;
    return people >= 70_000 ? 1_500 : people >= 30_000 ? 900 : people >= 15_000 ? 550 : 350;
  }
  return areas
    .filter((a) => a.parent === area.id && existsIn(a, period))
    .reduce((sum, a) => sum + sampleSize(a, areas, period), 0);
}

/** Half-width of the 95 % interval, with a design effect of 1.2 for the survey's weighting. */
function margin(indicator, profile, value, n) {
  const sd = indicator.unit.startsWith('%') ? Math.sqrt((value / 100) * (1 - value / 100)) * 100 : profile.sd;
  return 1.96 * 1.2 * (sd / Math.sqrt(n));
}

function denominatorOf(profile, indicator, area, year) {
  if (profile.fixedDenominator) return profile.fixedDenominator;
  const people = population(area, Math.floor(year));
  const share = profile.denominator ?? 1;
  return Math.round(people * share);
}

function makeValues(indicator, profile, areas) {
  const rows = [];
  const gemeenten = areas.filter((a) => a.level === 'gemeente');
  const districts = areas.filter((a) => a.level === 'district');
  const periods = periodsOf(indicator, profile);
  const scale = rateScale(indicator);
  const isSurvey = indicator.kind === 'survey';
  // Survey results are published final: CBS never marks them voorlopig.
  const statusOf = (p) => (!isSurvey && Math.floor(p.year) === LAST_YEAR ? 'provisional' : undefined);
  const nlValue = (p) => trend(profile.nl, Math.floor(p.year)) * p.share;
  const spread = profile.spread ?? (isSurvey ? 0.1 : 0.18);

  // Town size shifts gemeenten around the unit's level instead of lifting the whole unit.
  const urban = (area) => urbanity(area.population) ** (profile.urban ?? 0);
  const current = gemeenten.filter((a) => !a.validTo);
  const urbanNorm =
    current.reduce((sum, a) => sum + a.population * urban(a), 0) / current.reduce((sum, a) => sum + a.population, 0);

  /** A level that persists per area (between-area differences) and drifts slowly over the years. */
  const areaLevel = (area) => {
    const random = stream(indicator.id, area.id, 'level');
    const district = area.level === 'district' ? area.id : area.parent;
    const size = area.level === 'gemeente' ? urban(area) / urbanNorm : 1;
    // Districts are large: they differ less from each other than gemeenten do.
    const areaSpread = area.level === 'gemeente' ? spread : spread / 2;
    const base = regionFactor(profile, district) * size * Math.exp(areaSpread * boundedGauss(random));
    const drift = (spread / 10) * boundedGauss(random);
    return (year) => base * (1 + drift * (year - 2020));
  };

  if (indicator.lowestLevel === 'land' || profile.national !== false || isSurvey) {
    const random = stream(indicator.id, 'NL01');
    for (const p of periods) {
      let value = nlValue(p) * (1 + 0.01 * gauss(random));
      if (indicator.kind === 'count') value = Math.round(value);
      const row = { indicator: indicator.id, area: 'NL01', period: p.period, value: round(value, indicator.decimals) };
      if (isSurvey)
        row.margin = round(margin(indicator, profile, value, sampleSize({ level: 'land' })), indicator.decimals + 1);
      if (indicator.kind === 'count') row.denominator = Math.round(NATIONAL_POPULATION * growth(Math.floor(p.year)));
      row.status = statusOf(p);
      rows.push(row);
    }
  }
  if (indicator.lowestLevel === 'land') return rows;
  rows.push(...sizeClassRows(indicator, profile, periods, { nlValue, statusOf, scale }));

  if (isSurvey) {
    // Survey figures come from the source per level and are never summed; but the true value of a
    // district is the population-weighted mean of its gemeenten, so the levels tell one story.
    const truths = new Map();
    const weightedMean = (parts, year, p) => {
      const weights = parts.map((a) => (a.level === 'gemeente' ? population(a, year) : sumPopulation(areas, a, year)));
      const total = weights.reduce((sum, w) => sum + w, 0);
      return parts.reduce((sum, a, i) => sum + truths.get(a.id)(p) * weights[i], 0) / total;
    };
    const units = [
      ...(indicator.lowestLevel === 'gemeente' ? gemeenten : []),
      ...districts,
      ...areas.filter((a) => a.level === 'eenheid'),
    ];
    for (const area of units) {
      const children = units.filter((a) => a.parent === area.id);
      const level = areaLevel(area);
      truths.set(area.id, (p) =>
        children.length > 0
          ? weightedMean(
              children.filter((a) => existsIn(a, p.period)),
              Math.floor(p.year),
              p,
            )
          : nlValue(p) * level(p.year),
      );
      const random = stream(indicator.id, area.id, 'values');
      for (const p of periods) {
        if (!existsIn(area, p.period)) continue;
        const truth = truths.get(area.id)(p);
        const n = sampleSize(area, areas, p.period);
        const half = margin(indicator, profile, truth, n);
        const value = Math.max(0, truth + (half / 1.96) * gauss(random));
        rows.push({
          indicator: indicator.id,
          area: area.id,
          period: p.period,
          value: round(value, indicator.decimals),
          // From the true share, as the survey's design gives it: a draw near 0 % would give a
          // small gemeente a narrower interval than its district.
          margin: round(half, indicator.decimals + 1),
          status: statusOf(p),
        });
      }
    }
    return rows;
  }

  // Counts, rates and percentages: counts per area, from which the builder computes the values
  // and the sums for districts and the unit.
  const counted = indicator.lowestLevel === 'gemeente' ? gemeenten : districts;
  for (const area of counted) {
    const level = areaLevel(area);
    const random = stream(indicator.id, area.id, 'values');
    for (const p of periods) {
      if (!existsIn(area, p.period)) continue;
      const people =
        area.level === 'gemeente'
          ? population(area, Math.floor(p.year))
          : sumPopulation(areas, area, Math.floor(p.year));
      const yearNoise = Math.exp(0.05 * gauss(random));
      const expected = nlValue(p) * level(p.year) * yearNoise;
      const row = { indicator: indicator.id, area: area.id, period: p.period, value: null, status: statusOf(p) };
      if (indicator.kind === 'count') {
        row.count = poisson(random, (expected * people) / NATIONAL_POPULATION);
        // Inhabitants, so that the count can also be read per inwoner.
        row.denominator = people;
      } else {
        const denominator =
          area.level === 'gemeente'
            ? denominatorOf(profile, indicator, area, p.year)
            : Math.round(people * (profile.denominator ?? 1));
        const share = Math.min(0.99, expected / scale);
        row.denominator = denominator;
        // Self-evaluations are tallies, not samples; shares of a known whole vary binomially.
        if (profile.exact) row.count = Math.round(share * denominator);
        else if (indicator.kind === 'percentage') row.count = binomial(random, denominator, share);
        else row.count = Math.min(denominator, poisson(random, share * denominator));
      }
      rows.push(row);
    }
  }
  return rows;
}

/** A typical Dutch gemeente, against which a size class is larger or smaller. */
const TYPICAL_GEMEENTE = 45_000;

/**
 * The national value per size class, as CBS publishes it for every Dutch gemeente of the class: its
 * counts and inhabitants (so the builder computes the rate), or a survey value with its margin. Not
 * for self-evaluations and fixed bases, and not for indicators that add another's counts.
 */
function sizeClassRows(indicator, profile, periods, { nlValue, statusOf, scale }) {
  if (indicator.lowestLevel !== 'gemeente' || profile.exact || profile.fixedDenominator || profile.adds) return [];
  if (indicator.kind !== 'survey' && profile.national === false) return [];
  const rows = [];
  for (const c of SIZE_CLASSES) {
    const id = `grootteklasse-${c.id}-nl`;
    const random = stream(indicator.id, id);
    const size = (urbanity(Math.sqrt(c.from * c.to)) / urbanity(TYPICAL_GEMEENTE)) ** (profile.urban ?? 0);
    for (const p of periods) {
      const people = Math.round(c.nationalPopulation * growth(Math.floor(p.year)));
      const expected = nlValue(p) * size * Math.exp(0.03 * gauss(random));
      const row = { indicator: indicator.id, area: id, period: p.period, value: null, status: statusOf(p) };
      if (indicator.kind === 'survey') {
        const n = Math.round((sampleSize({ level: 'land' }) * c.nationalPopulation) / NATIONAL_POPULATION);
        row.value = round(expected, indicator.decimals);
        row.margin = round(margin(indicator, profile, expected, n), indicator.decimals + 1);
      } else if (indicator.kind === 'count') {
        row.count = poisson(random, (expected * people) / NATIONAL_POPULATION);
        row.denominator = people;
      } else {
        const denominator = Math.round(people * (profile.denominator ?? 1));
        const share = Math.min(0.99, expected / scale);
        row.denominator = denominator;
        row.count =
          indicator.kind === 'percentage' ? binomial(random, denominator, share) : poisson(random, share * denominator);
      }
      rows.push(row);
    }
  }
  return rows;
}

/** Inhabitants of a district or the unit: the sum over the gemeenten below it that existed that year. */
function sumPopulation(areas, area, year) {
  return areas
    .filter((a) => a.parent === area.id && existsIn(a, String(year)))
    .reduce((sum, a) => sum + (a.level === 'gemeente' ? population(a, year) : sumPopulation(areas, a, year)), 0);
}

function notesFor(rows) {
  for (const row of rows) {
    if (row.area === ALTENA && row.period.startsWith(String(ALTENA_YEAR)) && !row.period.endsWith('H2'))
      row.note = 'Nieuwe gemeente Altena, gevormd uit Aalburg, Werkendam en Woudrichem.';
    if (HAAREN_SHARES[row.area] && row.period.startsWith(String(HAAREN_SPLIT_YEAR)) && !row.period.endsWith('H2'))
      row.note = 'Inclusief een deel van de voormalige gemeente Haaren.';
  }
}

function breaksFor(indicator, profile) {
  const halfYears = indicator.frequency === 'halfjaar';
  const at = (year) => (halfYears ? `${year}-H1` : String(year));
  const breaks = [];
  if (indicator.lowestLevel !== 'land') {
    // The builder recomputes Altena's history from its predecessors' counts; survey figures cannot be summed.
    const recomputed = isAdditive(indicator);
    if (indicator.lowestLevel === 'gemeente' && !recomputed && (profile.from ?? FIRST_YEAR) < ALTENA_YEAR)
      breaks.push(BREAKS.altena(at(ALTENA_YEAR)));
    breaks.push(BREAKS.haaren(at(HAAREN_SPLIT_YEAR), indicator.lowestLevel === 'gemeente'));
  }
  if (indicator.kind === 'survey') breaks.push(BREAKS.survey);
  if (indicator.id.startsWith('veilig-thuis')) breaks.push(BREAKS.meldcode);
  return breaks.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/**
 * A count per inwoner, in the base the police use for events of its frequency: per 1.000 inwoners,
 * or per 10.000 or 100.000 for rarer ones, so a rate reads as 2,4 rather than 0,002.
 */
function rateOfCount(profile) {
  const perThousand = (trend(profile.nl, LAST_YEAR) / NATIONAL_POPULATION) * 1_000;
  const per = perThousand >= 1 ? 1_000 : perThousand >= 0.1 ? 10_000 : 100_000;
  return { unit: `per ${thousands(per)} inwoners`, per };
}

/** Fewer decimals would flatten rates below 1 per 1.000 into 0,2 and 0,3. */
function decimalsOf(indicator, profile) {
  if (profile.decimals !== undefined) return profile.decimals;
  if (indicator.kind === 'rate' && Math.min(...Object.values(profile.nl)) < 1) return 2;
  return indicator.decimals;
}

function enrich(indicator) {
  const profile = PROFILES[indicator.id];
  if (!profile) throw new Error(`Geen profiel voor indicator ${indicator.id}`);
  const url = profile.url ?? SOURCE_URLS.find(([pattern]) => pattern.test(indicator.source.name))?.[1];
  const sourceId = SOURCE_IDS.find(([pattern]) => pattern.test(indicator.source.name))?.[1];
  const enriched = {
    ...indicator,
    shortTitle: profile.s,
    unit: profile.unit ?? indicator.unit,
    decimals: decimalsOf(indicator, profile),
    definition: profile.d,
    ...(profile.explanation ? { explanation: profile.explanation } : {}),
    source: { name: indicator.source.name, ...(url ? { url } : {}), ...(sourceId ? { id: sourceId } : {}) },
  };
  if (indicator.lowestLevel === 'land')
    enriched.explanation = 'Alleen landelijk beschikbaar: de monitor toont hiervoor de landelijke trend.';
  else if (indicator.kind === 'count') enriched.rate = rateOfCount(profile);
  const breaks = breaksFor(enriched, profile);
  return {
    indicator: {
      ...enriched,
      ...(breaks.length > 0 ? { breaks } : {}),
      ...(profile.covid ? { specialPeriods: [COVID] } : {}),
    },
    profile,
  };
}

function buildAreas(table) {
  const areas = [];
  const issues = [];
  const fromCsv = areasFromTable(table, issues);
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  for (const area of fromCsv) {
    const row = table.rows.find((r) => r.record.id === area.id);
    const population = Number(row.record.approx_population);
    if (area.id === ALTENA) {
      areas.push({
        ...area,
        validFrom: `${ALTENA_YEAR}-01-01`,
        predecessors: ALTENA_PREDECESSORS.map((a) => a.id),
        population,
      });
      for (const old of ALTENA_PREDECESSORS)
        areas.push({
          id: old.id,
          name: old.name,
          level: 'gemeente',
          parent: area.parent,
          validTo: `${ALTENA_YEAR - 1}-12-31`,
          population: old.population / growth(ALTENA_YEAR - 1),
        });
    } else {
      areas.push({ ...area, ...(HAAREN_SHARES[area.id] ? { predecessors: [HAAREN.id] } : {}), population });
      if (area.id === 'GM0824')
        areas.push({
          id: HAAREN.id,
          name: HAAREN.name,
          level: 'gemeente',
          parent: area.parent,
          validTo: `${HAAREN_SPLIT_YEAR - 1}-12-31`,
          population: HAAREN.population / growth(HAAREN_SPLIT_YEAR - 1),
        });
    }
  }
  return areas;
}

/** Themes from `themes.csv`, with the link a theme carries (Zicht op Ondermijning). */
function buildThemes(table) {
  return table.rows.map(({ record }) => ({
    id: record.id,
    title: record.title,
    order: Number(record.order),
    ...(record.link_url ? { link: { title: record.link_title, url: record.link_url } } : {}),
  }));
}

/**
 * Primary suppression: a small count in a small gemeente, and the rate or percentage resting on it,
 * is secret. Not for self-evaluations, whose counts are norm elements, not people or events. Run
 * once a row's count is final (after `addOnto`), so a sum is judged by what it publishes.
 */
function suppressSmallCounts(rows, profile, areas) {
  if (profile.exact) return;
  const small = new Set(areas.filter((a) => a.level === 'gemeente' && a.population < SMALL_GEMEENTE).map((a) => a.id));
  for (const row of rows)
    if (small.has(row.area) && row.count > 0 && row.count < SUPPRESS_BELOW) row.status = 'suppressed';
}

/**
 * A count of exactly 0 is a true zero, which CBS prints as `–` (nihil), not as `0`: that reads as a
 * figure rounded down to less than half its unit. So is the rate or percentage resting on it. A
 * provisional zero keeps its `*`, as a value has one status. The sample's counts are never rounded to
 * multiples of 5, where a 0 would not be a true zero.
 */
function markNil(rows, indicator) {
  for (const row of rows) {
    const count = row.count ?? (indicator.kind === 'count' ? row.value : undefined);
    if (count === 0 && row.status === undefined) row.status = 'nil';
  }
}

/**
 * Adds the counts of the indicator a profile `adds` to this one's, area by area and period by
 * period; a Nederland value, which has no counts, adds the other's value.
 */
function addOnto(rows, base, indicator) {
  const baseRow = new Map(base.map((r) => [`${r.area}|${r.period}`, r]));
  for (const row of rows) {
    const other = baseRow.get(`${row.area}|${row.period}`);
    if (!other) throw new Error(`${indicator.id}: geen ${row.area} ${row.period} om bij op te tellen`);
    if (row.count !== undefined) {
      if (row.denominator !== other.denominator)
        throw new Error(`${indicator.id}: andere noemer dan ${other.indicator}`);
      row.count += other.count;
    } else row.value = round(row.value + other.value, indicator.decimals);
  }
}

/** The partner an author writes for: the organisation, without its region or gemeente. */
function partnerOf(author) {
  const partner = [
    [/^Politie/, 'Politie'],
    [/^Gemeente /, 'Gemeente'],
    [/^District /, 'Gemeenten in het district'],
    [/RIEC/, 'RIEC'],
    [/^Openbaar Ministerie/, 'Openbaar Ministerie'],
  ].find(([pattern]) => pattern.test(author))?.[1];
  return partner ? { partner } : {};
}

/** Who writes a district's opvallendheden: its analyst, for the partners at the district table. */
const OPVALLENDHEID_AUTHORS = {
  'de-markiezaten': { author: 'Analist district De Markiezaten', partner: 'Politie' },
  'de-baronie': { author: 'Veiligheidsadviseur De Baronie', partner: 'Gemeente Breda' },
  'hart-van-brabant': { author: 'Analist district Hart van Brabant', partner: 'Gemeente Tilburg' },
  zeeland: { author: 'Districtsanalist Zeeland', partner: 'Politie' },
};

/** One line per theme, area, indicator and series: small diffs in git, and still readable. */
function format(feed) {
  const lines = ['{', `  "schemaVersion": ${feed.schemaVersion},`, `  "meta": ${JSON.stringify(feed.meta)},`];
  const lists = ['themes', 'areas', 'indicators', 'series', 'duiding', 'opvallendheden', 'areaGroups', 'sources'];
  lists.forEach((key, i) => {
    const items = feed[key].map((item) => `    ${JSON.stringify(item)}`).join(',\n');
    lines.push(`  "${key}": [\n${items}\n  ]${i < lists.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

export async function generateSampleFeed() {
  const indicatorIssues = [];
  const catalogue = indicatorsFromTable(
    await readCsvFile(fileURLToPath(new URL('indicators.csv', HERE))),
    indicatorIssues,
  );
  if (indicatorIssues.length > 0) throw new Error(indicatorIssues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const areas = buildAreas(await readCsvFile(fileURLToPath(new URL('areas.csv', HERE))));
  const themes = buildThemes(await readCsvFile(fileURLToPath(new URL('themes.csv', HERE))));
  const sourceIssues = [];
  const sources = sourcesFromTable(await readCsvFile(fileURLToPath(new URL('sources.csv', HERE))), sourceIssues);
  if (sourceIssues.length > 0) throw new Error(sourceIssues.map((i) => `${i.path}: ${i.message}`).join('\n'));

  const indicators = [];
  const values = [];
  const rowsOf = new Map();
  for (const entry of catalogue) {
    const { indicator, profile } = enrich(entry);
    indicators.push(indicator);
    const rows = makeValues(indicator, profile, areas);
    if (profile.adds) addOnto(rows, rowsOf.get(profile.adds), indicator);
    suppressSmallCounts(rows, profile, areas);
    markNil(rows, indicator);
    rowsOf.set(indicator.id, rows);
    notesFor(rows);
    for (const row of rows) {
      for (const key of Object.keys(row)) if (row[key] === undefined) delete row[key];
      values.push(row);
    }
  }

  const { feed, warnings, suppressed } = assembleFeed({
    meta: {
      title: 'Monitor Integrale Veiligheid Zeeland-West-Brabant (voorbeeldfeed)',
      publisher: 'MIV widgets (fictieve voorbeelddata)',
      licence: 'CC0-1.0',
      language: 'nl',
      published: '2026-03-02',
      updated: '2026-06-15',
      sample: true,
      description:
        'Fictieve cijfers met een realistische schaal, voor demo’s en tests. Gebruik ze nooit als echte cijfers over een gemeente.',
    },
    themes,
    areas: areas.map(({ population: _population, ...area }) => area),
    areaGroups: sizeClassGroups(),
    indicators,
    values,
    secretBelow: SUPPRESS_BELOW,
    duiding: DUIDING.map(([indicator, area, period, text, author, date]) => ({
      indicator,
      ...(area ? { area } : {}),
      ...(period ? { period } : {}),
      text,
      author,
      ...partnerOf(author),
      date,
    })),
    opvallendheden: OPVALLENDHEDEN.map(([id, district, title, text, ids, date, shared]) => ({
      id,
      district,
      title,
      text,
      indicators: ids,
      date,
      shared,
      ...OPVALLENDHEID_AUTHORS[district],
      // The ids say the year the finding is about: markiezaten-2025-drugsafval.
      period: /-(\d{4})-/.exec(id)[1],
    })),
    sources,
  });
  if (warnings.length > 0) throw new Error(`Waarschuwingen van de bouw:\n${warnings.join('\n')}`);
  return { text: format(feed), suppressed };
}

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : fileURLToPath(new URL('sample-feed.json', HERE));
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { text, suppressed } = await generateSampleFeed();
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}; ${suppressed.length} cells suppressed to protect others\n`);
}
