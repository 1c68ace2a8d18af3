import { expect } from '@open-wc/testing';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { indicatorGrid } from '../../src/model/grid.js';
import { buildCompareModel } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { gridToCsv } from '../../src/model/csv.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { smallFeed } from '../fixtures/feeds.js';
import { SAMPLE_FEED_URL } from '../helpers.js';

const { nl, en } = dictionaries;

describe('gridToCsv', () => {
  it('writes a Dutch Excel file: BOM, ";" and decimal comma, metadata first, one line per value', async () => {
    const feed = parseFeed(await smallFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0748', compare: 'land' });
    const csv = gridToCsv(indicatorGrid(model, nl), nl);
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 9)).to.deep.equal([
      'Diefstal uit woning (woninginbraak)',
      'Eenheid;per 1.000 inwoners',
      'Bron;CBS (Bbv) / Politie;https://data.politie.nl/',
      'Toelichting;Geregistreerde woninginbraken (inclusief pogingen) per 1.000 inwoners.',
      'Stand;15 juni 2026',
      'Uitgever;MIV widgets;CC0-1.0',
      'Fictieve voorbeelddata',
      '',
      'Periode;Gebied;Waarde;Status;Marge (95 %);Noot',
    ]);
    expect(lines).to.include('2015;Bergen op Zoom;5,4;definitief;;');
    expect(lines).to.include(
      '2020;Bergen op Zoom;;geheim;;Te weinig gevallen om te publiceren. | Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
    );
    expect(lines).to.include('2025;Nederland;2,0;voorlopig;;');
    // 11 years × 2 areas, after the 9 lines of the head, and a final line end.
    expect(lines).to.have.length(9 + 22 + 1);
    expect(lines.at(-1)).to.equal('');
  });

  it('says under the title, as the page does, that the asked area has no figures and whose the file holds instead', async () => {
    const feed = parseFeed(await (await fetch(SAMPLE_FEED_URL)).json());
    // Breda has no stabbing figures: the file holds De Baronie's, and must say why.
    const model = buildIndicatorModel(feed, { indicator: 'steekincidenten', area: 'GM0758' });
    const lines = gridToCsv(indicatorGrid(model, nl), nl).slice(1).split('\r\n');
    expect(lines.slice(0, 3)).to.deep.equal([
      'Steekincidenten (messen)',
      '"Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie."',
      'Eenheid;aantal',
    ]);
    expect(lines).to.include('2025;De Baronie (districtscijfer);98;voorlopig;;');
    // In English too, one quoted cell that names both areas.
    const english = gridToCsv(indicatorGrid(model, en), en).slice(1).split('\r\n');
    expect(english[1]).to.match(/^"No figure is available for Breda;[^"]*De Baronie[^"]*"$/);
  });

  it('names the source the indicator refers to in the feed, as the citation and the list of sources do', async () => {
    const raw = await smallFeed();
    raw.sources = [
      {
        id: 'politie-open-data',
        name: 'Politie Open Data',
        publisher: 'Politie',
        url: 'https://data.politie.nl/',
        table: { id: '47022NED', title: 'Geregistreerde misdrijven' },
      },
    ];
    raw.indicators[0]!.source = { name: 'CBS (Bbv) / Politie', url: 'https://www.cbs.nl/', id: 'politie-open-data' };
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0748' });
    const grid = indicatorGrid(model, nl);
    expect(gridToCsv(grid, nl).split('\r\n')).to.include('Bron;Politie Open Data;https://data.politie.nl/');
    expect(grid.source).to.deep.equal({ name: 'Politie Open Data', url: 'https://data.politie.nl/' });
  });

  it('gives a listed source without an address the one its indicator gives', async () => {
    const raw = await smallFeed();
    raw.sources = [{ id: 'veiligheidsregio', name: 'Veiligheidsregio Zeeland', publisher: 'Veiligheidsregio' }];
    raw.indicators[0]!.source = { name: 'Veiligheidsregio / CBS', url: 'https://www.cbs.nl/', id: 'veiligheidsregio' };
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0748' });
    expect(gridToCsv(indicatorGrid(model, nl), nl).split('\r\n')).to.include(
      'Bron;Veiligheidsregio Zeeland;https://www.cbs.nl/',
    );
  });

  it('notes on a value the series break it is the first after and the special period it lies in, under the same header row', async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!.breaks = [
      { period: '2021', reason: 'Vernieuwde Veiligheidsmonitor', areas: ['GM0758'] },
    ];
    const feed = parseFeed(raw);
    const survey = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'land' });
    const lines = gridToCsv(indicatorGrid(survey, nl), nl).split('\r\n');
    expect(lines[8]).to.equal('Periode;Gebied;Waarde;Status;Marge (95 %);Noot');
    expect(lines.slice(9, 13)).to.deep.equal([
      '2019;Breda;20,1;definitief;1,9;',
      '2019;Nederland;17,5;definitief;0,3;',
      '2021;Breda;18,4;definitief;1,8;Trendbreuk 2021: Vernieuwde Veiligheidsmonitor',
      '2021;Nederland;16,8;definitief;0,3;',
    ]);
    const burglary = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0748', compare: 'none' });
    expect(gridToCsv(indicatorGrid(burglary, en), en).split('\r\n')).to.include.members([
      '2019,Bergen op Zoom,4.6,definitive,,',
      '2020,Bergen op Zoom,,confidential,,Te weinig gevallen om te publiceren. | Special period 2020–2021 (Corona): COVID-19: minder mensen van huis',
      '2021,Bergen op Zoom,4.1,definitive,,Special period 2020–2021 (Corona): COVID-19: minder mensen van huis',
      '2022,Bergen op Zoom,3.8,definitive,,',
    ]);
  });

  it('notes a break on the first figure after it, not on a geheim value right after the break', async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [{ period: '2020', reason: 'Nieuwe registratie' }];
    // Bergen op Zoom's 2020 is geheim: its 2021 is the first figure that the break makes incomparable.
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0748', compare: 'none' });
    expect(gridToCsv(indicatorGrid(model, nl), nl).split('\r\n')).to.include.members([
      '2020;Bergen op Zoom;;geheim;;Te weinig gevallen om te publiceren. | Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
      '2021;Bergen op Zoom;4,1;definitief;;Trendbreuk 2020: Nieuwe registratie | Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
    ]);
  });

  it("writes no break note beside a comparison's geheim value: it states no figure to compare across the break", async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!.breaks = [
      { period: '2021', reason: 'Vernieuwde Veiligheidsmonitor' },
    ];
    // Baarle-Nassau's 2021 is geheim, with the feed's own note, which stays.
    const baarle = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0744')!;
    baarle.notes = { '2021': 'Te weinig respondenten.' };
    const query = { indicator: 'onveilig-eigen-buurt', within: 'de-baronie', period: '2021' };
    const csv = gridToCsv(compareGrid(buildCompareModel(parseFeed(raw), query), nl), nl);
    const lines = csv.split('\r\n');
    expect(lines.slice(8, 13)).to.deep.equal([
      'Gebied;Periode;Waarde;Status;Marge (95 %);Noot',
      'Baarle-Nassau;2021;;geheim;;Te weinig respondenten.',
      'Baarle-Nassau;2019;14,0;definitief;4,8;',
      'Breda;2021;18,4;definitief;1,8;Trendbreuk 2021: Vernieuwde Veiligheidsmonitor',
      'Breda;2019;20,1;definitief;1,9;',
    ]);
  });

  it('writes a margin smaller than half the last decimal with the decimals that keep it from 0, as the table does', async () => {
    const raw = await smallFeed();
    const breda = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758')!;
    breda.margins![breda.periods.indexOf('2021')] = 0.04;
    const model = buildIndicatorModel(parseFeed(raw), {
      indicator: 'onveilig-eigen-buurt',
      area: 'GM0758',
      compare: 'none',
    });
    expect(gridToCsv(indicatorGrid(model, nl), nl).split('\r\n')).to.include('2021;Breda;18,4;definitief;0,04;');
    expect(gridToCsv(indicatorGrid(model, en), en).split('\r\n')).to.include('2021,Breda,18.4,definitive,0.04,');
  });

  it('writes margins, and "," with a decimal point in English', async () => {
    const feed = parseFeed(await smallFeed());
    const model = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'none' });
    const lines = gridToCsv(indicatorGrid(model, en), en).split('\r\n');
    expect(lines).to.include('Period,Area,Value,Status,Margin (95%),Note');
    expect(lines).to.include('2025,Breda,18.7,definitive,2.0,');
  });

  it('writes no margin beside a figure it does not write: a geheim survey figure keeps its margin to itself', async () => {
    const raw = await smallFeed();
    // Baarle-Nassau's survey figure of 2025 is geheim, in a feed that delivers its margin all the same.
    raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0744')!.margins![3] = 4.9;
    const query = { indicator: 'onveilig-eigen-buurt', area: 'GM0744', compare: 'none' };
    const lines = gridToCsv(indicatorGrid(buildIndicatorModel(parseFeed(raw), query), nl), nl).split('\r\n');
    expect(lines).to.include('2023;Baarle-Nassau;13,1;definitief;4,9;');
    expect(lines).to.include('2025;Baarle-Nassau;;geheim;;');
  });

  it('quotes separators and quotes, and defuses text a spreadsheet would run as a formula', async () => {
    const raw = await smallFeed();
    const indicator = raw.indicators.find((i) => i.id === 'woninginbraak')!;
    indicator.title = '=HYPERLINK("http://example.org";"klik")';
    indicator.unit = 'per 1.000; inwoners';
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'NL01' });
    const lines = gridToCsv(indicatorGrid(model, nl), nl).slice(1).split('\r\n');
    expect(lines[0]).to.equal(`"'=HYPERLINK(""http://example.org"";""klik"")"`);
    expect(lines[1]).to.equal('Eenheid;"per 1.000; inwoners"');
  });
});
