#!/usr/bin/env node
/**
 * `miv-feed`: the data teams' command for the indicator feed. Node only; never part of the browser
 * bundle. Every failure ends in a plain message and exit code 1, never a stack trace.
 */
import { access, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { crossCheck, parseFeedShape } from '../feed/validate.js';
import { feedJsonSchema, unknownFields } from '../feed/json-schema.js';
import { MivError, type FeedIssue } from '../feed/errors.js';
import {
  areasFromTable,
  assembleFeed,
  groupsFromTable,
  duidingFromTable,
  indicatorsFromTable,
  opvallendhedenFromTable,
  sourcesFromTable,
  valuesFromTable,
  type CsvTable,
  type SecondarySuppression,
  unwritableMarginWarning,
} from '../feed/build.js';
import { breaksFromTable, specialPeriodsFromTable, withBreaks } from '../feed/breaks-table.js';
import { disclosureIssues, type ProtectionRole } from '../feed/disclosure.js';
import { feedProblems } from '../feed/plausibility.js';
import type { Feed } from '../feed/schema.js';
import { decodeText, InputError, MAX_INPUT_BYTES, MAX_INPUT_MB, parseJson, readCsvFile, readTextFile } from './csv.js';

const HELP = `miv-feed — werk met de MIV-indicatorfeed

Gebruik:
  miv-feed validate <bestand-of-url>   controleer een feed (exit 0 = goed, 1 = fouten)
  miv-feed build [map] [opties]        maak een feed uit CSV-bestanden
  miv-feed schema                      print het JSON Schema van de feed
  miv-feed <opdracht> --help           hulp bij een opdracht
`;

const VALIDATE_HELP = `Gebruik: miv-feed validate <bestand-of-url>

Controleert vorm, verwijzingen en waarden van een feed en meldt elke fout met haar JSON-pad,
bijvoorbeeld "indicators[12].polarity: …". Een geheim cijfer dat uit gepubliceerde totalen en
deelcijfers is af te leiden, is ook een fout. Een marge van 0 bij een cijfer geeft alleen een
waarschuwing ("let op: …"): de widgets tonen het cijfer dan zonder marge, als niet getoetst.
Exit 0 als de feed goed is, anders 1.
Bestanden en downloads groter dan ${MAX_INPUT_MB} MB worden geweigerd, net als tekst die geen UTF-8 is.
`;

const SCHEMA_HELP = `Gebruik: miv-feed schema

Print het JSON Schema van de feed (schemaVersion 1), gemaakt uit hetzelfde schema waarmee de
widgets valideren. Bewaar het met: miv-feed schema > feed.schema.json
`;

const BUILD_HELP = `Gebruik: miv-feed build [map] [--out feed.json] [--indicators f] [--areas f] [--values f] [--meta f]
                      [--groups f] [--sources f] [--duiding f] [--opvallendheden f]
                      [--breaks f] [--special-periods f] [--secret-below n]

Maakt een feed uit vier bestanden in [map] (standaard de huidige map), en zes die er mogen zijn:
  indicators.csv  id, title (of name), theme (een id uit de themes van meta.json), unit, kind,
                  polarity, lowest_level, frequency, chain_step, source;
                  optioneel short_title, definition, explanation, decimals, source_url,
                  source_id (een id uit sources.csv; bronnen zonder source_id die alleen in
                  volgorde, hoofdletters of spaties verschillen, zoals "Aedes / corporaties" en
                  "corporaties / Aedes", krijgen de naam uit de eerste regel),
                  instruments (titel|url; meerdere gescheiden door ;), in_sentence (de woorden
                  in een zin, {value} voor het getal: {value} drugsafvaldumpingen),
                  in_sentence_one (dezelfde voor het getal 1: {value} drugsafvaldumping), en voor
                  een telling die ook per inwoner kan: rate_unit (per 1.000 inwoners), rate_per
                  (1000; alleen nodig als rate_unit geen getal noemt) en rate_decimals;
                  asked_for_in_seed (uit de catalogus) wordt overgeslagen
  areas.csv       id, name, level (land of nederland, eenheid, district, gemeente), parent (een id
                  uit areas.csv); optioneel valid_from, valid_to (JJJJ-MM-DD of D-M-JJJJ),
                  predecessors (ids, gescheiden door ;); approx_population en note (uit de
                  catalogus) worden overgeslagen
  values.csv      indicator, area, period (2024, 2024-H1, 2024-Q3), value;
                  optioneel status (definitive of definitief, provisional of * of voorlopig,
                  revised-provisional of ** of nader voorlopig, suppressed of x of geheim,
                  no-data of . of gegevens ontbreken, nil of – of nihil, not-applicable),
                  margin (halve breedte 95 %-interval), note, count, denominator (hele getallen;
                  bij een telling met rate_unit: het aantal inwoners, of de eigen noemer)
  groups.csv      (optioneel) vergelijkbare gebieden: id, name, rule (waarom ze bij elkaar horen), members
                  (ids, gescheiden door ;); optioneel partial (ja: de groep is groter dan de feed,
                  haar cijfers staan in values.csv met de groep als area)
  meta.json       {"meta": {...}, "themes": [...], "duiding": [...], "opvallendheden": [...]}
  sources.csv     (optioneel) id, name; optioneel publisher, url, table_id, table_title, table_url,
                  published, next_update (JJJJ-MM-DD of D-M-JJJJ), frequency, lowest_level,
                  contact_name, contact_email, contact_url, links (titel|url; meerdere gescheiden door ;)
  duiding.csv     (optioneel) indicator, text, author, date; optioneel area, period, partner
  opvallendheden.csv
                  (optioneel) id, district, title, text, indicators (ids gescheiden door ;), date,
                  shared (ja of nee); optioneel author, partner, area, period
  breaks.csv      (optioneel) trendbreuken: indicator (id, of * voor alle), period (eerste periode
                  na de breuk), reason; optioneel areas (ids gescheiden door ;). Zonder areas
                  geldt de breuk voor alle gebieden.
  special_periods.csv
                  (optioneel) bijzondere perioden: indicator (id of *), from, to, label; optioneel reason

Regels:
  - Een lege value met count (en denominator bij rates en percentages) wordt berekend.
  - Ontbrekende waarden van districten en de eenheid worden berekend als Σcounts / Σdenominators
    van de gebieden eronder die in die periode bestonden; nooit als gemiddelde van cijfers.
    Ook onderdrukte waarden tellen mee: hun telling is bekend, alleen niet publiek.
  - De geschiedenis van een samengevoegde gemeente (met valid_from en predecessors) wordt
    herberekend als de som van haar voorgangers, op de indeling van nu; een district met sommige
    maar niet alle van die gemeenten krijgt een trendbreuk. Na een opheffing of splitsing (valid_to; wie
    een deel kreeg, noemt de gemeente bij predecessors) kan herberekenen niet: elke reeks erover
    krijgt een trendbreuk, ook in district en eenheid; noemt niemand haar, dan volgt een
    waarschuwing, tenzij een breuk in breaks.csv op die dag haar noemt (bij areas of in reason).
    Een breuk in breaks.csv op dezelfde dag voor dezelfde gebieden gaat voor. Twee rijen in
    breaks.csv op dezelfde dag voor dezelfde gebieden met een andere reason worden één breuk die
    beide redenen geeft.
  - Een groep (niet partial) krijgt Σcounts / Σdenominators van haar leden; surveycijfers worden
    nooit opgeteld of gemiddeld. Zijn alle leden geheim, dan is de groep dat ook; de secundaire
    onderdrukking telt elke groep als een som, zodat geen lid via de groep is af te leiden.
  - Secundaire onderdrukking: is een geheim cijfer af te leiden uit een gepubliceerd totaal en de
    andere cijfers eronder, dan wordt het kleinste andere cijfer of het totaal ook afgeschermd, op
    elk niveau, tot niets meer is af te leiden. De uitvoer noemt elke extra afgeschermde cel.
    Ook de grootte van de sommen telt: een geheim aantal is minstens 1, dus twee geheime cijfers
    die samen 2 zijn, zijn elk 1. Bij rates en percentages tellen de aantallen erachter.
  - --secret-below n: de bron maakt aantallen van 1 tot n geheim (bijvoorbeeld 5: 1 tot en met 4).
    Wie die regel kent, weet dat twee zulke geheime cijfers die samen 8 zijn, elk 4 zijn; de
    secundaire onderdrukking laat dan voor elk minstens twee waarden open.
  - Een kolom die hier niet staat, of die twee keer in de kopregel staat, wordt geweigerd (een
    verschreven "staus" zou anders een geheim cijfer publiceren); een lege rij (;;;;) wordt
    overgeslagen.
  - Bestanden zijn UTF-8 (Excel: "CSV UTF-8 (door komma's gescheiden)").
  - Getallen volgen het scheidingsteken. Met ; (Nederlandse Excel): decimale komma, en een punt
    alleen tussen duizendtallen: 1.500, 1.234,5, 4,5; een punt ergens anders (1.5) is dubbelzinnig
    en wordt geweigerd. Met , : decimale punt (4.5), of tussen aanhalingstekens "4,5" of
    "1.234,5". Verder alleen cijfers, met eventueel een min vooraan: geen 1e3 of 0x1F. count,
    denominator en de value van een telling (kind count) zijn hele getallen van 0 of meer, in een
    ,-bestand zonder punt tussen duizendtallen (69000, niet 69.000).
  - De feed wordt gecontroleerd voordat hij wordt geschreven; zonder --out gaat hij naar stdout.
`;

/** Lines one message gets before the rest are counted: a feed may be broken alike 20.000 times. */
const LINES_PER_MESSAGE = 10;

function printIssues(issues: FeedIssue[], label: string): void {
  const times = new Map<string, number>();
  for (const issue of issues) {
    const n = (times.get(issue.message) ?? 0) + 1;
    times.set(issue.message, n);
    if (n <= LINES_PER_MESSAGE) console.error(`${issue.path}: ${issue.message}`);
  }
  for (const [message, n] of times)
    if (n > LINES_PER_MESSAGE) console.error(`… en nog ${dutchNumber.format(n - LINES_PER_MESSAGE)} keer: ${message}`);
  console.error(`${label}: ${dutchNumber.format(issues.length)} ${issues.length === 1 ? 'fout' : 'fouten'}`);
}

const dutchNumber = new Intl.NumberFormat('nl-NL');

/** `1 indicator`, `2 indicatoren`. */
const counted = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

function summary(feed: Feed): string {
  return [
    counted(feed.indicators.length, 'indicator', 'indicatoren'),
    counted(feed.areas.length, 'gebied', 'gebieden'),
    counted(feed.series.length, 'reeks', 'reeksen'),
    counted(feed.duiding.length, 'duiding', 'duidingen'),
    counted(feed.opvallendheden.length, 'opvallendheid', 'opvallendheden'),
    ...(feed.sources ? [counted(feed.sources.length, 'bron', 'bronnen')] : []),
  ].join(', ');
}

/** Per value with a margin of 0 (or one too small to write), a warning by its path (`unwritableMarginWarning`). */
function zeroMarginWarnings(feed: Feed): string[] {
  return feed.series.flatMap((s, i) =>
    (s.margins ?? []).flatMap((margin, j) => {
      const warning = s.values[j] == null ? undefined : unwritableMarginWarning(margin);
      return warning ? [`series[${i}].margins[${j}]: ${warning}`] : [];
    }),
  );
}

/** Downloads a feed, stopping as soon as it passes the size cap. */
async function readUrl(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new InputError(`${url}: kon niet worden opgehaald (netwerkfout)`);
  }
  if (!response.ok) throw new InputError(`${url}: HTTP ${response.status}`);
  const tooBig = () => new InputError(`${url}: groter dan ${MAX_INPUT_MB} MB; miv-feed weigert dit`);
  if (Number(response.headers.get('content-length')) > MAX_INPUT_BYTES) throw tooBig();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > MAX_INPUT_BYTES) {
      await reader!.cancel();
      throw tooBig();
    }
    chunks.push(part.value);
  }
  return decodeText(Buffer.concat(chunks), url);
}

/**
 * Said under the errors of a step: the checks that run on what it accepted, not yet run. After the
 * shape come the references between the parts, then the secret cells that can be worked out.
 */
const LATER_CHECKS = {
  shape:
    'Verwijzingen tussen de delen van de feed en geheime cijfers die af te leiden zijn, worden pas ' +
    'gecontroleerd als de fouten hierboven zijn opgelost.',
  references: 'Geheime cijfers die af te leiden zijn, worden pas gecontroleerd als de fouten hierboven zijn opgelost.',
};

async function validate(args: string[]): Promise<number> {
  const source = args[0];
  if (!source || source === '--help') {
    (source ? console.log : console.error)(VALIDATE_HELP);
    return source ? 0 : 1;
  }
  if (args.length > 1)
    throw new InputError(
      `validate leest één feed, niet ${args.length}: ${args.join(' ')}. Zie: miv-feed validate --help`,
    );
  const text = /^https?:\/\//.test(source) ? await readUrl(source) : await readTextFile(source);
  const json = parseJson(text, source);
  for (const { path, message } of unknownFields(json)) console.error(`let op: ${path}: ${message}`);
  // The checks run in steps, each on what the one before accepted: a second run may find more.
  let feed: Feed;
  try {
    feed = parseFeedShape(json);
  } catch (error) {
    if (!(error instanceof MivError)) throw error;
    printIssues(error.detail.issues ?? [{ path: '(feed)', message: error.message }], source);
    console.error(LATER_CHECKS.shape);
    return 1;
  }
  for (const warning of zeroMarginWarnings(feed)) console.error(`let op: ${warning}`);
  const references = crossCheck(feed);
  if (references.length > 0) {
    printIssues(references, source);
    console.error(LATER_CHECKS.references);
    return 1;
  }
  const implausible = feedProblems(feed);
  for (const { path, message } of implausible.warnings) console.error(`let op: ${path}: ${message}`);
  if (implausible.errors.length > 0) {
    printIssues(implausible.errors, source);
    console.error(LATER_CHECKS.references);
    return 1;
  }
  const leaks = disclosureIssues(feed);
  if (leaks.length > 0) {
    printIssues(leaks, source);
    return 1;
  }
  console.log(`${source}: geldig (schemaVersion ${feed.schemaVersion}) — ${summary(feed)}`);
  return 0;
}

/** Why a file cannot be written, by Node's error code. */
const UNWRITABLE: Record<string, string> = {
  ENOENT: 'de map bestaat niet',
  EISDIR: 'is een map; geef een bestandsnaam',
  EACCES: 'geen toestemming om hier te schrijven',
  EROFS: 'de schijf is alleen-lezen',
};

async function readMeta(path: string): Promise<Record<string, unknown>> {
  const json = parseJson(await readTextFile(path), path);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new InputError(`${path}: verwacht een object met "meta" en "themes"`);
  return json as Record<string, unknown>;
}

const BUILD_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string', short: 'o' },
  indicators: { type: 'string' },
  areas: { type: 'string' },
  values: { type: 'string' },
  meta: { type: 'string' },
  groups: { type: 'string' },
  sources: { type: 'string' },
  duiding: { type: 'string' },
  opvallendheden: { type: 'string' },
  breaks: { type: 'string' },
  'special-periods': { type: 'string' },
  'secret-below': { type: 'string' },
} as const;

/** A table the folder may hold: read when it is there or named by its option, else left out. */
async function readOptionalCsv(flag: string | undefined, fallback: string): Promise<CsvTable | undefined> {
  if (flag) return readCsvFile(flag);
  try {
    await access(fallback);
  } catch {
    return undefined;
  }
  return readCsvFile(fallback);
}

function parseBuildArgs(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: BUILD_OPTIONS });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    throw new InputError(`Onbekende optie of ontbrekende waarde: ${option}. Zie: miv-feed build --help`);
  }
}

async function build(args: string[]): Promise<number> {
  const { values: flags, positionals } = parseBuildArgs(args);
  if (flags.help) {
    console.log(BUILD_HELP);
    return 0;
  }
  const secretBelow = flags['secret-below'] === undefined ? undefined : Number(flags['secret-below']);
  if (secretBelow !== undefined && !(Number.isInteger(secretBelow) && secretBelow >= 2))
    throw new InputError(`--secret-below vraagt een heel getal van 2 of meer, niet "${flags['secret-below']}"`);
  if (positionals.length > 1)
    throw new InputError(
      `build leest één map, niet ${positionals.length}: ${positionals.join(' ')}. Zie: miv-feed build --help`,
    );
  const dir = positionals[0] ?? '.';
  const path = (flag: string | undefined, name: string) => flag ?? join(dir, name);
  const files = {
    indicators: path(flags.indicators, 'indicators.csv'),
    areas: path(flags.areas, 'areas.csv'),
    values: path(flags.values, 'values.csv'),
    meta: path(flags.meta, 'meta.json'),
  };
  const out = flags.out;
  if (out && Object.values(files).some((file) => resolve(file) === resolve(out)))
    throw new InputError(`--out ${out} is een van de invoerbestanden; kies een ander bestand voor de feed`);
  const [
    indicatorTable,
    areaTable,
    valueTable,
    meta,
    groupTable,
    sourceTable,
    duidingTable,
    opvallendTable,
    breakTable,
    specialTable,
  ] = await Promise.all([
    readCsvFile(files.indicators),
    readCsvFile(files.areas),
    readCsvFile(files.values),
    readMeta(files.meta),
    readOptionalCsv(flags.groups, join(dir, 'groups.csv')),
    readOptionalCsv(flags.sources, join(dir, 'sources.csv')),
    readOptionalCsv(flags.duiding, join(dir, 'duiding.csv')),
    readOptionalCsv(flags.opvallendheden, join(dir, 'opvallendheden.csv')),
    readOptionalCsv(flags.breaks, join(dir, 'breaks.csv')),
    readOptionalCsv(flags['special-periods'], join(dir, 'special_periods.csv')),
  ]);
  const issues: FeedIssue[] = [];
  const sources = sourceTable ? sourcesFromTable(sourceTable, issues) : undefined;
  const themes = meta['themes'] as Feed['themes'] | undefined;
  const indicators = indicatorsFromTable(indicatorTable, issues, {
    ...(sourceTable ? { sources: new Set(sourceTable.rows.map((r) => r.record['id']?.trim() ?? '')) } : {}),
    ...(Array.isArray(themes) ? { themes: new Set(themes.map((t) => t?.id)) } : {}),
  });
  const areas = areasFromTable(areaTable, issues);
  // References are checked against the rows as written, so a bad row is named once, where it is.
  const known = {
    indicators: new Set(indicatorTable.rows.map((r) => r.record['id']?.trim() ?? '')),
    areas: new Map(areas.map((a) => [a.id, a.level])),
    counts: new Set(indicators.filter((i) => i.kind === 'count').map((i) => i.id)),
  };
  const values = valuesFromTable(valueTable, issues, known);
  const areaGroups = groupTable ? groupsFromTable(groupTable, issues) : [];
  const duiding = [
    ...((meta['duiding'] as Feed['duiding'] | undefined) ?? []),
    ...(duidingTable ? duidingFromTable(duidingTable, issues, known) : []),
  ];
  const breaks = breakTable ? breaksFromTable(breakTable, issues, known) : [];
  const specialPeriods = specialTable ? specialPeriodsFromTable(specialTable, issues, known) : [];
  const opvallendheden = [
    ...((meta['opvallendheden'] as Feed['opvallendheden'] | undefined) ?? []),
    ...(opvallendTable ? opvallendhedenFromTable(opvallendTable, issues, known) : []),
  ];
  if (issues.length > 0) {
    printIssues(issues, 'build');
    return 1;
  }
  const breakWarnings: string[] = [];
  let result;
  try {
    result = assembleFeed({
      meta: meta['meta'] as Feed['meta'],
      themes: themes as Feed['themes'],
      areas,
      indicators: withBreaks({ areas, indicators, values, breaks, specialPeriods }, breakWarnings),
      values,
      duiding,
      opvallendheden,
      ...(areaGroups.length > 0 ? { areaGroups } : {}),
      ...(sources ? { sources } : {}),
      ...(secretBelow !== undefined ? { secretBelow } : {}),
    });
  } catch (error) {
    if (!(error instanceof MivError)) throw error;
    // The feed's meta and themes come from meta.json: name the file, as a CSV problem names its own.
    const issues = (error.detail.issues ?? [{ path: '(feed)', message: error.message }]).map((issue) =>
      /^(meta|themes)\b/.test(issue.path) ? { ...issue, path: `${files.meta}: ${issue.path}` } : issue,
    );
    printIssues(issues, 'build');
    return 1;
  }
  for (const warning of [...breakWarnings, ...result.warnings]) console.error(`let op: ${warning}`);
  reportSuppressed(result.suppressed, result.feed);
  const json = JSON.stringify(result.feed) + '\n';
  if (flags.out) {
    await writeFile(flags.out, json).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`--out ${flags.out}: ${UNWRITABLE[error.code ?? ''] ?? 'kan niet worden geschreven'}`);
    });
    console.log(`${flags.out}: geschreven — ${summary(result.feed)}`);
  } else {
    process.stdout.write(json);
  }
  return 0;
}

const ROLES: Record<ProtectionRole, string> = {
  sibling: 'naast',
  total: 'totaal boven',
  part: 'deel van',
  chain: 'ter bescherming van',
};

/** Per indicator and period, the cells suppressed in addition and the secret each protects. */
function reportSuppressed(suppressed: SecondarySuppression[], feed: Feed): void {
  if (suppressed.length === 0) return;
  const names = new Map([...feed.areas, ...(feed.areaGroups ?? [])].map((a) => [a.id, a.name]));
  const groups = new Map<string, string[]>();
  for (const s of suppressed) {
    const k = `${s.indicator} ${s.period}`;
    const cell = `${names.get(s.area)} (${ROLES[s.role]} ${names.get(s.protects)})`;
    groups.set(k, [...(groups.get(k) ?? []), cell]);
  }
  for (const [k, cells] of groups) console.error(`afgeschermd: ${k}: ${cells.join(', ')}`);
  const cells = suppressed.length === 1 ? 'cel' : 'cellen';
  console.error(`secundaire onderdrukking: ${suppressed.length} ${cells} extra afgeschermd`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args);
    case 'build':
      return build(args);
    case 'schema':
      if (args.includes('--help')) console.log(SCHEMA_HELP);
      else console.log(JSON.stringify(feedJsonSchema(), null, 2));
      return 0;
    case undefined:
    case '--help':
    case 'help':
      (command ? console.log : console.error)(HELP);
      return command ? 0 : 1;
    default:
      console.error(`Onbekende opdracht "${command}".\n\n${HELP}`);
      return 1;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Expected problems carry their own message; anything else still gets one line, not a trace.
  console.error(error instanceof InputError ? error.message : `miv-feed: onverwachte fout: ${String(error)}`);
  process.exitCode = 1;
}
