import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { smallFeed } from '../../fixtures/feeds.js';
import {
  accessibleName,
  chartOf,
  failOnConsoleErrors,
  feedUrl,
  query,
  rendered,
  SAMPLE_FEED_URL,
  shadow,
  text,
} from '../../helpers.js';
import { drawnLines, drawnSeries, type DrawnSeries } from './helpers.js';
import { enqueue } from '../../../src/controllers/work-queue.js';

describe('<miv-indicator>', () => {
  failOnConsoleErrors();

  describe('chart', () => {
    it('draws one labelled line per area with a point per period, and gaps for suppressed values', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0748"
          compare="land"
        ></miv-indicator>`,
      );
      const svg = query(el, '[part~="chart"] svg')!;
      expect(svg, 'an SVG chart').to.exist;
      const lines = drawnLines(el);
      expect(lines.map((s) => s.name)).to.deep.equal(['Bergen op Zoom', 'Nederland']);
      expect(lines[0]!.data).to.have.length(11);
      expect(lines[0]!.data[5], 'suppressed 2020 is a gap, not zero').to.equal(null);
      expect(lines[0]!.lineStyle!.type, 'own line solid').to.equal('solid');
      expect(lines[1]!.lineStyle!.type, 'Nederland dash-dot').to.deep.equal([12, 4, 2, 4]);
      // The legend is HTML beside the chart, in the lines' order.
      expect([...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Bergen op Zoom',
        'Nederland',
      ]);
    });

    it('steps its value axis no finer than the figures: whole counts get no 0,5 between them', async () => {
      const feed = await smallFeed();
      const national = feed.series.find((s) => s.indicator === 'mensenhandel-seksuele-uitbuiting')!;
      national.values = [0, 1, 2, 1, 0, 2, 1, 0, 1, 2, 1];
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${feedUrl(feed)}
          indicator="mensenhandel-seksuele-uitbuiting"
          area="NL01"
        ></miv-indicator>`,
      );
      const numbers = [...query(el, '[part~="chart"] svg')!.querySelectorAll('text')]
        .map((t) => t.textContent!.trim())
        .filter((t) => /^\d+(,\d+)?$/.test(t) && !/^20\d\d$/.test(t));
      expect(numbers).to.deep.equal(['0', '1', '2']);
    });

    it('marks provisional points, and shades a special period with its label instead of a break', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0758"
          compare="none"
        ></miv-indicator>`,
      );
      const [line] = drawnLines(el);
      expect(line!.data.at(-1)).to.deep.include({ value: 3, symbol: 'emptyCircle' });
      expect(
        drawnSeries(el).map((s) => s.name),
        'no break marker',
      ).not.to.include('series-breaks');
      const svg = query(el, '[part~="chart"] svg')!;
      expect(svg.textContent).to.contain('Corona').and.not.contain('Trendbreuk');
      expect(text(el, '[part="notes"]')).to.contain(
        'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
      );
      expect(text(el, '[part="notes"]')).not.to.contain('Trendbreuk');
    });

    it('shows a break as a gap in the line, marked and explained, and compares only after it', async () => {
      const feed = await smallFeed();
      feed.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
        { period: '2019', reason: 'Nieuwe registratiemethode' },
      ];
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${feedUrl(feed)}
          indicator="woninginbraak"
          area="GM0758"
          compare="none"
        ></miv-indicator>`,
      );
      const parts = drawnLines(el).filter((l) => l.name === 'Breda');
      expect(
        parts.map((l) => l.data.filter((d) => d !== null).length),
        'two lines: 2015–2018, 2019–2025',
      ).to.deep.equal([4, 7]);
      expect(query(el, '[part~="chart"] svg')!.textContent).to.contain('Trendbreuk');
      expect(text(el, '[part="notes"]')).to.contain('Trendbreuk 2019: Nieuwe registratiemethode');
      const headline = [...shadow(el).querySelectorAll('[part="change"]')].map((c) =>
        c.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(headline).to.deep.equal([
        '→ even hoog als in 2024',
        '↓ sinds 2019 (na de trendbreuk): 2,1 lager dan in 2019 (-41 %), gunstig',
      ]);
      expect(text(el, '[part="summary"]')).to.contain('Sinds 2019 (na de trendbreuk): 2,1 lager dan in 2019 (-41 %).');
      expect(text(el, '[part="summary"]')).not.to.contain('2015');
    });

    it('draws the survey margin as a band and explains it', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="GM0758"></miv-indicator>`,
      );
      const band = chartOf<{ series: DrawnSeries[] }>(el)
        .instance!.getOption()
        .series.filter((s) => s.name.startsWith('band-'));
      // Lower edge 18,7 − 2,0 and width 2 × 2,0 for 2025.
      expect(band.map((s) => s.data.at(-1))).to.deep.equal([16.7, 4]);
      expect(text(el, '[part="notes"]')).to.equal('Band: 95 %-betrouwbaarheidsmarge van Breda.');
    });

    it('draws a national stand-in distinctly, names it in the legend and says so in words', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="mensenhandel-seksuele-uitbuiting"
          area="GM0758"
        ></miv-indicator>`,
      );
      const [line] = drawnLines(el);
      expect(line!.name).to.equal('Nederland (landelijke trend)');
      expect(line!.lineStyle!.type).to.deep.equal([4, 4]);
      expect(text(el, '[part="legend"]')).to.equal('Nederland (landelijke trend)');
      expect(text(el, '[part="fallback"]')).to.equal(
        'Voor Breda is geen cijfer beschikbaar; u ziet het landelijke cijfer (Nederland).',
      );
    });

    it('says once, above the headline, which level stands in, and describes the chart with it', async () => {
      const feed = await smallFeed();
      // Breda's own survey figures left out: De Baronie's stand in for them.
      feed.series = feed.series.filter((s) => !(s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758'));
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${feedUrl(feed)} indicator="onveilig-eigen-buurt" area="GM0758"></miv-indicator>`,
      );
      const fallback = 'Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.';
      expect(text(el, '[part="fallback"]')).to.equal(fallback);
      expect(shadow(el).textContent!.split('geen cijfer beschikbaar').length - 1, 'said once').to.equal(1);
      const order = [...shadow(el).querySelectorAll('[part="fallback"], [part="headline"]')].map((e) =>
        e.getAttribute('part'),
      );
      expect(order).to.deep.equal(['fallback', 'headline']);
      expect(text(el, '[part="summary"]')).to.match(
        /^In 2025: 16,0 % van de inwoners van 15 jaar en ouder in De Baronie\./,
      );
      const ids = query(el, '[part~="chart"]')!.getAttribute('aria-describedby')!.split(' ');
      const description = ids.map((id) => shadow(el).getElementById(id)!.textContent!.trim()).join(' ');
      expect(description).to.match(new RegExp(`^${fallback.replace(/[.()]/g, '\\$&')} In 2025: 16,0\u00a0%`));
    });
  });

  describe('headline', () => {
    const changes = (el: Element) =>
      [...shadow(el).querySelectorAll<HTMLElement>('[part="change"]')].map((c) => ({
        text: c.textContent!.replace(/\s+/g, ' ').trim(),
        judgement: c.dataset['judgement'],
        colour: getComputedStyle(c).color,
      }));
    const GREEN = 'rgb(0, 115, 92)';
    const RED = 'rgb(179, 38, 30)';
    const GREY = 'rgb(85, 85, 85)';

    it('shows a rise of a higher-is-worse rate in red and a fall in green, with arrows', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
      );
      expect(text(el, '[part="value"]')).to.equal('3,3*');
      expect(text(el, '.latest .period')).to.equal('2025, voorlopig');
      expect(changes(el)).to.deep.equal([
        // Not by its colour alone (WCAG 1.4.1): the words say it too.
        { text: '↑ 0,2 hoger dan in 2024 (+6 %), ongunstig', judgement: 'unfavourable', colour: RED },
        { text: '↓ 2,1 lager dan in 2015 (-39 %), gunstig', judgement: 'favourable', colour: GREEN },
      ]);
      expect(text(el, '.polarity')).to.equal('Lager is gunstiger.');
    });

    it('turns the colours round when higher is better', async () => {
      const feed = await smallFeed();
      feed.indicators.find((i) => i.id === 'woninginbraak')!.polarity = 'higher-is-better';
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${feedUrl(feed)} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
      );
      expect(changes(el).map((c) => [c.judgement, c.colour, c.text.split(', ').at(-1)])).to.deep.equal([
        ['favourable', GREEN, 'gunstig'],
        ['unfavourable', RED, 'ongunstig'],
      ]);
      expect(text(el, '.polarity')).to.equal('Hoger is gunstiger.');
    });

    it('says which of two changes in the same words is judged, not by its colour alone', async () => {
      const headline = async (area: string) => {
        const el = await rendered<MivIndicator>(
          html`<miv-indicator
            src=${SAMPLE_FEED_URL}
            indicator="drugsdumpingen"
            area=${area}
            compare="none"
          ></miv-indicator>`,
        );
        const [previous] = changes(el);
        // Out of the way, so the next chart is near the viewport and draws.
        el.remove();
        return previous;
      };
      // Breda's few dumpings are not judged (small numbers); the unit's many are.
      expect(await headline('GM0758')).to.deep.equal({
        text: '↓ 3 minder dan in 2024 (van 6 naar 3)',
        judgement: 'neutral',
        colour: GREY,
      });
      expect(await headline('zeeland-west-brabant')).to.deep.equal({
        text: '↓ 3 minder dan in 2024 (-8 %), gunstig',
        judgement: 'favourable',
        colour: GREEN,
      });
    });

    it('keeps a neutral indicator grey, whichever way it goes', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="halt-verwijzingen" area="GM0758"></miv-indicator>`,
      );
      expect(changes(el)).to.deep.equal([
        { text: '↑ 4,5 hoger dan in 2024 (+4 %)', judgement: 'neutral', colour: GREY },
        { text: '↓ 27,0 lager dan in 2015 (-19 %)', judgement: 'neutral', colour: GREY },
      ]);
      expect(text(el, '.polarity')).to.match(/^Neutraal:/);
    });

    it('calls survey values only higher or lower when the difference is significant', async () => {
      const breda = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="GM0758"></miv-indicator>`,
      );
      expect(changes(breda)).to.deep.equal([
        { text: '→ gelijk aan 2023 (verschil niet significant)', judgement: 'equal', colour: GREY },
        { text: '→ gelijk aan 2019 (verschil niet significant)', judgement: 'equal', colour: GREY },
      ]);
      // Out of the way, so the next chart is near the viewport and draws.
      breda.remove();
      const national = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="NL01"></miv-indicator>`,
      );
      expect(changes(national)[1]).to.deep.equal({
        text: '↓ 1,6 procentpunt significant lager dan in 2019, gunstig',
        judgement: 'favourable',
        colour: GREEN,
      });
    });

    it('says when the periods after the latest figure have none, so it does not read as the newest', async () => {
      // Baarle-Nassau's burglaries of 2025 are too few to publish.
      const baarle = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0744"></miv-indicator>`,
      );
      expect([text(baarle, '[part="value"]'), text(baarle, '.latest .period')]).to.deep.equal(['1,9', '2024']);
      expect(text(baarle, '[part="headline"] .missing')).to.equal('2025: geen cijfer (geheim)');
      baarle.remove();
      const bergen = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
      );
      expect(query(bergen, '.missing'), 'a figure in the last period').to.equal(null);
    });

    it('hides the arrows from screen readers, which read the words', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
      );
      const arrow = query(el, '[part="change"] [aria-hidden="true"]')!;
      expect(arrow.textContent).to.equal('↑');
    });
  });

  describe('table', () => {
    it('has the same numbers as a real table, with only the symbols that occur explained', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0748"
          compare="land"
        ></miv-indicator>`,
      );
      const table = query(el, '[part="table"]')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
        'Diefstal uit woning (woninginbraak), Bergen op Zoom, per 1.000 inwoners',
      );
      const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(head).to.deep.equal(['Periode', 'Bergen op Zoom', 'Nederland']);
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => c.textContent!.trim()),
      );
      expect(rows).to.have.length(11);
      expect(rows[0]).to.deep.equal(['2015', '5,4', '4,6']);
      expect(rows[5]).to.deep.equal(['2020', 'x noot 1)', '3,5']);
      expect(rows[10]).to.deep.equal(['2025', '3,3*', '2,0*']);
      expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
      expect(text(el, '.legend')).to.equal('* voorlopig · x geheim');
    });

    it('shows margins in survey cells', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="onveilig-eigen-buurt"
          area="GM0758"
          compare="none"
        ></miv-indicator>`,
      );
      expect(text(el, 'tbody tr:last-child td')).to.equal('18,7 ± 2,0');
    });

    it('is hidden but readable until toggled, and visible with show-table', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      );
      const table = () => query(el, '[part="table"]')!;
      const toggle = query<HTMLButtonElement>(el, '[part="table-toggle"]')!;
      expect(table().classList.contains('visually-hidden')).to.equal(true);
      expect(table().tabIndex, 'hidden, no tab stop').to.equal(-1);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent!.trim()).to.equal('Toon tabel');
      toggle.click();
      await el.updateComplete;
      expect(table().classList.contains('visually-hidden')).to.equal(false);
      expect(table().getBoundingClientRect().height).to.be.greaterThan(100);
      // Shown, it may scroll sideways on a phone: a named region the keyboard can reach and scroll.
      expect([table().getAttribute('role'), table().getAttribute('aria-label'), table().tabIndex]).to.deep.equal([
        'region',
        text(el, 'caption'),
        0,
      ]);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Verberg tabel');
      toggle.click();
      el.showTable = true;
      await el.updateComplete;
      expect(el.hasAttribute('show-table')).to.equal(true);
      expect(table().classList.contains('visually-hidden')).to.equal(false);
    });
    it('builds the hidden table after the figures and every other build waiting, and reaches it once complete', async () => {
      // Other widgets' builds keep coming until released: the table, last in the queue, waits for them.
      let holding = true;
      const hold = () => {
        const end = performance.now() + 5;
        while (performance.now() < end);
        if (holding) enqueue('build', hold);
      };
      enqueue('build', hold);
      const el = document.createElement('miv-indicator') as MivIndicator;
      Object.assign(el, { src: SMALL_FEED_URL, indicator: 'woninginbraak', area: 'GM0758', loading: 'eager' });
      document.body.append(el);
      try {
        const rows = () => shadow(el).querySelectorAll('[part="table"] tbody tr').length;
        await waitUntil(() => query(el, '[part~="value"]'), 'the headline figure');
        expect(rows(), 'no table rows beside the first figures').to.equal(0);
        expect(query(el, '#data-table'), "the toggle's target").to.exist;
        holding = false;
        await el.updateComplete;
        expect(rows(), 'the rows, for screen readers').to.be.greaterThan(5);
        expect(query(el, '[part="table"]')!.classList.contains('visually-hidden')).to.equal(true);
      } finally {
        holding = false;
        el.remove();
      }
    });
  });

  describe('summary, footer and duiding', () => {
    it('describes the chart in a sentence that is also its accessible description', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0758"
          compare="land"
        ></miv-indicator>`,
      );
      const summary = query(el, '[part="summary"]')!;
      expect(summary.textContent!.trim()).to.equal(
        'In 2025: 3,0 woninginbraken per 1.000 inwoners in Breda (voorlopig cijfer). Dat is even hoog als in 2024. ' +
          'Over de hele reeks: 3,4 lager dan in 2015 (-53\u00a0%). Ter vergelijking in 2025: Nederland (2,0*). ' +
          'De cijfers voor 2025 met een * zijn voorlopig.',
      );
      const chart = query(el, '[part~="chart"]')!;
      expect(chart.getAttribute('role'), 'a chart the keyboard walks').to.equal('application');
      const [described] = chart.getAttribute('aria-describedby')!.split(' ');
      expect(shadow(el).getElementById(described!) === summary, 'described by the summary').to.equal(true);
      expect(await accessibleName('application', (name) => name.startsWith('Grafiek:'))).to.equal(
        'Grafiek: Diefstal uit woning (woninginbraak), Breda',
      );
    });

    it('shows the header, the footer with a linked source, the duiding and the sample mark', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      );
      expect(text(el, '[part="title"]')).to.equal('Diefstal uit woning (woninginbraak)');
      expect(text(el, '.header .meta')).to.equal('Breda · per 1.000 inwoners · 2015–2025');
      const source = query<HTMLAnchorElement>(el, '[part="source"] a')!;
      expect(source.textContent).to.equal('CBS (Bbv) / Politie');
      expect(source.href).to.equal('https://data.politie.nl/');
      expect(text(el, '[part="footer"]')).to.contain('Stand 15 juni 2026').and.contain('Eenheid per 1.000 inwoners');
      expect(text(el, '[part="duiding-scope"]')).to.equal('Duiding voor district De Baronie');
      expect(text(el, '[part="duiding"] blockquote'))
        .to.contain('De daling zet door')
        .and.contain('— District De Baronie, 10 april 2026');
      expect(query(el, '[part="duiding"]')!.getAttribute('aria-label')).to.equal(
        'Duiding bij Diefstal uit woning (woninginbraak), Breda',
      );
      expect(text(el, '[part="sample"]')).to.equal('Fictieve voorbeelddata');
      expect(text(el, '[part="footer"]')).not.to.contain('Zie ook');
    });

    it('says the period a duiding was written about, beside the later years of its series', async () => {
      const feed = await smallFeed();
      const own = feed.duiding!.find((d) => d.indicator === 'woninginbraak' && d.area === 'de-baronie')!;
      own.period = '2020';
      feed.duiding!.push({ ...own, area: undefined, period: '2021-H1', text: 'Een halfjaar apart.' });
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${feedUrl(feed)} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      );
      const bylines = [...shadow(el).querySelectorAll('[part="duiding"] footer')].map((f) => f.textContent!.trim());
      expect(bylines).to.include('— District De Baronie, 10 april 2026, over 2020');
      expect(bylines).to.include('— District De Baronie, 10 april 2026, over het 1e halfjaar van 2021');
    });

    it("shows the district's and the general duiding after the area's own, each saying what it is about", async () => {
      const feed = await smallFeed();
      const district = feed.duiding!.find((d) => d.indicator === 'woninginbraak' && d.area === 'de-baronie')!;
      feed.duiding!.push(
        { ...district, area: undefined, text: 'Overal.', date: '2026-06-01' },
        { ...district, area: 'GM0758', text: 'Breda zelf.', date: '2026-01-01' },
        // Another gemeente's words are not Breda's.
        { ...district, area: 'GM0777', text: 'Etten-Leur.' },
      );
      // No comparison lines: the district's words are there because Breda lies in it.
      const el = await rendered<MivIndicator>(
        html`<miv-indicator
          src=${feedUrl(feed)}
          indicator="woninginbraak"
          area="GM0758"
          compare="none"
        ></miv-indicator>`,
      );
      const lines = [...shadow(el).querySelectorAll('[part="duiding"] :is([part="duiding-scope"], blockquote > p)')];
      expect(lines.map((line) => line.textContent!.trim())).to.deep.equal([
        'Breda zelf.',
        'Duiding voor district De Baronie',
        district.text,
        'Algemene duiding',
        'Overal.',
      ]);
    });

    it("links the theme's instrument in the footer, once beside the indicator's own", async () => {
      const feed = await smallFeed();
      const link = { title: 'Zicht op Ondermijning', url: 'https://www.zichtopondermijning.nl/' };
      feed.themes.find((t) => t.id === 'veilige-buurt-en-omgeving')!.link = link;
      feed.indicators.find((i) => i.id === 'woninginbraak')!.instruments = [
        link,
        { title: 'Politie in cijfers', url: 'https://data.politie.nl/' },
      ];
      const el = await rendered<MivIndicator>(
        html`<miv-indicator src=${feedUrl(feed)} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      );
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="footer"] a')].slice(1);
      expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([
        ['Zicht op Ondermijning', 'https://www.zichtopondermijning.nl/'],
        ['Politie in cijfers', 'https://data.politie.nl/'],
      ]);
      expect(text(el, '[part="footer"]')).to.contain('Zie ook Zicht op Ondermijning, Politie in cijfers');
    });

    it('takes its language from the page when it has no lang of its own', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>
        </div>`,
      );
      const el = page.querySelector('miv-indicator')!;
      await waitUntil(() => query(el, '[part="table-toggle"]'));
      expect(text(el, '[part="table-toggle"]')).to.equal('Show table');
      expect(el.hasAttribute('lang'), 'no empty lang attribute').to.equal(false);
    });

    it('speaks English with lang="en"', async () => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator lang="en" src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
      );
      expect(text(el, '[part="summary"]')).to.match(
        /^In 2025: 3\.3 woninginbraken per 1\.000 inwoners in Bergen op Zoom/,
      );
      expect(text(el, '[part="change"]')).to.equal('↑ 0.2 higher than in 2024 (+6%), unfavourable');
      expect(text(el, '[part="table-toggle"]')).to.equal('Show table');
    });
  });
});
