/** The profile's model (themes, cards, duiding, findings, shared opvallendheden) and its printed page rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Feed } from '../../src/feed/schema.js';
import { MivError } from '../../src/feed/errors.js';
import { stringsFor, type Strings } from '../../src/i18n/strings.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { profileStrings } from '../../src/components/miv-profile/profile.strings.js';
import { buildProfile, parseIds, type ProfileIndicator } from '../../src/model/profile.js';
import { detectHighlights } from '../../src/model/highlights.js';
import { indicatorSource } from '../../src/model/series.js';
import { cssString, pageNumberContent, pageRules } from '../../src/components/miv-profile/page-rules.js';

const feed = JSON.parse(readFileSync('examples/data/sample-feed.json', 'utf8')) as Feed;

/** A source's note on the figures it keeps secret; the sample feed has none. */
const SECRET_NOTE = 'Vertrouwelijk: het onderzoek loopt nog.';
function withNoteOnSecrets(area: string): Feed {
  const noted = structuredClone(feed);
  for (const s of noted.series.filter((s) => s.area === area))
    for (const [period, status] of Object.entries(s.status ?? {}))
      if (status === 'suppressed') s.notes = { ...s.notes, [period]: SECRET_NOTE };
  return noted;
}
const strings = stringsFor('nl');
const profileWords = profileStrings.nl;

test('a profile has every theme in the feed’s order and every indicator of it, with its changes', () => {
  const profile = buildProfile(feed, { area: 'GM0758' }, strings);
  assert.equal(profile.area.name, 'Breda');
  assert.deepEqual(
    profile.themes.map((t) => t.theme.id),
    [...feed.themes].sort((a, b) => a.order - b.order).map((t) => t.id),
  );
  for (const theme of profile.themes)
    assert.deepEqual(
      theme.indicators.map((i) => i.card.indicator.id),
      feed.indicators.filter((i) => i.theme === theme.theme.id).map((i) => i.id),
    );
  const burglary = profile.themes.flatMap((t) => t.indicators).find((i) => i.card.indicator.id === 'woninginbraak')!;
  assert.match(burglary.changes[0]!.words, /dan in 2024/);
});

test('duiding is the area’s own, then that of its district and unit, then the general one, never another gemeente’s', () => {
  const indicators = buildProfile(feed, { area: 'GM0758' }, strings).themes.flatMap((t) => t.indicators);
  const chain = ['GM0758', 'de-baronie', 'zeeland-west-brabant', 'NL01'];
  for (const { card, duiding } of indicators)
    for (const d of duiding) {
      assert.equal(d.indicator, card.indicator.id);
      assert.ok(!d.area || chain.includes(d.area), `${d.indicator} about ${d.area}`);
    }
  const about = (id: string) =>
    indicators.find((i) => i.card.indicator.id === id)!.duiding.map((d) => d.area ?? 'algemeen');
  assert.deepEqual(about('misdrijven-totaal'), ['GM0758', 'algemeen']);
  // Breda has burglary figures of its own, and its district's words still help read them.
  assert.deepEqual(about('woninginbraak'), ['de-baronie', 'algemeen']);
  // Goes: district Zeeland's note on the normtijd explains its figure, and no other gemeente's is there.
  const goes = buildProfile(feed, { area: 'GM0664' }, strings).themes.flatMap((t) => t.indicators);
  const ofGoes = (id: string) => goes.find((i) => i.card.indicator.id === id)!.duiding.map((d) => d.area ?? 'algemeen');
  assert.deepEqual(ofGoes('opkomsttijd-brandweer'), ['zeeland']);
  assert.deepEqual(ofGoes('e33-verward-gedrag'), ['algemeen']);
});

test('findings are the rules’ findings for the area itself, on the card of their indicator', () => {
  const indicators = buildProfile(feed, { area: 'GM0758' }, strings).themes.flatMap((t) => t.indicators);
  const found = indicators.flatMap((i) => i.findings.map((f) => ({ id: i.card.indicator.id, ...f })));
  assert.ok(found.length > 0);
  const detected = detectHighlights(feed, { areas: ['GM0758'], limit: Infinity });
  assert.deepEqual(
    found.map((f) => `${f.id} ${f.rule}`).sort(),
    detected.map((h) => `${h.indicator.id} ${h.rule}`).sort(),
  );
  for (const f of found) assert.match(f.words, /(hoger|lager|meer|minder) dan /);
});

test('only shared opvallendheden, each under the themes of its indicators', () => {
  const profile = buildProfile(feed, { area: 'GM0758' }, strings);
  const shared = profile.themes.flatMap((t) =>
    t.shared.map((o) => {
      assert.ok(o.indicators.some((id) => t.indicators.some((i) => i.card.indicator.id === id)));
      return o.id;
    }),
  );
  assert.deepEqual(
    [...new Set(shared)].sort(),
    feed.opvallendheden
      .filter((o) => o.shared)
      .map((o) => o.id)
      .sort(),
  );
});

test('a card refers to the feed’s note on the figures it states, written once in its theme’s notes', () => {
  // Altena exists since 2019; its figures of 2015–2018 are recomputed on today's boundaries, and the
  // feed says so in a note on each of them. The cards compare 2025 with those figures.
  const recomputed = 'Herberekend op de gemeentelijke indeling van 2025: Aalburg, Werkendam en Woudrichem samen.';
  for (const [lang, see] of [
    ['nl', (period: string) => `Cijfer ${period}, zie noot 1`],
    ['en', (period: string) => `Figure for ${period}, see note 1`],
  ] as const) {
    const profile = buildProfile(feed, { area: 'GM1959' }, dictionaries[lang]);
    const theme = profile.themes.find((t) => t.theme.id === 'zorg-en-veiligheid')!;
    const card = (id: string) => theme.indicators.find((i) => i.card.indicator.id === id)!;
    // The groups' card compares with the first second half-year that is not secret (2015's is), and
    // names that one.
    const groups = card('problematische-jeugdgroepen');
    const secondHalf2016 = lang === 'nl' ? '2e halfjaar 2016' : 'H2 2016';
    assert.match(groups.changes[1]!.words, lang === 'nl' ? /2e halfjaar van 2016/ : /second half of 2016/);
    assert.deepEqual(
      groups.notes.map((n) => n.text),
      [see(secondHalf2016)],
    );
    assert.deepEqual(groups.notes[0]!.reference, { period: secondHalf2016, notes: [1], figures: ['2016-H2'] });
    assert.deepEqual(
      card('e33-verward-gedrag').notes.map((n) => n.text),
      [see('2015')],
    );
    // The text once, however many cards refer to it; a half-year's figure names its half-year.
    assert.equal(theme.notes[0], recomputed);
    assert.equal(theme.notes.filter((n) => n === recomputed).length, 1);
    assert.deepEqual(
      card('jeugdreclassering').notes.map((n) => n.text),
      [see(lang === 'nl' ? '2e halfjaar 2015' : 'H2 2015')],
    );
    // The national figures on the trafficking card carry no note: no reference.
    const trafficking = card('mensenhandel-seksuele-uitbuiting');
    assert.equal(trafficking.card.shownArea?.id, 'NL01');
    assert.deepEqual(trafficking.notes, []);
  }
  // With a note on Breda's secret figures only, a card refers to it only for the periods it names
  // without a figure.
  const breda = buildProfile(withNoteOnSecrets('GM0758'), { area: 'GM0758' }, strings).themes.flatMap(
    (t) => t.indicators,
  );
  const referring = breda.filter(({ notes }) => notes.some((n) => n.reference?.figures));
  assert.ok(referring.length > 0);
  for (const { card, notes } of referring)
    for (const note of notes.filter((n) => n.reference?.figures))
      assert.deepEqual(
        note.reference!.figures,
        card.missing.flatMap((m) => m.periods),
        card.indicator.id,
      );
});

test('a card that names periods without a figure refers to the feed’s note on why they are secret', () => {
  // Zeeland's drug dumpings of 2024 and 2025 are secret; the card ends with 2023 and says "2024 en
  // 2025: geen cijfer (geheim)", and the source says why.
  const profile = buildProfile(
    withNoteOnSecrets('zeeland'),
    { area: 'zeeland', indicators: ['drugsdumpingen'] },
    strings,
  );
  const [theme] = profile.themes;
  const [{ card, notes }] = theme!.indicators as [ProfileIndicator];
  assert.equal(card.latest?.period, '2023');
  assert.deepEqual(card.missing, [{ status: 'suppressed', periods: ['2024', '2025'] }]);
  assert.deepEqual(
    notes.map((n) => n.text),
    ['Cijfers 2024 en 2025, zie noot 1'],
  );
  assert.deepEqual(theme!.notes, [SECRET_NOTE]);
});

test('figures that share a note share a line; a dictionary without the words refers by its word for a note', () => {
  // Altena's 2025 burglary figure noted as 2015's is: one reference names both periods.
  const noted = structuredClone(feed);
  const series = noted.series.find((s) => s.area === 'GM1959' && s.indicator === 'woninginbraak')!;
  series.notes = { ...series.notes, '2025': series.notes!['2015']! };
  const only = { area: 'GM1959', indicators: ['woninginbraak'] };
  const texts = (s: typeof strings) => buildProfile(noted, only, s).themes[0]!.indicators[0]!.notes.map((n) => n.text);
  assert.deepEqual(texts(strings), ['Cijfers 2015 en 2025, zie noot 1', 'Bijzondere periode 2020–2021 (Corona)']);
  assert.deepEqual(texts(dictionaries.en), [
    'Figures for 2015 and 2025, see note 1',
    'Special period 2020–2021 (Corona)',
  ]);
  // A host's dictionary written before `notes.valueNoteSee` existed still names the figures and the note.
  const older: Strings['notes'] = { ...strings.notes };
  delete older.valueNoteSee;
  assert.deepEqual(texts({ ...strings, notes: older }), [
    '2015 en 2025: noot 1',
    'Bijzondere periode 2020–2021 (Corona)',
  ]);
});

test('themes and indicators choose what is included; unknown ids are errors of their kind', () => {
  const digital = buildProfile(feed, { area: 'GM0758', themes: ['digitale-veiligheid'] }, strings);
  assert.deepEqual(
    digital.themes.map((t) => t.theme.id),
    ['digitale-veiligheid'],
  );
  const two = buildProfile(feed, { area: 'GM0758', indicators: ['woninginbraak', 'drugsdumpingen'] }, strings);
  assert.deepEqual(
    two.themes.map((t) => t.indicators.map((i) => i.card.indicator.id)),
    [['drugsdumpingen'], ['woninginbraak']],
  );
  for (const [query, kind] of [
    [{ area: 'GM9999' }, 'unknown-area'],
    [{ area: 'GM0758', themes: ['bestaat-niet'] }, 'unknown-theme'],
    [{ area: 'GM0758', indicators: ['bestaat-niet'] }, 'unknown-indicator'],
  ] as const)
    assert.throws(
      () => buildProfile(feed, query, strings),
      (e: unknown) => e instanceof MivError && e.kind === kind,
    );
  assert.deepEqual(parseIds(' a, b  c,d '), ['a', 'b', 'c', 'd']);
});

test('the sources are those the cards name, each once, by name; a chosen few name only theirs', () => {
  const goes = buildProfile(feed, { area: 'GM0664' }, strings);
  const named = goes.themes.flatMap((t) => t.indicators.map((i) => indicatorSource(feed, i.card.indicator).name));
  assert.deepEqual(
    goes.sources.map((s) => s.name),
    [...new Set(named)].sort((a, b) => a.localeCompare(b, 'nl')),
  );
  assert.ok(goes.sources.length < named.length, `${goes.sources.length} sources for ${named.length} cards`);
  const openData = goes.sources.find((s) => s.id === 'politie-open-data')!;
  assert.equal(openData.table?.id, '47022NED');
  const few = buildProfile(
    feed,
    { area: 'GM0664', indicators: ['woninginbraak', 'misdrijven-totaal', 'geweldsmisdrijven'] },
    strings,
  );
  assert.deepEqual(
    few.sources.map((s) => s.id),
    ['cbs-geregistreerde-criminaliteit', 'politie-open-data'],
  );
});

/** Reads a CSS string literal back, as a CSS parser would: hexadecimal escapes end with one space. */
function readCssString(literal: string): string {
  assert.ok(literal.startsWith('"') && literal.endsWith('"'));
  const inner = literal.slice(1, -1);
  assert.doesNotMatch(inner, /["'<>\n\r]/, 'nothing in it can end the string or read as markup');
  assert.doesNotMatch(inner.replace(/\\[0-9a-f]{1,6} /g, ''), /\\/, 'every backslash starts a hexadecimal escape');
  return inner.replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

test('feed text in the page header stays one CSS string, whatever it holds', () => {
  for (const text of [
    'Veiligheidsprofiel ’s-Hertogenbosch',
    '"; } body { display: none } @page { @top-left { content: "',
    'a\\"b\'c</style><script>alert(1)</script>',
    'line\nbreak\r\u2028\u0000\u007f 🚓',
  ])
    assert.equal(readCssString(cssString(text)), text);
});

test('the page number puts the counters between the words', () => {
  assert.equal(pageNumberContent(profileWords.pageNumber), '"Pagina " counter(page) " van " counter(pages)');
  assert.equal(pageNumberContent('{page}/{pages}'), 'counter(page) "/" counter(pages)');
});

test('the page rules take a font family, but nothing that could end the rule', () => {
  const header = { title: 'T', area: 'A', updated: 'Stand: 1 mei 2026', pageNumber: '{page}' };
  assert.match(pageRules(header, '"DejaVu Sans", sans-serif'), /font-family: "DejaVu Sans", sans-serif;/);
  assert.doesNotMatch(pageRules(header, 'x; } body { display: none'), /font-family/);
  assert.match(pageRules(header), /size: A4;/);
});
