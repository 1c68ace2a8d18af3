/**
 * What `<miv-district-compare highlight>` and `<miv-map area>` say of a gemeente that has no bar or
 * region in the period shown: Haaren, dissolved on 1 January 2021, after 2020; Aalburg, merged into
 * Altena on 1 January 2019, after 2018; and, in the comparison, which compares the gemeenten of the
 * period, Altena, formed on 1 January 2019, before then (`periodAreaTests`; the map draws today's
 * gemeenten, Altena's history among them). The sample feed recomputes Altena's history on today's
 * boundaries (woninginbraak 2018: 3,2, in the line chart), so the notice says where Altena is not and
 * which gemeenten stand in its place, never that it has no figure. `show` makes an element on the
 * sample feed, of woninginbraak with its table shown.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import type { Strings } from '../../src/i18n/strings.js';
import { query, shadow, text } from '../helpers.js';

type Shown = HTMLElement & { strings: Partial<Strings> };

/** The notice as a reader sees it: its text, or empty when it is absent or not shown. */
export function notice(el: Element): string {
  const shown = query(el, '.period-missing');
  return shown?.checkVisibility() && shown.getBoundingClientRect().height > 0 ? text(el, '.period-missing') : '';
}

/** The areas the table has a row for, the emphasised one as `Breda (gemarkeerd)`. */
export const rowNames = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="table"] tbody th')].map((th) => th.textContent!.trim());

/** The rows the table marks as emphasised. */
export const marked = (el: Element) => rowNames(el).filter((name) => name.endsWith('(gemarkeerd)'));

const AALBURG_2025 =
  'Aalburg komt in 2025 niet voor: de gemeente is per 1 januari 2019 opgeheven. U ziet de gemeente waarin ze is opgegaan: Altena.';

const ALTENA_2018 =
  'Altena komt in 2018 niet voor: de gemeente bestaat pas sinds 1 januari 2019. U ziet de gemeenten waaruit ze is gevormd: Aalburg, Werkendam en Woudrichem.';

/**
 * `show(gemeente, period)`: the element with that gemeente highlighted, in that period (the latest
 * without one).
 */
export function absentHighlightTests(show: (gemeente: string, period?: string) => Promise<Shown>): void {
  it('names the gemeente Aalburg went into, shown in its place and, like the gemeenten Altena was formed from, not emphasised', async () => {
    const el = await show('GM0738');
    expect(notice(el)).to.equal(AALBURG_2025);
    expect(rowNames(el)).to.include('Altena');
    expect(marked(el)).to.deep.equal([]);
    el.lang = 'en';
    await waitUntil(() => notice(el).startsWith('Aalburg does'), 'the notice in English');
    expect(notice(el)).to.equal(
      'Aalburg does not appear in 2025: the municipality was dissolved on 1 January 2019. Shown instead is the municipality it merged into: Altena.',
    );
  });

  it('says that Haaren, after it was dissolved, does not appear, and names the gemeenten of the feed that received part of it, without claiming they are all', async () => {
    const el = await show('GM0788');
    expect(notice(el)).to.equal(
      'Haaren komt in 2025 niet voor: de gemeente is per 1 januari 2021 opgeheven. U ziet de gemeenten Oisterwijk en Tilburg, die elk een deel ervan hebben gekregen.',
    );
    expect(rowNames(el)).to.include.members(['Oisterwijk', 'Tilburg']);
    expect(rowNames(el).join(' ')).not.to.contain('Haaren');
    expect(marked(el)).to.deep.equal([]);
    el.lang = 'en';
    await waitUntil(() => notice(el).startsWith('Haaren does'), 'the notice in English');
    expect(notice(el)).to.equal(
      'Haaren does not appear in 2025: the municipality was dissolved on 1 January 2021. Shown instead are the municipalities of Oisterwijk and Tilburg, each of which took over part of it.',
    );
  });

  it('says it in Dutch, marked as Dutch, where a host’s dictionary for its language has no words for it', async () => {
    const el = await show('GM0738');
    // A German dictionary written before these words: the element lays it over Dutch, its default.
    const german: Partial<Strings> = { ...en, locale: 'de-DE' };
    delete german.highlightAbsent;
    el.strings = german;
    el.lang = 'de';
    const marked = () => query(el, '.period-missing')?.closest('[lang]')?.getAttribute('lang');
    await waitUntil(() => marked() === 'nl', 'the notice marked as Dutch');
    expect(notice(el)).to.equal(AALBURG_2025);
  });

  // One element per test: the chart of an element below the fold is not drawn.
  for (const [gemeente, period, name] of [
    ['GM1959', '2019', 'Altena'],
    ['GM0758', undefined, 'Breda'],
  ] as const)
    it(`says nothing of a gemeente that exists in the period: ${name} is shown, emphasised`, async () => {
      const el = await show(gemeente, period);
      expect(query(el, '.period-missing')).to.equal(null);
      expect(rowNames(el)).to.include(`${name} (gemarkeerd)`);
    });
}

/**
 * The same for an element that compares the gemeenten of the period (the comparison; the map draws
 * today's): Altena before it was formed has no row, and Haaren before it ended has one.
 */
export function periodAreaTests(show: (gemeente: string, period?: string) => Promise<Shown>): void {
  it('says that Altena, before it was formed, does not appear, and names the gemeenten it was formed from', async () => {
    const el = await show('GM1959', '2018');
    expect(notice(el)).to.equal(ALTENA_2018);
    expect(notice(el), 'Altena has a figure for 2018, recomputed: none is denied').not.to.match(/cijfer/);
    expect(rowNames(el)).to.include.members(['Aalburg', 'Werkendam', 'Woudrichem']);
    expect(rowNames(el).join(' ')).not.to.contain('Altena');
    expect(marked(el)).to.deep.equal([]);
    el.lang = 'en';
    await waitUntil(() => notice(el).startsWith('Altena does'), 'the notice in English');
    expect(notice(el)).to.equal(
      'Altena does not appear in 2018: the municipality has only existed since 1 January 2019. Shown instead are the municipalities it was formed from: Aalburg, Werkendam and Woudrichem.',
    );
  });

  it('says nothing of Haaren in a period it existed in: it is shown, emphasised', async () => {
    const el = await show('GM0788', '2020');
    expect(query(el, '.period-missing')).to.equal(null);
    expect(rowNames(el)).to.include('Haaren (gemarkeerd)');
  });
}
