import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Feed, Opvallendheid } from '../../feed/schema.js';
import type { Strings } from '../../i18n/strings.js';
import {
  buildCompareModel,
  COMPARE_LEVELS,
  COMPARE_SORTS,
  comparedAreasName,
  describeComparison,
  figureNotes,
  noAreaDataText,
  type CompareModel,
} from '../../model/compare.js';
import { formatDate, formatPeriod } from '../../model/format.js';
import { MEASURES } from '../../model/rates.js';
import { indexFeed } from '../../model/series.js';
import { breakNotes, compareGrid } from '../../model/compare-grid.js';
import type { DataGrid } from '../../model/grid.js';
import { viewHref } from '../../view/view-state.js';
import { barNotes, barPoints, barTooltips, buildBarOption, referenceLegend } from '../../charts/bar.js';
import type { ChartPoints, LineLook } from '../../charts/shared.js';
import type { ChartTokens } from '../../tokens/chart-tokens.js';
import type { ChartOption } from '../../charts/echarts.js';
import { MivChartElement } from '../miv-chart-element.js';
import { warnIgnored } from '../attribute-values.js';
import {
  feedLang,
  feedText,
  heading,
  indicatorWords,
  duidingScope,
  renderDuiding,
  renderFooter,
  renderSampleMark,
} from '../parts.js';
import { renderAbsentHighlight, renderMissingPeriod } from '../missing-period.js';
import { renderPeriodSelect } from '../period-select.js';
import { styleProperties } from '../style-properties.js';
import { PeriodChoice } from '../../controllers/period-choice.js';
import { announceView } from '../../view/view-state.js';
import { headerStyles, sharedStyles, tokenStyles } from '../shared.styles.js';
import { renderToggle, viewControlStyles } from '../view-controls.js';
import { districtCompareStyles } from './miv-district-compare.styles.js';
import { chartHeightToken, tokenChain } from '../../tokens/size-tokens.js';

/** Chart height: room per bar, and for the value axis and its unit below. */
const BAR_ROW_PX = 34;
const CHART_FRAME_PX = 64;

/**
 * One indicator for the districts of the unit, or the gemeenten of a district, side by side in one
 * period, against the unit and Nederland.
 *
 * Bars stand in a fixed order: the districts as the feed lists them, the gemeenten by district and
 * then by name, so the comparison never reads as a league table; a page may let readers sort by
 * value or name. An area without a published figure keeps its place with the status symbol and its
 * meaning (`x geheim`, `. gegevens ontbreken`), never a zero bar; a nil value (`– nihil`) is a true
 * zero. Survey values carry their 95 % margin as error bars, and a difference only counts when it is
 * significant. No change is measured across a series break: the table says `Trendbreuk` there, where
 * a figure stands on both sides of it (beside `x` or `.` it says `.`, as for any change without two figures).
 * When the indicator has no figures at the asked level at all (a national-only indicator), the
 * element says so in words and shows the national figure instead of a chart; it then fires
 * `miv-error` with kind `no-data`, so a page can hide or replace it.
 *
 * @tagname miv-district-compare
 * @summary Horizontal bar chart comparing the districts (or a district's gemeenten) for one indicator and period.
 *
 * @attr src - URL of the JSON indicator feed.
 * @attr indicator - Indicator id from the feed, e.g. `woninginbraak`.
 * @attr level - `district` (default): the districts of the unit, unless `within` is set; `gemeente`: the
 *   gemeenten of `within`.
 * @attr within - District id whose gemeenten are compared, with or without `level="gemeente"`; at that
 *   level it defaults to the district of `highlight`, else every gemeente of the unit. `group:<id>`
 *   compares the members of a group of comparable areas (a size class), and the element says why they
 *   belong together.
 * @attr measure - For a count with denominators: `rate` (default: the areas differ in size) or `count`.
 *   The reader can switch with a toggle.
 * @attr period - Period to compare, e.g. `2024`. Without it the latest period with figures is shown and
 *   the reader can pick another one; a period set after the element was connected (a page restoring
 *   the reader's choice from its URL) keeps that picker, as does one that follows the URL. A period
 *   without figures shows the latest one under a notice, and fires `miv-error` (`no-data`).
 * @attr url-view - Follows the view in the URL of a `<miv-feed url-state>`: `indicator`, `period` and
 *   `measure` (or only the keys listed, e.g. `url-view="period"`).
 * @attr highlight - Area to emphasise, e.g. the embedding gemeente; at district level its district. A
 *   gemeente compared in a period it did not exist in (Haaren after 2020, Altena before 2019) has no bar:
 *   a notice over the chart says so, and why, and names the gemeenten shown that it was formed from or
 *   went into. At district level its district stands in only where a merger within it holds all its
 *   ground (Altena before 2019); after a split (Haaren) no district is emphasised, and the notice says why.
 * @attr sort - `fixed` (default: district order, then name), `value` (highest first) or `name`. The
 *   reader can pick another order in the element. Counts are never ranked (areas differ in size):
 *   while the bars show numbers rather than a rate, `value` gives the fixed order, the console says
 *   so, and the reader is not offered it.
 * @attr show-table - Shows the data table under the chart (it is always available to screen readers).
 * @attr lang - `nl` (default) or `en`; otherwise the nearest `[lang]` ancestor.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-rendered - The chart has been painted (after each new drawing).
 * @event miv-error - Loading, interpreting or drawing failed, or the indicator has no figures at this
 *   level; `detail.kind` says why (`no-src`, `network`, `http`, `timeout`, `not-json`, `truncated`, `schema`, `version`,
 *   `unknown-indicator`, `unknown-area`, `no-data`, `chart`).
 * @event miv-select - The reader picked another period; `detail.period` is its id (`2023`), `detail.indicator`
 *   the indicator's.
 * @event miv-view-change - The reader picked another period or measure; `detail` holds `period` or `measure`,
 *   for a page that keeps the view in its URL (`<miv-feed url-state>`).
 * @event miv-download - A download is ready (`detail.format`, `fileName`, `blob`); cancel it to handle
 *   the file yourself.
 *
 * @csspart header - Title, compared areas and unit.
 * @csspart title - The indicator title.
 * @csspart period - The period `<select>`.
 * @csspart sort - The `<select>` of the order of the bars.
 * @csspart measure - The toggle between number and rate.
 * @csspart group - Why the compared group's members belong together (its rule).
 * @csspart polarity - Which direction is favourable, or that the indicator is neutral.
 * @csspart chart - The chart's drawing area.
 * @csspart tooltip - What the chart says of the bar pointed at or walked to by keyboard: its value, change and unit, and
 *   the series break and special period the table notes beside it.
 * @csspart legend - The reference lines (the unit, Nederland), each named with its value beside a sample of its pattern.
 * @csspart keys - The keyboard hint, shown while the chart has focus.
 * @csspart summary - The generated description under the chart (also the chart's accessible description).
 * @csspart notes - Under the summary: the series breaks the changes span, with their reasons (where the table says `Trendbreuk`).
 * @csspart opvallendheden - The districts' shared notable findings for this indicator.
 * @csspart actions - The bar with the table toggle and the downloads.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart downloads - The CSV, PNG and SVG download buttons.
 * @csspart cite - The "Citeer" button: copies a plain-text citation (indicator, compared areas, period, source with
 *   its publication date, feed publisher and date, and the link to this view) and confirms it in a live message.
 * @csspart citation - The citation, selected in a text box, when the browser would not copy it.
 * @csspart table - The data table: each area's value and its change since the previous period.
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
 * @cssprop --miv-color-text - Text colour, reference lines, error bars and the highlight's border.
 * @cssprop --miv-color-text-muted - Secondary text: meta line, summary, axis labels.
 * @cssprop --miv-color-background - Background colour.
 * @cssprop --miv-color-series-1 - Colour of the bars, series 1 of 6 (dimmed for the other areas when one is highlighted).
 * @cssprop --miv-color-axis - Axis line colour.
 * @cssprop --miv-color-grid - Grid line colour.
 * @cssprop --miv-color-border - Table rules and the bar beside opvallendheden and duiding.
 * @cssprop --miv-chart-height - Height of the chart (default: grows with the number of areas); never shorter than its bars need.
 * @cssprop --miv-district-compare-chart-height - The same for comparisons alone; wins over `--miv-chart-height`.
 * @cssprop --miv-district-compare-title-font-size - Size of the title.
 */
export class MivDistrictCompare extends MivChartElement<CompareModel> {
  protected static override readonly tokenComponent = 'district-compare';

  /** The bars, sharp-edged by `shape-rendering` in its styles, also in the downloaded image. */
  protected static override readonly crispFills = true;

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    headerStyles('district-compare'),
    districtCompareStyles,
    viewControlStyles,
  ];

  protected static override fixedValues = {
    ...MivChartElement.fixedValues,
    level: COMPARE_LEVELS,
    sort: COMPARE_SORTS,
    measure: MEASURES,
  };

  /** Indicator id from the feed. */
  @property({ reflect: true }) indicator = '';

  /** `district` or `gemeente`. */
  @property({ reflect: true }) level = 'district';

  /** District whose gemeenten are compared. */
  @property({ reflect: true }) within = '';

  /** A fixed period; empty for the latest, with a period picker. */
  @property({ reflect: true }) period = '';

  /** Area to emphasise. */
  @property({ reflect: true }) highlight = '';

  /** `fixed`, `value` or `name`. */
  @property({ reflect: true }) sort = 'fixed';

  /** `rate` or `count`; empty for the rate where the feed gives denominators. */
  @property({ reflect: true }) measure = '';

  /** The order the reader picked; empty for the one of `sort`. */
  @state() private sortPicked = '';

  /** The page's order last refused for counts, so the console says it once, not at every render. */
  private sortRefused = '';

  private readonly periodChoice = new PeriodChoice(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A picked period belongs to one indicator and level; another choice starts at its latest period.
    if (changed.has('indicator') || changed.has('level') || changed.has('within') || changed.has('src'))
      this.periodChoice.forget();
    // A page that sets another order overrules the reader's earlier pick.
    if (changed.has('sort')) this.sortPicked = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.warnRefusedSort();
  }

  /**
   * Says in the console, as for an unknown value (`warnIgnored`), that the page's `sort` is not used
   * for these figures: `value` for counts, which are not ranked (`sortsFor`).
   */
  private warnRefusedSort(): void {
    const model = this.ready ? this.currentModel : undefined;
    // A known order only (an unknown one has had its warning), and the page's, not a reader's pick.
    const asked = COMPARE_SORTS.find((s) => s === this.sort);
    const refused = model && asked && !this.sortPicked && !model.sorts.includes(asked) ? asked : '';
    if (model && refused && refused !== this.sortRefused)
      warnIgnored(
        this,
        'sort',
        refused,
        'aantallen van gebieden van verschillende grootte worden niet gerangschikt',
        model.sorts.join(', '),
        model.rate ? ' (per inwoner wel: measure="rate")' : '',
      );
    this.sortRefused = refused;
  }

  protected override keysHint(strings: Strings): string {
    return strings.compare.keys;
  }

  protected override modelInputs(): readonly unknown[] {
    const { indicator, level, within, highlight } = this;
    // The locale orders the names when sorting by name.
    return [
      indicator,
      level,
      within,
      this.periodChoice.asked,
      highlight,
      this.sortPicked || this.sort,
      this.text.locale,
      this.measure,
    ];
  }

  protected override buildModel(feed: Feed): CompareModel {
    const period = this.periodChoice.asked;
    return buildCompareModel(feed, {
      indicator: this.indicator,
      level: this.level,
      sort: this.sortPicked || this.sort,
      locale: this.text.locale,
      ...(this.within ? { within: this.within } : {}),
      ...(period ? { period } : {}),
      ...(this.highlight ? { highlight: this.highlight } : {}),
      ...(this.measure ? { measure: this.measure } : {}),
    });
  }

  protected override buildOption(model: CompareModel, tokens: ChartTokens, strings: Strings): ChartOption {
    return buildBarOption(model, { tokens, strings });
  }

  protected override chartLegend(model: CompareModel, tokens: ChartTokens): LineLook[] {
    return referenceLegend(model, tokens, this.text);
  }

  protected override chartPoints(model: CompareModel): ChartPoints | undefined {
    return model.noAreaData ? undefined : barPoints(model, this.text);
  }

  protected override readonly tooltips = barTooltips;

  /** Besides the indicator's words: the name and rule of a group whose members are compared, and the feed's notes on values. */
  protected override feedWords(model: CompareModel): string[] {
    const { indicator, group } = model;
    return [...indicatorWords(indicator), ...(group ? [group.name, group.rule] : []), ...figureNotes(model)];
  }

  /** An exported image also says what the error bars are (`barNotes`). */
  protected override dataGrid(model: CompareModel): DataGrid | undefined {
    if (model.noAreaData) return undefined;
    const grid = compareGrid(model, this.text);
    return { ...grid, notes: [...barNotes(model, this.text), ...(grid.notes ?? [])] };
  }

  protected override citation(model: CompareModel) {
    return {
      title: model.indicator.title,
      text: async () =>
        (await import('../../model/citation.js')).compareCitation(
          model,
          viewHref(
            {
              indicator: model.indicator.id,
              period: model.period,
              // The highlighted area is the view's (a monitor page shows its district's gemeenten
              // beside it); without one, the district whose gemeenten are compared.
              ...(model.highlight
                ? { area: model.highlight.area.id }
                : model.level === 'gemeente'
                  ? { area: model.parent.id }
                  : {}),
            },
            location.href,
          ),
          this.text,
        ),
    };
  }

  private pickPeriod(period: string): void {
    this.periodChoice.pick(period);
    this.select({ period, indicator: this.indicator });
    announceView(this, { period });
  }

  private pickMeasure(measure: string): void {
    this.measure = measure;
    announceView(this, { measure });
  }

  /** The order of the bars, for a reader who wants them sorted after all: of the orders these figures allow. */
  private renderSortSelect(model: CompareModel, strings: Strings): TemplateResult {
    const selected = model.sort;
    return html`<div class="sort">
      <label for="sort">${strings.compare.sort.label}</label>
      <select
        id="sort"
        part="sort"
        .value=${live(selected)}
        @change=${(event: Event) => (this.sortPicked = (event.target as HTMLSelectElement).value)}
      >
        ${model.sorts.map((s) => html`<option value=${s} ?selected=${s === selected}>${strings.compare.sort[s]}</option>`)}
      </select>
    </div>`;
  }

  private renderOpvallendheden(entries: readonly Opvallendheid[], model: CompareModel, strings: Strings) {
    if (entries.length === 0) return nothing;
    const lang = feedLang(model.feed.meta, strings);
    const districtName = (id: string) => model.feed.areas.find((a) => a.id === id)?.name ?? id;
    return html`<aside part="opvallendheden" class="opvallendheden" aria-labelledby="opvallendheden-title">
      ${heading(this.titleLevel + 1, strings.compare.opvallendheden, {
        id: 'opvallendheden-title',
        class: 'opvallendheden-title',
      })}
      ${entries.map(
        (o) =>
          html`<article>
            ${heading(this.titleLevel + 2, feedText(o.title, lang), { class: 'opvallendheid-title' })}
            <p>${feedText(o.text, lang)}</p>
            <footer>
              — ${districtName(o.district)},
              ${formatDate(o.date, strings)}${o.shared ? '' : ` (${strings.compare.notShared})`}
            </footer>
          </article>`,
      )}
    </aside>`;
  }

  /** The national-only state: words and the nearest higher figure instead of an empty chart. */
  private renderNoAreaData(model: CompareModel, strings: Strings): TemplateResult {
    this.showsModelFailure(model, `Geen cijfers per ${model.level} voor ${model.indicator.id}`, model.indicator.id);
    const [message, nearest] = noAreaDataText(model, strings).map((line) => this.markFeedWords(model, line));
    return html`<div part="status" class="status no-data no-area-data" role="status">
      <p><strong>${message}</strong></p>
      ${nearest ? html`<p>${nearest}</p>` : nothing}
    </div>`;
  }

  protected override renderModel(model: CompareModel): TemplateResult {
    const strings = this.text;
    const { indicator, feed } = model;
    const areas = comparedAreasName(model, strings);
    const period = formatPeriod(model.period, strings);
    const description = describeComparison(model, strings);
    // The bars grow with the number of areas, so names stay readable for a dozen gemeenten too.
    const height = model.rows.length * BAR_ROW_PX + CHART_FRAME_PX;
    const aside = this.renderOpvallendheden(model.opvallendheden, model, strings);
    const lang = feedLang(feed.meta, strings);
    return html`
      ${renderSampleMark(feed.meta, strings)}
      <header part="header" class="header">
        ${heading(this.titleLevel, feedText(indicator.title, lang), { part: 'title', class: 'title' })}
        <p class="meta">
          ${this.markFeedWords(model, areas)} ·
          ${feedText(indicator.unit, lang)}${this.periodChoice.fixed || model.noAreaData ? ` · ${period}` : ''}
        </p>
      </header>
      ${renderMissingPeriod(model, strings, (message, id) => this.showsModelFailure(model, message, id))}
      ${renderAbsentHighlight(model, strings)}
      <div class="controls">
        ${
          !this.periodChoice.fixed && model.periods.length > 1
            ? renderPeriodSelect({
                id: 'period',
                label: strings.compare.period,
                periods: model.periods,
                selected: model.period,
                strings,
                onSelect: (p) => this.pickPeriod(p),
              })
            : nothing
        }
        ${model.rows.length > 1 ? this.renderSortSelect(model, strings) : nothing}
        ${
          model.rate
            ? html`<div class="view-controls">
                ${renderToggle({
                  label: strings.fair.measureLabel,
                  part: 'measure',
                  options: [
                    { value: 'count', label: strings.fair.count },
                    { value: 'rate', label: strings.fair.rate(model.rate.unit) },
                  ],
                  selected: model.measure,
                  onSelect: (m) => this.pickMeasure(m),
                  mark: (text) => this.markFeedWords(model, text),
                })}
              </div>`
            : nothing
        }
      </div>
      ${
        model.group
          ? html`<p part="group" class="group-rule">
              ${this.markFeedWords(model, strings.fair.groupMembers(model.group.rule))}
            </p>`
          : nothing
      }
      ${
        model.noAreaData
          ? html`${this.renderNoAreaData(model, strings)} ${aside}`
          : html`<p part="polarity" class="polarity">${strings.polarity[indicator.polarity]}</p>
              <div class=${aside === nothing ? 'layout' : 'layout with-aside'}>
                <div
                  class="bars"
                  ${styleProperties({
                    '--_chart-height': tokenChain(chartHeightToken, MivDistrictCompare.tokenComponent, `${height}px`),
                    '--_bars-height': `${height}px`,
                  })}
                >
                  ${this.renderChart(strings.compare.chartLabel(indicator.title, areas, period), description)}
                  ${
                    // Why the table says `Trendbreuk` instead of a change, as the line chart's notes
                    // say it: the summary and the table name no reason.
                    this.renderNotes(model, breakNotes(model, strings))
                  }
                </div>
                ${aside}
              </div>
              ${this.renderData(model)}`
      }
      ${renderDuiding(model.duiding, strings, lang, `${indicator.title}, ${areas}`, this.titleLevel + 1, {
        about: duidingScope(model.parent, indexFeed(feed).areas, strings),
        mark: (text) => this.markFeedWords(model, text),
      })}
      ${renderFooter(feed, indicator, strings)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-district-compare': MivDistrictCompare;
  }
}
