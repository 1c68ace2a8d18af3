/**
 * The benchmark's workload, the same for every library: N line charts of five lines (a gemeente, its
 * district, the unit, Nederland and a neighbouring gemeente) over ten years. Writes to `.bench/`:
 *
 * - `bench-feed.json`, built by `miv-feed build` from CSV files written here (16 indicators, the
 *   unit's districts and eight gemeenten, 2016–2025), which the elements read;
 * - `lines.json`, the same numbers as the five lines per chart, which the bare-library pages read;
 * - one page per library and N: `echarts-N.html`, `chartjs-N.html`, `miv-eager-N.html` (every chart
 *   at once, as the others draw) and `miv-lazy-N.html` (the default: what is near the viewport first);
 * - `all-indicators-echarts.html`: the charts of the 66-indicator example page that the bench found in
 *   the first viewport, drawn with ECharts alone (see `bench-baseline.ts`);
 * - `miv-compare-1.html`: one `<miv-district-compare>` of the first indicator, for `bench:ab`.
 *
 * Every page lays the charts out in the same grid: four columns at 1280 px, so the first row is what a
 * reader sees first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

export const DIR = '.bench';
export const SIZES = [1, 12, 64];

/** The elements' pages, as the benchmarks load them: the address, the elements, which to wait for. */
export const mivPages = {
  /** N charts: `eager`, every chart at once; `lazy` (the default), what is in the first viewport. */
  sized: (loading, n) => ({
    path: `/${DIR}/miv-${loading}-${n}.html`,
    selector: 'miv-indicator',
    wanted: loading === 'eager' ? 'all' : 'view',
  }),
  /** One bar chart: the unit's districts, with the unit and Nederland as reference lines. */
  compare: { path: `/${DIR}/miv-compare-1.html`, selector: 'miv-district-compare', wanted: 'all' },
  /** The 66-indicator example page, as it is: the charts in its first viewport. */
  allIndicators: { path: '/examples/all-indicators.html', selector: 'miv-indicator', wanted: 'view' },
};

/** One of `mivPages` by the name the benchmark scripts take: `lazy-N`, `eager-N`, `all` or `compare`. */
export function mivPageNamed(name) {
  if (name === 'all') return mivPages.allIndicators;
  if (name === 'compare') return mivPages.compare;
  const [, loading, n] = /^(lazy|eager)-(\d+)$/.exec(name) ?? [];
  if (!loading) throw new Error(`unknown page ${name}: lazy-N, eager-N, all or compare`);
  return mivPages.sized(loading, n);
}
const YEARS = Array.from({ length: 10 }, (_, i) => String(2016 + i));
const INDICATORS = 16;
const UNIT = 'zeeland-west-brabant';
const DISTRICTS = {
  'de-markiezaten': ['GM0748', 'GM1674'],
  'de-baronie': ['GM0758', 'GM0777'],
  'hart-van-brabant': ['GM0855', 'GM0785'],
  zeeland: ['GM0687', 'GM0718'],
};
const GEMEENTEN = Object.entries(DISTRICTS).flatMap(([district, ids]) => ids.map((id) => ({ id, district })));

/** A fixed pseudo-random walk per indicator and area, so every run and library draws the same lines. */
function series(seed) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let value = 20 + next() * 40;
  return YEARS.map(() => (value = Math.max(1, value + (next() - 0.5) * 8)).toFixed(1));
}

const csv = (rows) => rows.map((r) => r.join(',')).join('\n') + '\n';

/** The charts: indicator × gemeente, in page order, each with its five lines. */
function workload() {
  const areas = [
    ['NL01', 'Nederland', 'land', ''],
    [UNIT, 'Eenheid Zeeland-West-Brabant', 'eenheid', 'NL01'],
    ...Object.keys(DISTRICTS).map((d) => [d, `District ${d}`, 'district', UNIT]),
    ...GEMEENTEN.map(({ id, district }) => [id, `Gemeente ${id}`, 'gemeente', district]),
  ];
  const indicators = Array.from({ length: INDICATORS }, (_, i) => `indicator-${String(i + 1).padStart(2, '0')}`);
  const values = new Map();
  indicators.forEach((indicator, i) =>
    areas.forEach(([area], j) => values.set(`${indicator}|${area}`, series(1 + i * 97 + j * 13))),
  );
  const name = new Map(areas.map(([id, title]) => [id, title]));
  const charts = [];
  for (const { id, district } of GEMEENTEN)
    for (const indicator of indicators) {
      const own = GEMEENTEN.indexOf(GEMEENTEN.find((g) => g.id === id));
      const neighbour = GEMEENTEN[(own + 1) % GEMEENTEN.length].id;
      const compare = [district, UNIT, 'NL01', neighbour];
      charts.push({
        indicator,
        area: id,
        compare: compare.join(' '),
        periods: YEARS,
        lines: [id, ...compare].map((a) => ({
          name: name.get(a),
          values: values.get(`${indicator}|${a}`).map(Number),
        })),
      });
    }
  return { areas, indicators, values, charts };
}

function writeFeed({ areas, indicators, values }) {
  const src = `${DIR}/feed-src`;
  mkdirSync(src, { recursive: true });
  writeFileSync(
    `${src}/indicators.csv`,
    csv([
      ['id', 'title', 'theme', 'unit', 'kind', 'polarity', 'lowest_level', 'frequency', 'chain_step', 'source'],
      ...indicators.map((id, i) => [
        id,
        `Indicator ${i + 1}`,
        'bench',
        'per 1.000 inwoners',
        'rate',
        'higher-is-worse',
        'gemeente',
        'jaar',
        'repressie',
        'Benchmark',
      ]),
    ]),
  );
  writeFileSync(`${src}/areas.csv`, csv([['id', 'name', 'level', 'parent'], ...areas]));
  const rows = [];
  for (const [key, series] of values) {
    const [indicator, area] = key.split('|');
    series.forEach((value, i) => rows.push([indicator, area, YEARS[i], value]));
  }
  writeFileSync(`${src}/values.csv`, csv([['indicator', 'area', 'period', 'value'], ...rows]));
  writeFileSync(
    `${src}/meta.json`,
    JSON.stringify({
      meta: {
        title: 'Benchmark',
        publisher: 'MIV widgets',
        licence: 'CC0-1.0',
        language: 'nl',
        published: '2026-01-01',
        updated: '2026-01-01',
        sample: true,
      },
      themes: [{ id: 'bench', title: 'Benchmark', order: 1 }],
    }),
  );
  // Its warnings (rates without the counts behind them, as the bare libraries' numbers come) are kept
  // out of the bench's output; a failed build throws with them.
  execFileSync('node', ['--import', 'tsx', 'src/cli/miv-feed.ts', 'build', src, '--out', `${DIR}/bench-feed.json`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const STYLE = `<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  main { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; padding: 16px; }
  [data-chart] { height: 320px; min-width: 0; }
</style>`;

export function page(title, head, body) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>${STYLE}${head}</head>${body}</html>`;
}

const module = (src) => `<script type="module" src="${src}"></script>`;

function pages(charts) {
  const files = {};
  for (const n of SIZES) {
    const boxes = charts
      .slice(0, n)
      .map((_, i) => `<div data-chart="${i}"></div>`)
      .join('');
    const lines = `<body data-lines="/${DIR}/lines.json"><main>${boxes}</main></body>`;
    files[`echarts-${n}.html`] = page(`ECharts, ${n}`, module(`/${DIR}/echarts.js`), lines);
    files[`chartjs-${n}.html`] = page(`Chart.js, ${n}`, module(`/${DIR}/chartjs.js`), lines);
    for (const loading of ['eager', 'lazy']) {
      const widgets = charts
        .slice(0, n)
        .map(
          (c) =>
            `<miv-indicator src="/${DIR}/bench-feed.json" indicator="${c.indicator}" area="${c.area}" compare="${c.compare}" loading="${loading}"></miv-indicator>`,
        )
        .join('\n');
      files[`miv-${loading}-${n}.html`] = page(
        `miv-widgets, ${n}, ${loading}`,
        module('/dist/miv-widgets.js'),
        `<body><main>${widgets}</main></body>`,
      );
    }
  }
  files['miv-compare-1.html'] = page(
    'miv-widgets, one district comparison',
    module('/dist/miv-widgets.js'),
    `<body><main><miv-district-compare src="/${DIR}/bench-feed.json" indicator="${charts[0].indicator}"></miv-district-compare></main></body>`,
  );
  return files;
}

/** The first-viewport charts of `examples/all-indicators.html`, drawn with ECharts alone. */
export function writeAllIndicatorsBaseline(charts, width) {
  const boxes = charts
    .map(
      ({ indicator, area }) =>
        `<div data-src="/examples/data/sample-feed.json" data-indicator="${indicator}" data-area="${area}" style="height:320px;width:${width}px"></div>`,
    )
    .join('');
  writeFileSync(
    `${DIR}/all-indicators-echarts.html`,
    page('66 indicatoren, ECharts', module(`/${DIR}/baseline.js`), `<body><main>${boxes}</main></body>`),
  );
}

const bundle = (entry, outfile) =>
  build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: `${DIR}/${outfile}`,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });

/** Writes the feed, the data, the pages and the two libraries' bundles. */
export async function writeWorkload() {
  mkdirSync(DIR, { recursive: true });
  const work = workload();
  writeFeed(work);
  writeFileSync(
    `${DIR}/lines.json`,
    JSON.stringify({ charts: work.charts.map(({ periods, lines }) => ({ periods, lines })) }),
  );
  for (const [name, html] of Object.entries(pages(work.charts))) writeFileSync(`${DIR}/${name}`, html);
  await Promise.all([
    bundle('test/tools/bench-echarts.js', 'echarts.js'),
    bundle('test/tools/bench-chartjs.js', 'chartjs.js'),
    bundle('test/tools/bench-baseline.ts', 'baseline.js'),
  ]);
}
