import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { ViewState } from '../../../src/view/view-state.js';
import { fairFeed } from '../../fixtures/fair-feed.js';
import { failOnConsoleErrors, feedUrl, query, rendered, shadow, text } from '../../helpers.js';

const rows = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );
const caption = (el: Element) => text(el, '[part="table"] caption');
const pressed = (el: Element, part: string) =>
  [...shadow(el).querySelectorAll(`[part="${part}"] button`)].map(
    (b) => `${b.textContent!.trim()}${b.getAttribute('aria-pressed') === 'true' ? ' ✓' : ''}`,
  );
const button = (el: Element, part: string, value: string) =>
  query<HTMLButtonElement>(el, `[part="${part}"] button[data-value="${value}"]`)!;

describe('<miv-indicator> fair comparisons', () => {
  failOnConsoleErrors();
  let src: string;
  before(async () => {
    src = feedUrl(await fairFeed());
  });

  it('shows a count beside its size class per 10.000 inwoners, says which group and why, and switches to the number', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${src} indicator="drugslabs" area="GM0758" compare="group:gk-150-250"></miv-indicator>`,
    );
    expect(text(el, '[part="group"]')).to.equal(
      'Ter vergelijking: gemeenten met 150.000 tot 250.000 inwoners in Nederland (gemeentegrootteklasse van het CBS, naar het aantal inwoners op 1 januari 2024).',
    );
    expect(pressed(el, 'measure')).to.deep.equal(['Aantal', 'Per 10.000 inwoners ✓']);
    expect(text(el, '[part="value"]')).to.equal('2,7');
    expect(caption(el)).to.equal('Aangetroffen drugslabs, Breda, per 10.000 inwoners');
    expect(rows(el)).to.deep.equal([
      ['2021', '2,0', '1,6'],
      ['2022', '2,2', '1,8'],
      ['2023', '2,9', '1,9'],
      ['2024', '2,4', '2,0'],
      ['2025', '2,7', '2,1'],
    ]);
    expect(text(el, '[part="summary"]')).to.contain('In 2025: 2,7 drugslabs per 10.000 inwoners in Breda.');

    const announced = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<ViewState>>;
    button(el, 'measure', 'count').click();
    expect((await announced).detail).to.deep.equal({ measure: 'count' });
    await el.updateComplete;
    expect(el.getAttribute('measure')).to.equal('count');
    expect(pressed(el, 'measure')).to.deep.equal(['Aantal ✓', 'Per 10.000 inwoners']);
    expect(text(el, '[part="value"]')).to.equal('50');
    expect(rows(el)[4]).to.deep.equal(['2025', '50', '546']);

    // A page restoring its URL sets the property back.
    el.measure = 'rate';
    await el.updateComplete;
    expect(text(el, '[part="value"]')).to.equal('2,7');
  });

  it('keeps a suppressed count suppressed as a rate, and small counts unjudged', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${src} indicator="drugslabs" area="GM0744" measure="rate"></miv-indicator>`,
    );
    // 3, 2 and 4 of 7.000 and 7.100 inhabitants: 4,3, 2,8 and 5,6 per 10.000.
    expect(rows(el)).to.deep.equal([
      ['2021', 'x'],
      ['2022', 'x'],
      ['2023', '4,3'],
      ['2024', '2,8'],
      ['2025', '5,6'],
    ]);
    const change = query(el, '[part="change"]')!;
    expect(change.dataset['judgement']).to.equal('neutral');
    expect(change.textContent).to.contain('van 2,8 naar 5,6').and.not.contain('%');
  });

  it('draws every line as an index, 2022 = 100 after the break, with a toggle back to values', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${src}
        indicator="drugslabs"
        area="GM0758"
        compare="group:gk-150-250"
        measure="count"
        scale="index"
      ></miv-indicator>`,
    );
    // Counts since the break of 2022: Breda 40, 55, 44, 50 → 100, 137,5, 110, 125; the class 440 … 546.
    // The figures of 2021 exist but lie before the break: blank, with the reason in the notes.
    expect(rows(el)).to.deep.equal([
      ['2021', '', ''],
      ['2022', '100,0', '100,0'],
      ['2023', '137,5', '113,6'],
      ['2024', '110,0', '118,2'],
      ['2025', '125,0', '124,1'],
    ]);
    expect(caption(el)).to.equal('Aangetroffen drugslabs, Breda, index, 2022 = 100');
    expect(text(el, '[part="summary"]')).to.contain('125,0 (index, 2022 = 100) in Breda');
    // An index moves by index points; 125,0 against 110,0.
    expect(text(el, '[part="change"]')).to.contain('15,0 indexpunten hoger dan in 2024');
    expect(text(el, '[part="notes"]'))
      .to.contain('Index: elke lijn staat op 100 in 2022.')
      .and.contain('Breda: Geen index vóór de trendbreuk: het cijfer bestaat');
    expect(pressed(el, 'scale')).to.deep.equal(['Waarden', 'Index (2022 = 100) ✓']);

    const announced = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<ViewState>>;
    button(el, 'scale', 'value').focus();
    await sendKeys({ press: 'Enter' });
    expect((await announced).detail).to.deep.equal({ scale: 'value' });
    await el.updateComplete;
    expect(rows(el)[0]).to.deep.equal(['2021', '37', '400']);

    el.scale = 'index';
    el.base = '2023';
    await el.updateComplete;
    expect(caption(el)).to.equal('Aangetroffen drugslabs, Breda, index, 2023 = 100');
    expect(rows(el).slice(0, 2)).to.deep.equal([
      ['2021', '', ''],
      ['2022', '72,7', '88,0'],
    ]);
  });

  it('says plainly that a line with a secret base value has no index', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${src} indicator="drugslabs" area="GM0744" scale="index" base="2022"></miv-indicator>`,
    );
    expect(text(el, '[part="index-problem"]')).to.equal(
      'Voor Baarle-Nassau is geen index te berekenen: het cijfer van 2022 is geheim (x). Kies een andere basisperiode.',
    );
    expect(rows(el)).to.deep.equal([]);
  });

  it('lets the reader pick the periods with the keyboard, and announces them', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${src} indicator="drugslabs" area="GM0758" period-control scale-control></miv-indicator>`,
    );
    // The index toggle names the base it would use: the first year after the break.
    expect(pressed(el, 'scale')).to.deep.equal(['Waarden ✓', 'Index (2022 = 100)']);
    const from = query<HTMLSelectElement>(el, '#period-from')!;
    expect(shadow(el).querySelector('label[for="period-from"]')!.textContent).to.equal('Van');
    expect(shadow(el).querySelector('label[for="period-to"]')!.textContent).to.equal('Tot en met');
    expect(from.value).to.equal('2021');
    const announced = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<ViewState>>;
    from.focus();
    // The newest period is listed first: one up from the oldest is the year after it.
    await sendKeys({ press: 'ArrowUp' });
    expect((await announced).detail).to.deep.equal({ from: '2022' });
    await el.updateComplete;
    expect(el.from).to.equal('2022');
    expect(rows(el).map((r) => r[0])).to.deep.equal(['2022', '2023', '2024', '2025']);
    // Set from outside, as a page restores its URL.
    el.to = '2023';
    await el.updateComplete;
    expect(query<HTMLSelectElement>(el, '#period-to')!.value).to.equal('2023');
    expect(rows(el).map((r) => r[0])).to.deep.equal(['2022', '2023']);
  });
});
