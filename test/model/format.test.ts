import { expect } from '@open-wc/testing';
import type { Indicator } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { isWritableMargin, printedRatio } from '../../src/feed/rounding.js';
import { formatMargin, formatNumber, formatWithUnit, valueInWords } from '../../src/model/format.js';

const { nl, en } = dictionaries;

const indicator = (more: Partial<Indicator>): Indicator => ({
  id: 'x',
  title: 'X',
  shortTitle: 'X',
  theme: 't',
  unit: 'aantal',
  kind: 'count',
  decimals: 0,
  polarity: 'neutral',
  definition: 'X',
  source: { name: 'Bron' },
  frequency: 'jaar',
  lowestLevel: 'gemeente',
  chainStep: 'repressie',
  ...more,
});

describe('formatWithUnit', () => {
  it("puts the number into the indicator's own words, never the table unit", () => {
    const dumps = indicator({ inSentence: '{value} drugsafvaldumpingen', inSentenceOne: '{value} drugsafvaldumping' });
    expect(formatWithUnit(2477, dumps, nl)).to.equal('2.477 drugsafvaldumpingen');
    expect(formatWithUnit(2477, dumps, en)).to.equal('2,477 drugsafvaldumpingen');
    const survey = indicator({
      kind: 'survey',
      unit: '% 15+',
      decimals: 1,
      inSentence: '{value} % van de inwoners van 15 jaar en ouder',
    });
    expect(formatWithUnit(17.9, survey, nl)).to.equal('17,9\u00a0% van de inwoners van 15 jaar en ouder');
    const score = indicator({ kind: 'survey', unit: 'cijfer 1–10', decimals: 1, inSentence: 'rapportcijfer {value}' });
    expect(formatWithUnit(7.4, score, nl)).to.equal('rapportcijfer 7,4');
  });

  it('takes the singular for 1 as the language counts it, and only then', () => {
    const dumps = indicator({ inSentence: '{value} drugsafvaldumpingen', inSentenceOne: '{value} drugsafvaldumping' });
    expect(formatWithUnit(1, dumps, nl)).to.equal('1 drugsafvaldumping');
    expect(formatWithUnit(1, dumps, en)).to.equal('1 drugsafvaldumping');
    expect(formatWithUnit(0, dumps, nl)).to.equal('0 drugsafvaldumpingen');
    expect(formatWithUnit(2, dumps, nl)).to.equal('2 drugsafvaldumpingen');
    // "1,0" is read as a plural, as in "1,0 woninginbraken per 1.000 inwoners".
    const rate = indicator({
      kind: 'rate',
      decimals: 1,
      inSentence: '{value} woninginbraken per 1.000 inwoners',
      inSentenceOne: '{value} woninginbraak per 1.000 inwoners',
    });
    expect(formatWithUnit(1, rate, nl)).to.equal('1,0 woninginbraken per 1.000 inwoners');
    // Without a singular the plural words serve every number.
    expect(formatWithUnit(1, indicator({ inSentence: '{value} casussen' }), nl)).to.equal('1 casussen');
  });

  it('falls back to the number and the unit, and a bare number for a count', () => {
    expect(formatWithUnit(36, indicator({}), nl)).to.equal('36');
    // A count's table unit is never pasted beside its number, whatever it adds after "aantal".
    expect(formatWithUnit(2477, indicator({ unit: 'aantal meldingen' }), nl)).to.equal('2.477');
    expect(formatWithUnit(2822, indicator({ unit: 'aantal meldingen/slachtoffers' }), nl)).to.equal('2.822');
    expect(formatWithUnit(2477, indicator({ unit: 'aantal; schade €' }), nl)).to.equal('2.477');
    expect(formatWithUnit(3.04, indicator({ kind: 'rate', unit: 'per 1.000 inwoners', decimals: 1 }), nl)).to.equal(
      '3,0 per 1.000 inwoners',
    );
  });

  it('keeps a percent sign on the line of its number, as the language writes it', () => {
    const share = indicator({ kind: 'percentage', unit: '% van de inwoners', decimals: 1 });
    expect(formatWithUnit(17.9, share, nl, 'provisional')).to.equal('17,9*\u00a0% van de inwoners');
    expect(formatWithUnit(17.9, share, en)).to.equal('17.9% van de inwoners');
    const words = indicator({ kind: 'percentage', unit: '%', decimals: 0, inSentence: 'bij {value} % van de scholen' });
    expect(formatWithUnit(42, words, nl)).to.equal('bij 42\u00a0% van de scholen');
    expect(formatWithUnit(42, words, en)).to.equal('bij 42% van de scholen');
    // Words with the sign written against the number get the language's way too.
    expect(formatWithUnit(42, indicator({ inSentence: '{value}% van de scholen' }), nl)).to.equal(
      '42\u00a0% van de scholen',
    );
  });

  it('writes a nihil as a plain 0, which is exact, where 0,0 would read as rounded down', () => {
    const rate = indicator({ kind: 'rate', unit: 'per 100.000 inwoners', decimals: 1 });
    expect(formatWithUnit(0, rate, nl, 'nil')).to.equal('0 per 100.000 inwoners');
    expect(formatWithUnit(0, rate, nl), 'a zero without its status may be rounded').to.equal(
      '0,0 per 100.000 inwoners',
    );
  });

  it('gives a provisional number its symbol, unless the sentence says the status in words', () => {
    const rate = indicator({ kind: 'rate', unit: 'per 100.000 inwoners', decimals: 1 });
    expect(formatWithUnit(2.9, rate, nl, 'provisional')).to.equal('2,9* per 100.000 inwoners');
    expect(formatWithUnit(2.9, rate, nl, 'provisional', { symbol: false })).to.equal('2,9 per 100.000 inwoners');
  });

  it('divides as a reader does and rounds as the figures print: 49 per 20.000 inwoners is 2,5 per 1.000', () => {
    const { nl } = dictionaries;
    // In binary, 49 / 20.000 × 1.000 is 2,4499999…: printed, and by Math.round of ten times it, 2,4.
    expect(formatNumber((49 / 20_000) * 1000, 1, nl)).to.equal('2,4');
    expect(printedRatio(49, 20_000, 1, 1000)).to.equal(2.5);
    expect(formatNumber(printedRatio(49, 20_000, 1, 1000), 1, nl)).to.equal('2,5');
    expect(printedRatio(-49, 20_000, 1, 1000), 'a half away from zero, as printed').to.equal(-2.5);
    expect(printedRatio(1.15, 4, 1, 100)).to.equal(28.8);
    expect(printedRatio(2, 3, 2)).to.equal(0.67);
    expect(printedRatio(3, 7_000_000, 1, 1e-3), 'less than half the unit').to.equal(0);
  });
});

describe('valueInWords', () => {
  it("splits the indicator's words around the number, as a card sets it large", () => {
    const score = indicator({ kind: 'survey', unit: 'cijfer 1–10', decimals: 1, inSentence: 'rapportcijfer {value}' });
    expect(valueInWords({ value: 7.5 }, score, nl)).to.deep.equal(['rapportcijfer ', '7,5', '']);
    const survey = indicator({ kind: 'survey', unit: '% 15+', decimals: 1, inSentence: '{value} % van de inwoners' });
    expect(valueInWords({ value: 17.6, status: 'provisional' }, survey, nl)).to.deep.equal([
      '',
      '17,6*',
      '\u00a0% van de inwoners',
    ]);
    expect(valueInWords({ value: 17.6 }, survey, en)).to.deep.equal(['', '17.6', '% van de inwoners']);
    expect(valueInWords({ value: 2477 }, indicator({ unit: 'aantal meldingen' }), nl)).to.deep.equal(['', '2.477', '']);
  });
});

describe('formatMargin', () => {
  it('gives the margin of a percentage in procentpunten, and of a score in points of its own scale', () => {
    const survey = indicator({ kind: 'survey', unit: '% 15+', decimals: 1 });
    expect(formatMargin(3.1, survey, nl)).to.equal('± 3,1 procentpunt');
    expect(formatMargin(3.1, survey, en)).to.equal('± 3.1 percentage points');
    expect(formatMargin(0.1, indicator({ kind: 'survey', unit: 'cijfer 1–10', decimals: 1 }), nl)).to.equal('± 0,1');
    // A table's cell: the bare number, like the value and the change beside it.
    expect(formatMargin(3.1, survey, nl, { unit: false })).to.equal('± 3,1');
  });

  it('never writes a margin as 0: below half the last decimal it gets the decimals of its first significant digit', () => {
    const score = indicator({ kind: 'survey', unit: 'cijfer 1–10', decimals: 1 });
    expect(formatMargin(0.04, score, nl)).to.equal('± 0,04');
    expect(formatMargin(0.01, score, nl, { unit: false })).to.equal('± 0,01');
    expect(formatMargin(0.0096, score, nl), 'rounded as printed').to.equal('± 0,01');
    expect(formatMargin(1.4e-4, score, nl), 'beyond two decimals more, its first significant digit').to.equal(
      '± 0,0001',
    );
    const percentage = indicator({ kind: 'survey', unit: '%', decimals: 0 });
    expect(formatMargin(0.4, percentage, nl)).to.equal('± 0,4 procentpunt');
    expect(formatMargin(0.4, percentage, en)).to.equal('± 0.4 percentage points');
    expect(formatMargin(1e-20, score, nl), 'as small as can be written').to.equal('± 0,00000000000000000001');
  });

  it('writes a margin as delivered, up to two decimals more than its value: the one significance was tested with', () => {
    const score = indicator({ kind: 'survey', unit: 'cijfer 1–10', decimals: 1 });
    expect(formatMargin(0.05, score, nl), 'not ± 0,1: twice the margin').to.equal('± 0,05');
    expect(formatMargin(0.24, score, nl), 'not ± 0,2').to.equal('± 0,24');
    expect(formatMargin(2, score, nl), "at least the value's decimals").to.equal('± 2,0');
    expect(formatMargin(0.2434, score, nl), 'rounded at two decimals more').to.equal('± 0,243');
    const percentage = indicator({ kind: 'survey', unit: '%', decimals: 0 });
    expect(formatMargin(2.35, percentage, nl)).to.equal('± 2,35 procentpunt');
    expect(formatMargin(2.354, percentage, nl)).to.equal('± 2,35 procentpunt');
  });

  it('calls a margin of 0, or one too small for any decimals, no margin: a widget never writes `± 0`', () => {
    // `FeedIndex.points` reads such a margin as none; `miv-feed validate` warns of it.
    expect([0, 1e-25, 1e-20, 0.04].map(isWritableMargin)).to.deep.equal([false, false, true, true]);
  });
});
