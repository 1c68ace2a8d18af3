import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/schema.js';
import { buildIndicatorModel, type IndicatorModel } from '../../model/indicator.js';
import {
  chartNotes,
  describeIndicator,
  fallbackSentence,
  groupSentences,
  headlineChanges,
  judgedWords,
  missingAfterLatestInWords,
  missingRangeReason,
  seriesName,
} from '../../model/summary.js';
import { indicatorGrid, type DataGrid } from '../../model/grid.js';
import { indexFeed } from '../../model/series.js';
import { viewHref } from '../../view/view-state.js';
import { formatPeriod, formatPointValue } from '../../model/format.js';
import { MEASURES, SCALES } from '../../model/rates.js';
import { announceView } from '../../view/view-state.js';
import { renderPeriodSelect } from '../period-select.js';
import { renderToggle, viewControlStyles } from '../view-controls.js';
import { buildLineOption, lineLegend, linePoints, lineTooltips } from '../../charts/line.js';
import type { ChartPoints, LineLook } from '../../charts/shared.js';
import type { ChartTokens } from '../../tokens/chart-tokens.js';
import type { Strings } from '../../i18n/strings.js';
import type { ChartOption } from '../../charts/echarts.js';
import { MivChartElement } from '../miv-chart-element.js';
import {
  duidingScope,
  feedLang,
  feedText,
  heading,
  indicatorWords,
  joined,
  renderChange,
  renderDuiding,
  renderFooter,
  renderPeriodNotice,
  renderSampleMark,
} from '../parts.js';
import { changeStyles, headerStyles, sharedStyles, tokenStyles } from '../shared.styles.js';
import { indicatorStyles } from './miv-indicator.styles.js';

/**
 * One indicator over time in one area, with its comparison lines, meaning and sources.
 *
 * The headline, summary, notes, table, duiding and footer are plain text and render as soon as the
 * feed is in; the chart engine is fetched (as a separate chunk) only when the element comes within
 * 200px of the viewport, and its instance is disposed when the element leaves the document.
 *
 * The CSV download is written for Dutch Excel: `;` between columns, decimal comma, UTF-8 with a byte
 * order mark, a header block (title, unit, source, definition, feed date, publisher and licence, the
 * sample-data mark), then one line per value: period, area, value, status in words, margin, note.
 * With `lang="en"` it uses `,` and a decimal point. The PNG and SVG downloads show the chart with
 * its title, area, unit, period range, source and feed date.
 *
 * @tagname miv-indicator
 * @summary Line chart of one MIV indicator for one area, with headline, table, footnotes and duiding.
 *
 * @attr src - URL of the JSON indicator feed.
 * @attr indicator - Indicator id from the feed, e.g. `woninginbraak`.
 * @attr area - Area id from the feed: a CBS code (`GM0748`), a district (`de-baronie`), `NL01` (inherited from
 *   `<miv-feed>` when absent; the unit when neither has one).
 * @attr compare - Comparison lines: empty for every higher level, `none`, area ids and levels, and
 *   `group:<id>` for a group of comparable areas (a size class); the element names the group and its rule.
 * @attr from - First period to show (inclusive), e.g. `2018`.
 * @attr to - Last period to show (inclusive). `from` and `to` that hold no figures show the whole
 *   series under a notice, and fire `miv-error` (`no-data`).
 * @attr url-view - Follows the view in the URL of a `<miv-feed url-state>`: `indicator`, `compare`, `from`, `to`
 *   and any other view key it has (or only the keys listed, e.g. `url-view="indicator"`).
 * @attr measure - For a count with denominators: `count` or `rate` (per 1.000 inwoners, or the
 *   indicator's own base). Empty: the rate when other areas are drawn beside it, else the count. The
 *   reader can switch with a toggle.
 * @attr scale - `value` (default) or `index`: every line 100 in the `base` period. A set `scale` (or
 *   `scale-control`) gives the reader a toggle between values and index.
 * @attr base - The index's base period, e.g. `2019`; by default the first period after the last break.
 * @attr scale-control - Shows the toggle between values and index.
 * @attr period-control - Shows a from/to choice of the periods shown.
 * @attr show-table - Shows the data table under the chart (it is always available to screen readers).
 * @attr lang - `nl` (default) or `en`; otherwise the nearest `[lang]` ancestor.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-rendered - The chart has been painted (after each new drawing).
 * @event miv-error - Loading, interpreting or drawing failed; `detail.kind` says why (`no-src`, `network`, `http`,
 *   `timeout`, `not-json`, `truncated`, `schema`, `version`, `unknown-indicator`, `unknown-area`, `no-data`, `chart`)
 *   and `detail.message` gives the details.
 * @event miv-view-change - The reader changed the view with a toggle or the period control; `detail` holds
 *   the keys that changed (`measure`, `scale`, `from`, `to`), for a page that keeps them in its URL.
 * @event miv-download - A download is ready: `detail` has `format`, `fileName` and `blob`. Cancel the
 *   event (`preventDefault()`) to handle the file yourself instead of saving it.
 *
 * @csspart header - Title, area, unit and period range.
 * @csspart title - The indicator title.
 * @csspart fallback - The sentence saying that a higher level is shown instead of the asked area, naming
 *   it; shown once, above the headline, and read as the start of the chart's description.
 * @csspart headline - The latest value and its changes.
 * @csspart value - The latest value in the headline.
 * @csspart change - One change in the headline (has `data-judgement`: favourable, unfavourable, neutral, equal).
 * @csspart controls - The reader's choices: number or rate, values or index, the periods.
 * @csspart measure - The toggle between number and rate.
 * @csspart scale - The toggle between values and index.
 * @csspart period - A `<select>` of the period control (from, to).
 * @csspart group - Which group of comparable areas is drawn, and its rule.
 * @csspart index-problem - A line that has no index, and why (its base value is secret or missing).
 * @csspart chart - The chart's drawing area.
 * @csspart tooltip - What the chart says of the period pointed at or walked to by keyboard: every line's value there, beside it.
 * @csspart keys - The keyboard hint, shown while the chart has focus.
 * @csspart legend - The HTML legend: each line's name with a sample of its colour, dash and marker.
 * @csspart summary - The generated description under the chart (also the chart's accessible description).
 * @csspart notes - What the chart's marks mean: status symbols, gaps, margin band, series breaks, special
 *   periods, footnotes.
 * @csspart actions - The bar with the table toggle and the downloads.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart downloads - The CSV, PNG and SVG download buttons.
 * @csspart cite - The "Citeer" button: copies a plain-text citation (indicator, area, periods, source with its
 *   publication date, feed publisher and date, and the link to this view) and confirms it in a live message.
 * @csspart citation - The citation, selected in a text box, when the browser would not copy it.
 * @csspart table - The data table.
 * @csspart footer - Bron, Eenheid, Toelichting, Stand, and "Zie ook": the theme's link and related instruments.
 * @csspart source - The source in the footer.
 * @csspart duiding - The partners' interpretation.
 * @csspart duiding-scope - Above a duiding that is not about the area asked for: the area it is about
 *   (`Duiding voor district De Baronie`), or `Algemene duiding`.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading, no-data and error messages.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's (`--nl-paragraph-font-family`, `--basis-text-font-family-default`, `--utrecht-document-font-family`), else the page's own.
 * @cssprop --miv-font-size - Size of the body text; without it the theme's (`--nl-paragraph-font-size`, `--basis-text-font-size-md`, `--utrecht-document-font-size`), else the page's own.
 * @cssprop --miv-color-text - Text colour; without it the theme's (`--nl-paragraph-color`, `--basis-color-default-color-document`, `--utrecht-document-color`), else the page's own.
 * @cssprop --miv-color-text-muted - Secondary text: meta line, summary, axis labels.
 * @cssprop --miv-color-background - Background colour (falls back to `--basis-color-default-bg-document`, `--utrecht-document-background-color`).
 * @cssprop --miv-color-link - Links and buttons (falls back to `--nl-link-color`, `--utrecht-link-color`).
 * @cssprop --miv-color-border - Table rules and the duiding bar.
 * @cssprop --miv-color-series-1 - Colour of the area's own line (then -2 a district's, -3 the eenheid's, -4 Nederland's, -5 a group's, -6 another gemeente's).
 * @cssprop --miv-color-band - Fill of the survey margin band.
 * @cssprop --miv-color-break - Colour of series-break markers.
 * @cssprop --miv-color-special-period - Shading of a special period such as the COVID years.
 * @cssprop --miv-color-axis - Axis line colour.
 * @cssprop --miv-color-grid - Grid line colour.
 * @cssprop --miv-color-favourable - A change for the better (default green).
 * @cssprop --miv-color-unfavourable - A change for the worse, and the error bar (default red).
 * @cssprop --miv-color-neutral - A change of a neutral indicator, or no change.
 * @cssprop --miv-focus-outline-color - Focus ring (falls back to `--basis-focus-outline-color`, `--utrecht-focus-outline-color`).
 * @cssprop --miv-space - Base spacing.
 * @cssprop --miv-radius - Corner radius of buttons and marks.
 * @cssprop --miv-chart-height - Height of the chart (default 320px); the loading state reserves it too.
 * @cssprop --miv-indicator-title-font-size - Size of the title.
 * @cssprop --miv-indicator-value-font-size - Size of the headline value.
 */
export class MivIndicator extends MivChartElement<IndicatorModel> {
  protected static override readonly tokenComponent = 'indicator';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    headerStyles('indicator'),
    changeStyles,
    indicatorStyles,
    viewControlStyles,
  ];

  protected static override fixedValues = { ...MivChartElement.fixedValues, measure: MEASURES, scale: SCALES };

  /** Indicator id from the feed. */
  @property({ reflect: true }) indicator = '';

  /** Comparison lines: empty for the default, `none`, or a list of area ids and levels. */
  @property({ reflect: true }) compare = '';

  /** First period shown. */
  @property({ reflect: true }) from = '';

  /** Last period shown. */
  @property({ reflect: true }) to = '';

  /** `count`, `rate`, or empty for the rate beside other areas. */
  @property({ reflect: true }) measure = '';

  /** `value` or `index`; empty for values without a toggle. */
  @property({ reflect: true }) scale = '';

  /** The index's base period. */
  @property({ reflect: true }) base = '';

  /** Shows the toggle between values and index. */
  @property({ type: Boolean, attribute: 'scale-control', reflect: true }) scaleControl = false;

  /** Shows the from/to choice of periods. */
  @property({ type: Boolean, attribute: 'period-control', reflect: true }) periodControl = false;

  protected override modelInputs(): readonly unknown[] {
    const { compare, from, to, measure, scale, base } = this;
    return [this.indicator, this.inherited.area(this.area), compare, from, to, measure, scale, base];
  }

  protected override buildModel(feed: Feed): IndicatorModel {
    return buildIndicatorModel(feed, {
      indicator: this.indicator,
      area: this.areaIn(feed),
      ...(this.compare ? { compare: this.compare } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
      ...(this.measure ? { measure: this.measure } : {}),
      ...(this.scale ? { scale: this.scale } : {}),
      ...(this.base ? { base: this.base } : {}),
    });
  }

  /** Sets a view property as the reader chose it, and tells a page that keeps the view in its URL. */
  private choose(change: { measure?: string; scale?: string; from?: string; to?: string }): void {
    Object.assign(this, change);
    announceView(this, change);
  }

  /** The notice over a whole series shown in place of periods asked for without figures; also a `miv-error`. */
  private renderMissingRange(model: IndicatorModel, range: string, strings: Strings): TemplateResult | typeof nothing {
    if (!model.missingRange) return nothing;
    const { from, to } = model.missingRange;
    this.showsModelFailure(
      model,
      `Geen cijfers voor ${model.indicator.id} van ${from ?? '…'} tot ${to ?? '…'}`,
      model.indicator.id,
    );
    return renderPeriodNotice(strings.rangeMissing(from, to, range, missingRangeReason(model, strings)));
  }

  /** Number or rate, values or index, and the periods: only what this figure and page offer. */
  private renderControls(model: IndicatorModel, strings: Strings): TemplateResult | typeof nothing {
    const controls: TemplateResult[] = [];
    if (model.rate)
      controls.push(
        renderToggle({
          label: strings.fair.measureLabel,
          part: 'measure',
          options: [
            { value: 'count', label: strings.fair.count },
            { value: 'rate', label: strings.fair.rate(model.rate.unit) },
          ],
          selected: model.measure,
          onSelect: (measure) => this.choose({ measure }),
          mark: (text) => this.markFeedWords(model, text),
        }),
      );
    if (this.scaleControl || this.scale) {
      const { base } = model;
      controls.push(
        renderToggle({
          label: strings.fair.scaleLabel,
          part: 'scale',
          options: [
            { value: 'value', label: strings.fair.values },
            { value: 'index', label: strings.fair.index(base ? formatPeriod(base, strings) : '') },
          ],
          selected: model.scale,
          onSelect: (scale) => this.choose({ scale }),
        }),
      );
    }
    const periods = model.allPeriods;
    if (this.periodControl && periods.length > 1) {
      const from = model.periods[0] ?? periods[0]!;
      const to = model.periods.at(-1) ?? periods.at(-1)!;
      controls.push(
        html`${renderPeriodSelect({
          id: 'period-from',
          label: strings.fair.from,
          periods: periods.filter((p) => p <= to),
          selected: from,
          strings,
          onSelect: (p) => this.choose({ from: p }),
        })}
        ${renderPeriodSelect({
          id: 'period-to',
          label: strings.fair.to,
          periods: periods.filter((p) => p >= from),
          selected: to,
          strings,
          onSelect: (p) => this.choose({ to: p }),
        })}`,
      );
    }
    return controls.length ? html`<div part="controls" class="view-controls">${controls}</div>` : nothing;
  }

  protected override buildOption(model: IndicatorModel, tokens: ChartTokens, strings: Strings): ChartOption {
    return buildLineOption(model, { tokens, strings });
  }

  protected override chartPoints(model: IndicatorModel): ChartPoints {
    return linePoints(model, this.text);
  }

  protected override readonly tooltips = lineTooltips;

  protected override chartLegend(model: IndicatorModel, tokens: ChartTokens): LineLook[] {
    return lineLegend(model, tokens, this.text);
  }

  /** Besides the indicator's words: the names and rules of groups drawn, and the feed's notes on values. */
  protected override feedWords(model: IndicatorModel): string[] {
    return [
      ...indicatorWords(model.indicator),
      ...model.series.flatMap(({ group, points }) => [
        ...(group ? [group.name, group.rule] : []),
        ...points.flatMap((p) => p.note ?? []),
      ]),
    ];
  }

  protected override dataGrid(model: IndicatorModel): DataGrid {
    return indicatorGrid(model, this.text);
  }

  protected override citation(model: IndicatorModel) {
    const { periods, area, indicator } = model;
    return {
      title: indicator.title,
      text: async () =>
        (await import('../../model/citation.js')).indicatorCitation(
          model,
          viewHref(
            {
              area: area.id,
              indicator: indicator.id,
              ...(periods.length ? { from: periods[0]!, to: periods.at(-1)! } : {}),
              ...(this.compare ? { compare: this.compare } : {}),
            },
            location.href,
          ),
          this.text,
        ),
    };
  }

  protected override renderModel(model: IndicatorModel): TemplateResult {
    const strings = this.text;
    const { indicator, shownArea, latest, feed } = model;
    const range = model.periods.length
      ? `${formatPeriod(model.periods[0]!, strings)}–${formatPeriod(model.periods.at(-1)!, strings)}`
      : '';
    const notes = chartNotes(model, strings);
    const fallback = fallbackSentence(model, strings);
    const lang = feedLang(feed.meta, strings);
    return html`
      ${renderSampleMark(feed.meta, strings)}
      <header part="header" class="header">
        ${heading(this.titleLevel, feedText(indicator.title, lang), { part: 'title', class: 'title' })}
        <p class="meta">
          ${joined([model.area.name, indicator.unit && feedText(indicator.unit, lang), range].filter(Boolean), ' · ')}
        </p>
      </header>
      ${this.renderMissingRange(model, range, strings)}
      ${
        // Once, above the headline: the first figure a reader sees is the stand-in's.
        fallback ? html`<p part="fallback" id="fallback" class="fallback">${fallback}</p>` : nothing
      }
      <div part="headline" class="headline">
        ${
          latest
            ? html`<p class="latest">
                <span part="value" class="value">${formatPointValue(latest, indicator, strings)}</span>
                <span class="period"
                  >${formatPeriod(latest.period, strings)}${
                    latest.status === 'definitive' ? '' : `, ${strings.status[latest.status]}`
                  }${model.fallback ? ` · ${seriesName(model.series[0]!, strings)}` : ''}</span
                >
              </p>`
            : nothing
        }
        ${missingAfterLatestInWords(model.missingAfterLatest, strings).map(
          (line) => html`<p class="missing">${line}</p>`,
        )}
        <ul class="changes">
          ${headlineChanges(model, strings).map(
            ({ change, words }) =>
              html`<li part="change" class="change" data-judgement=${change.judgement}>
                ${renderChange(change, judgedWords(change, words, strings))}
              </li>`,
          )}
        </ul>
      </div>
      <p class="polarity">${strings.polarity[indicator.polarity]}</p>
      ${this.renderControls(model, strings)}
      ${groupSentences(model, strings).map((g) => html`<p part="group" class="group-rule">${this.markFeedWords(model, g)}</p>`)}
      ${model.indexProblems.map(
        ({ area, problem }) =>
          html`<p part="index-problem" class="group-rule" role="status">
            ${strings.fair.indexProblem(area.name, formatPeriod(model.base ?? '', strings), problem)}
          </p>`,
      )}
      ${this.renderChart(
        strings.chartLabel(indicator.title, shownArea.name),
        describeIndicator(model, strings),
        fallback ? ['fallback'] : [],
      )}
      ${this.renderNotes(model, notes)} ${this.renderData(model)}
      ${renderDuiding(model.duiding, strings, lang, `${indicator.title}, ${shownArea.name}`, this.titleLevel + 1, {
        about: duidingScope(model.area, indexFeed(feed).areas, strings),
        mark: (text) => this.markFeedWords(model, text),
      })}
      ${renderFooter(feed, indicator, strings)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-indicator': MivIndicator;
  }
}
