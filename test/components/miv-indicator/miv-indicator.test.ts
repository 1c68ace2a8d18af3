import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { MivErrorDetail } from '../../../src/components/miv-chart-element.js';
import { SMALL_FEED_URL, MISSING_URL } from '../../fixtures/feeds.js';

async function rendered(element: Promise<MivIndicator>): Promise<MivIndicator> {
  const el = await element;
  await oneEvent(el, 'miv-rendered');
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;

describe('<miv-indicator>', () => {
  it('draws one line per area with a point per period, and gaps for suppressed values', async () => {
    const el = await rendered(
      fixture<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0748"
          compare="land"
        ></miv-indicator>`,
      ),
    );
    const svg = shadow(el).querySelector('[part~="chart"] svg');
    expect(svg, 'an SVG chart').to.exist;
    const option = (
      el as unknown as { chart: { instance: { getOption(): { series: { name: string; data: unknown[] }[] } } } }
    ).chart.instance.getOption();
    const lines = option.series.filter((s) => !s.name.startsWith('band'));
    expect(lines.map((s) => s.name)).to.deep.equal(['Bergen op Zoom', 'Nederland']);
    expect(lines[0]!.data).to.have.length(11);
    expect(lines[0]!.data[5], 'suppressed 2020 is a gap').to.equal(null);
    // The legend draws both names into the SVG.
    expect(svg!.textContent).to.contain('Bergen op Zoom').and.contain('Nederland');
  });

  it('shows the headline, the summary, the footer and the sample mark', async () => {
    const el = await rendered(
      fixture<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      ),
    );
    const root = shadow(el);
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Diefstal uit woning (woninginbraak)');
    expect(root.querySelector('[part="value"]')!.textContent).to.match(/^\d+,\d\*$/);
    expect(root.querySelector('[part="summary"]')!.textContent).to.match(/^In Breda was de waarde/);
    const source = root.querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(source.textContent).to.equal('CBS (Bbv) / Politie');
    expect(source.href).to.equal('https://data.politie.nl/');
    expect(root.querySelector('[part="sample"]')!.textContent).to.equal('Fictieve voorbeelddata');
    expect(root.querySelector('.change[data-judgement="favourable"]'), 'a fall of burglary is favourable').to.exist;
  });

  it('has a data table with the same numbers, always available to screen readers', async () => {
    const el = await rendered(
      fixture<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0748"
          compare="none"
        ></miv-indicator>`,
      ),
    );
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.have.length(11);
    expect(rows[5]).to.deep.equal(['2020', '.']);
    expect(rows[10]![1]).to.match(/^\d+,\d\*$/);
  });

  it('shows a Dutch message and fires miv-error for an unknown indicator', async () => {
    const el = document.createElement('miv-indicator');
    el.src = SMALL_FEED_URL;
    el.indicator = 'bestaat-niet';
    el.area = 'GM0758';
    const event = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.kind).to.equal('unknown-indicator');
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Indicator niet gevonden.').and.contain('"bestaat-niet"');
    el.remove();
  });

  it('shows a Dutch message for a feed that is not there', async () => {
    const el = document.createElement('miv-indicator');
    Object.assign(el, { src: MISSING_URL, indicator: 'woninginbraak', area: 'GM0758' });
    const event = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
    document.body.append(el);
    expect((await event).detail.kind).to.equal('http');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('De gegevensbron gaf een fout.');
    el.remove();
  });

  it('disposes the chart when removed and draws it again when re-attached', async () => {
    const el = await rendered(
      fixture<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="NL01"></miv-indicator>`,
      ),
    );
    const controller = (el as unknown as { chart: { instance: unknown } }).chart;
    const parent = el.parentElement!;
    el.remove();
    expect(controller.instance).to.equal(undefined);
    const again = oneEvent(el, 'miv-rendered');
    parent.append(el);
    await again;
    expect(shadow(el).querySelector('[part~="chart"] svg')).to.exist;
  });

  it('speaks English with lang="en"', async () => {
    const el = await rendered(
      fixture<MivIndicator>(
        html`<miv-indicator lang="en" src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      ),
    );
    await waitUntil(() => shadow(el).querySelector('[part="summary"]'));
    expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.match(
      /^In Breda the value was \d+\.\d per 1\.000 inwoners in 2025\./,
    );
  });
});
