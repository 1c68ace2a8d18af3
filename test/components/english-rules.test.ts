/**
 * The rules that find notable figures (`rekenregels`), as an English reader meets them: each rule's
 * name and its explanation (thresholds, small numbers, series breaks, rounding) over the figures it
 * found in `<miv-highlights lang="en">`, the words around them, and the same rules under "About the
 * rules" at the end of `<miv-profile lang="en">`. Whole visible texts, so that a lost or Dutch
 * word shows.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { MivHighlights } from '../../src/components/miv-highlights/miv-highlights.js';
import type { MivProfile } from '../../src/components/miv-profile/miv-profile.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { failOnConsoleErrors, SAMPLE_FEED_URL, texts } from '../helpers.js';

/** The rules, by name, with the explanation the reader is given of each (with the default thresholds). */
const RULES: [string, string][] = [
  [
    'Largest changes',
    'The latest figure is at least 10% higher or lower than in the previous period, and by at least 2 units ' +
      'in the last decimal place (0.2 for a figure with one decimal), as a difference of 0.1 may be due to ' +
      'rounding (survey figures: only a significant difference; counts only from 20 upwards, and no figure ' +
      'resting on fewer than 10 cases; never across a series break).',
  ],
  [
    'Far from the national figure',
    'The latest figure is at least 25% above or below that of the Netherlands in the same period, and by at ' +
      'least 2 units in the last decimal place (0.2 for a figure with one decimal), as a difference of 0.1 may ' +
      'be due to rounding (survey figures: only a difference the source calls significant; counts are left ' +
      'out, and so is any figure resting on fewer than 10 cases).',
  ],
  [
    'Trend reversal',
    'The latest figure reverses direction after 3 rises or 3 falls in a row and is at least 10% higher or ' +
      'lower than in the previous period. Every step is at least 2 units in the last decimal place (0.2 for a ' +
      'figure with one decimal), as a difference of 0.1 may be due to rounding. Survey figures: only ' +
      'significant differences; counts only from 20 upwards, and no figure resting on fewer than 10 cases; ' +
      'never across a series break; half-years compared with the same half-year.',
  ],
];

async function highlights(template: ReturnType<typeof html>): Promise<MivHighlights> {
  const el = await fixture<MivHighlights>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="detected"]'), 'the highlights are shown');
  return el;
}

describe('the rules for notable figures, in English', () => {
  failOnConsoleErrors();

  it('<miv-highlights lang="en">: names and explains each rule over the figures it found, each marked as found by rule', async () => {
    // De Baronie in the sample feed: figures found by each of the three rules.
    const el = await highlights(
      html`<miv-highlights lang="en" src=${SAMPLE_FEED_URL} district="de-baronie"></miv-highlights>`,
    );
    expect(texts(el, 'h2')).to.deep.equal(['Notable findings']);
    expect(texts(el, '[part="detected"] > h3, [part="detected"] > .intro')).to.deep.equal([
      'Found automatically in the figures',
      'Found by a fixed rule, without interpretation: a prompt for discussion, not a conclusion.',
    ]);
    const rules = [...el.shadowRoot!.querySelectorAll('[data-rule]')];
    expect(rules.map((rule) => [texts(rule, 'h4')[0], texts(rule, '[part="rule"]')[0]])).to.deep.equal(RULES);
    const badges = texts(el, '[part="detected"] li .badge');
    expect(badges.length).to.be.greaterThan(2);
    expect(new Set(badges)).to.deep.equal(new Set(['Rule']));
  });

  it('<miv-highlights lang="en">: says when nothing stands out under the rules, and when the districts reported or shared nothing', async () => {
    // The small feed's only indicator of Georganiseerde criminaliteit is national: no district notes, no findings.
    const el = await highlights(
      html`<miv-highlights
        lang="en"
        src=${SMALL_FEED_URL}
        district="de-baronie"
        theme="georganiseerde-criminaliteit"
        shared
      ></miv-highlights>`,
    );
    expect(texts(el, '[part="authored"] > *')).to.deep.equal([
      'Reported by the districts',
      'Written and interpreted by the districts themselves.',
      'No findings from the districts for this selection.',
    ]);
    expect(texts(el, '[part="shared"] > *')).to.deep.equal([
      'Shared by other districts',
      'Findings that the other districts share with all districts, in addition to those of De Baronie itself.',
      'The other districts shared nothing for this selection.',
    ]);
    expect(texts(el, '[part="detected"] > p:not(.intro)')).to.deep.equal(['No figures stand out under the rules.']);
  });

  it('<miv-highlights lang="en">: says that a gemeente given as its district is no district, and shows all districts', async () => {
    const el = await highlights(
      html`<miv-highlights lang="en" src=${SMALL_FEED_URL} district="GM0758"></miv-highlights>`,
    );
    expect(texts(el, '.unknown-preset')).to.deep.equal(['Breda (“GM0758”) is not a district. Showing all districts.']);
    const [district] = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="filters"] select');
    expect(district!.selectedOptions[0]!.textContent!.trim()).to.equal('All districts');
  });

  it('<miv-profile lang="en">: explains the same rules under "About the rules"', async () => {
    const el = await fixture<MivProfile>(
      html`<miv-profile lang="en" src=${SMALL_FEED_URL} area="GM0758" indicators="woninginbraak"></miv-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#rules'), 'the rules are shown', { timeout: 3000 });
    const section = el.shadowRoot!.querySelector('#rules')!.closest('section')!;
    expect(texts(section, '#rules, :scope > p')).to.deep.equal([
      'About the rules',
      'Found by a fixed rule, without interpretation: a prompt for discussion, not a conclusion.',
    ]);
    expect([...section.querySelectorAll('dl > div')].map((d) => [texts(d, 'dt')[0], texts(d, 'dd')[0]])).to.deep.equal(
      RULES,
    );
  });
});
