import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/schema.js';
import type { Strings } from '../../i18n/strings.js';
import { figureNotes, noAreaDataText } from '../../model/compare.js';
import { formatPeriod } from '../../model/format.js';
import { indexFeed } from '../../model/series.js';
import { breakNotes, compareGrid } from '../../model/compare-grid.js';
import type { DataGrid } from '../../model/grid.js';
import { CLASS_METHODS, type ClassMethod } from '../../model/map-classes.js';
import {
  buildMapModel,
  classLabels,
  describeMap,
  hatchedKey,
  methodText,
  boundaryNotes,
  provisionalWords,
  type MapModel,
} from '../../model/map.js';
import { buildMapOption, HATCHING, mapColours, mapPoints, mapTooltips } from '../../charts/map.js';
import type { ChartPoints, LineLook } from '../../charts/shared.js';
import type { Chart, ChartOption } from '../../charts/echarts.js';
import type { ECElementEvent } from 'echarts/core';
import type { ChartEngine } from '../../controllers/chart-controller.js';
import type { ChartTokens } from '../../tokens/chart-tokens.js';
import { announceView } from '../../view/view-state.js';
import { MivChartElement } from '../miv-chart-element.js';
import type { ImageKey } from '../downloads.js';
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
import { headerStyles, sharedStyles, tokenStyles } from '../shared.styles.js';
import { MAP_HEIGHT, mapStyles } from './miv-map.styles.js';
import { chartHeightToken, tokenChain } from '../../tokens/size-tokens.js';

type MapEngine = typeof import('../../charts/map-engine.js');
let mapEngine: Promise<MapEngine> | undefined;

/** The thickness of a class's line in an exported image's legend: a swatch of its colour. */
const IMAGE_SWATCH = 10;

/** Loads the map's chunk (map series and boundaries) once per page; a failed load is retried next time. */
function loadMapEngine(): Promise<MapEngine> {
  mapEngine ??= import('../../charts/map-engine.js').catch((error: unknown) => {
    mapEngine = undefined;
    throw error;
  });
  return mapEngine;
}

/**
 * A map of the gemeenten of the unit, or of one district, coloured by one indicator in one period.
 *
 * The map colours only figures that compare across gemeenten of different size: rates, percentages,
 * scores and survey values. For a count it draws nothing and says why in words (a large number in a
 * large gemeente says no more than a small one in a small gemeente), and fires `miv-error` with kind
 * `no-data`, so a page can offer the bar chart instead. The colours come in five classes or fewer with
 * round bounds, by equal steps or by quantiles, and the legend states which. The palette follows the
 * indicator's polarity; a neutral indicator gets blues, never good or bad colours. A gemeente without
 * a figure (`x geheim`, `. gegevens ontbreken`) is hatched, and the legend explains it with the CBS
 * symbols. Readers who do not see the colours have the summary (highest, lowest, gemeenten without a
 * figure), the table, and the keyboard: arrow keys walk the gemeenten in the table's order and each
 * is announced with its value and status. The map's code and boundaries load only when it comes near
 * the viewport.
 *
 * Boundaries: CBS and Kadaster (PDOK), 2025, simplified; CC BY 4.0. The map shows this attribution.
 *
 * @tagname miv-map
 * @summary Choropleth of the gemeenten of the unit or of one district, for one indicator and period.
 *
 * @attr src - URL of the JSON indicator feed.
 * @attr indicator - Indicator id from the feed, e.g. `woninginbraak`.
 * @attr area - The unit (or absent): all its gemeenten; a district id: its gemeenten; a gemeente id: the
 *   gemeenten of its district, with that gemeente emphasised. The surrounding `<miv-feed>`'s area when absent.
 *   A gemeente in a period it did not exist in (Haaren after 2020, Altena before 2019) has no region: a
 *   notice over the map says so, and why, and names the gemeenten shown that it was formed from or went into.
 * @attr period - Period to show, e.g. `2024`. Without it the latest period with figures is shown and the
 *   reader can pick another one. A period without figures shows the latest one under a notice, and
 *   fires `miv-error` (`no-data`).
 * @attr classes - `equal` (default): classes of equal width; `quantile`: about as many gemeenten in each class.
 * @attr show-table - Shows the data table under the map (it is always available to screen readers).
 * @attr lang - `nl` (default) or `en`; otherwise the nearest `[lang]` ancestor.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-rendered - The map has been painted (after each new drawing).
 * @event miv-error - Loading, interpreting or drawing failed, or there is nothing to colour (a count, or no
 *   figures per gemeente); `detail.kind` says why (`no-src`, `network`, `http`, `timeout`, `not-json`,
 *   `truncated`, `schema`, `version`, `unknown-indicator`, `unknown-area`, `no-data`, `chart`).
 * @event miv-select - The reader chose a gemeente (click, or Enter while walking the map): `detail.area` is
 *   its id, `detail.indicator` and `detail.period` what the map shows; or the reader picked another
 *   period: `detail.period` and `detail.indicator`.
 * @event miv-download - A download is ready (`detail.format`, `fileName`, `blob`); cancel it to handle
 *   the file yourself.
 *
 * @csspart header - Title, the gemeenten shown and the unit.
 * @csspart title - The indicator title.
 * @csspart period - The period `<select>`.
 * @csspart chart - The map's drawing area.
 * @csspart keys - The keyboard hint, shown while the map has focus.
 * @csspart tooltip - The gemeente's name, figure, change and unit, and the series break and special period the table
 *   notes beside it, beside the pointer, or beside the gemeente walked to by keyboard.
 * @csspart attribution - The boundaries' source under the map.
 * @csspart legend - The classes, what a stronger colour means, and the hatched regions.
 * @csspart summary - The generated description under the map (also the map's accessible description).
 * @csspart notes - Under the summary: the series breaks the changes span, with their reasons (where the table says `Trendbreuk`).
 * @csspart actions - The bar with the table toggle and the downloads.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart downloads - The CSV, PNG and SVG download buttons.
 * @csspart table - The data table: each gemeente's value and its change since the previous period.
 * @csspart footer - Bron, Eenheid, Toelichting, Stand, and "Zie ook".
 * @csspart source - The source in the footer.
 * @csspart duiding - The partners' interpretation.
 * @csspart duiding-scope - Above a duiding that is not about the area asked for: the area it is about
 *   (`Duiding voor district De Baronie`), or `Algemene duiding`.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading, no-data and error messages.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's, else the page's own.
 * @cssprop --miv-font-size - Size of the body text; without it the theme's, else the page's own.
 * @cssprop --miv-color-text - Text colour, and the border of the emphasised gemeente.
 * @cssprop --miv-color-text-muted - Secondary text: meta line, legend notes, attribution.
 * @cssprop --miv-color-background - Background colour.
 * @cssprop --miv-color-map-worse-1 - First (lowest) class where a higher value is worse; `-2` to `-5` the higher classes.
 * @cssprop --miv-color-map-better-1 - First (lowest) class where a higher value is better; `-2` to `-5` the higher classes.
 * @cssprop --miv-color-map-neutral-1 - First (lowest) class of a neutral indicator; `-2` to `-5` the higher classes.
 * @cssprop --miv-color-map-outline - Outlines of the gemeenten and districts.
 * @cssprop --miv-color-map-missing - Fill of a gemeente without a figure.
 * @cssprop --miv-color-map-hatch - Hatching of a gemeente without a figure.
 * @cssprop --miv-color-border - Table rules and the bar beside the duiding.
 * @cssprop --miv-chart-height - Height of the map (default 420px, less where the map's column is narrower
 *   than 680px, so that the map, which keeps its shape, fills the width).
 * @cssprop --miv-map-chart-height - The same for maps alone; wins over `--miv-chart-height`.
 * @cssprop --miv-map-title-font-size - Size of the title.
 */
export class MivMap extends MivChartElement<MapModel> {
  protected static override readonly tokenComponent = 'map';

  static override styles = [tokenStyles(this.tokenComponent), sharedStyles, headerStyles('map'), mapStyles];

  protected static override fixedValues = { ...MivChartElement.fixedValues, classes: CLASS_METHODS };

  /** Indicator id from the feed. */
  @property({ reflect: true }) indicator = '';

  /** A fixed period; empty for the latest, with a period picker. */
  @property({ reflect: true }) period = '';

  /** `equal` or `quantile`. */
  @property({ reflect: true }) classes: ClassMethod = 'equal';

  private readonly periodChoice = new PeriodChoice(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A picked period belongs to one indicator and area; another choice starts at its latest period.
    if (changed.has('indicator') || changed.has('area') || changed.has('src')) this.periodChoice.forget();
  }

  protected override loadEngine(): Promise<ChartEngine> {
    return loadMapEngine();
  }

  protected override keysHint(strings: Strings): string {
    return strings.map.keys;
  }

  protected override modelInputs(): readonly unknown[] {
    const { indicator, classes } = this;
    // The area comes from the feed when the element has none, so the inherited one is an input too.
    return [indicator, this.periodChoice.asked, classes, this.inherited.area(this.area), this.text.locale];
  }

  protected override buildModel(feed: Feed): MapModel {
    const period = this.periodChoice.asked;
    const method = CLASS_METHODS.find((m) => m === this.classes) ?? 'equal';
    const area = this.inherited.area(this.area);
    return buildMapModel(feed, {
      indicator: this.indicator,
      method,
      locale: this.text.locale,
      ...(area ? { area } : {}),
      ...(period ? { period } : {}),
    });
  }

  protected override buildOption(model: MapModel, tokens: ChartTokens, strings: Strings): ChartOption {
    return buildMapOption(model, { tokens, strings });
  }

  protected override chartPoints(model: MapModel): ChartPoints | undefined {
    return model.regions.length ? mapPoints(model, this.text) : undefined;
  }

  protected override dataGrid(model: MapModel): DataGrid | undefined {
    if (!model.regions.length) return undefined;
    const strings = this.text;
    // The map writes no symbols: its key names those of the hatched regions, and words say which
    // coloured figures are provisional.
    const grid = compareGrid(model.compare, strings, { symbols: false });
    // An exported image carries what the colours mean, the class method and the boundaries'
    // attribution, as the map does.
    return {
      ...grid,
      notes: [
        ...boundaryNotes(model, strings),
        strings.map.meaning[model.palette],
        ...(grid.notes ?? []),
        ...provisionalWords(model, strings),
        methodText(model, strings),
        strings.map.attribution,
      ],
    };
  }

  /**
   * The classes as the map's legend lists them, each with its colour as a thick line; the hatched
   * regions last, hatched as on the map.
   */
  protected override imageLegend(model: MapModel, tokens: ChartTokens): ImageKey[] {
    const strings = this.text;
    const labels = classLabels(model, strings);
    const { palette, missing, hatch } = mapColours(model, tokens);
    const hatched = model.regions.filter((r) => r.classIndex === null);
    const swatch = (name: string, colour: string): LineLook => ({ name, colour, dash: 'solid', width: IMAGE_SWATCH });
    return [
      ...model.classes.classes.map((c, i) =>
        swatch(`${labels[i]} (${strings.map.gemeenten(c.count)})`, palette[Math.min(i, palette.length - 1)]!),
      ),
      ...(hatched.length
        ? [
            {
              ...swatch(`${hatchedKey(model, strings)} (${strings.map.gemeenten(hatched.length)})`, missing),
              hatch: { colour: hatch, ...HATCHING },
            },
          ]
        : []),
    ];
  }

  protected override readonly tooltips = mapTooltips;

  /** Besides the indicator's words: the feed's notes on values. */
  protected override feedWords(model: MapModel): string[] {
    return [...indicatorWords(model.compare.indicator), ...figureNotes(model.compare)];
  }

  /**
   * A click chooses a gemeente. The tooltip stands where the pointer enters a gemeente and stays there
   * while it moves within it, so that the pointer can move onto it.
   */
  protected override listenToChart(chart: Chart): void {
    chart.on('click', (params) => {
      if (params.seriesIndex === 0) this.selectRegion(params.dataIndex);
    });
    chart.on('mouseover', (params: ECElementEvent) => {
      if (params.seriesIndex === 0 && params.event)
        this.tooltip.show({ index: params.dataIndex, x: params.event.offsetX, y: params.event.offsetY });
    });
    chart.on('mouseout', this.tooltip.hideSoon);
    chart.on('globalout', this.tooltip.hideSoon);
  }

  private selectRegion(index: number): void {
    const region = this.currentModel?.regions[index];
    if (!region) return;
    const { compare } = this.currentModel!;
    this.select({ area: region.row.area.id, indicator: compare.indicator.id, period: compare.period });
  }

  /** Enter on the gemeente the keyboard walk is at chooses it, as a click does. */
  private readonly onChartKey = (event: KeyboardEvent): void => {
    const at = this.keyboard.current;
    if (event.key !== 'Enter' || !at) return;
    event.preventDefault();
    this.selectRegion(at.row);
  };

  private pickPeriod(period: string): void {
    this.periodChoice.pick(period);
    this.select({ period, indicator: this.indicator });
    announceView(this, { period });
  }

  /** The count's state: why the map stays empty, in words, and the table of the counts is elsewhere. */
  private renderCountOnly(model: MapModel, strings: Strings): TemplateResult {
    const { id } = model.compare.indicator;
    this.showsModelFailure(model, `Een aantal wordt niet op de kaart gekleurd: ${id}`, id);
    return html`<div part="status" class="status no-data count-only" role="status">
      <p>${this.markFeedWords(model, strings.map.countOnly(model.compare.indicator.title))}</p>
    </div>`;
  }

  private renderNoAreaData(model: MapModel, strings: Strings): TemplateResult {
    const { id } = model.compare.indicator;
    this.showsModelFailure(model, `Geen cijfers per gemeente voor ${id}`, id);
    const [message, nearest] = noAreaDataText(model.compare, strings).map((line) => this.markFeedWords(model, line));
    return html`<div part="status" class="status no-data" role="status">
      <p><strong>${message}</strong></p>
      ${nearest ? html`<p>${nearest}</p>` : nothing}
    </div>`;
  }

  private renderLegend(model: MapModel, strings: Strings): TemplateResult {
    const labels = classLabels(model, strings);
    const hatched = model.regions.filter((r) => r.classIndex === null);
    return html`<section part="legend" id="legend" class="legend" aria-labelledby="legend-title">
      ${heading(this.titleLevel + 1, strings.map.legend, { id: 'legend-title', class: 'legend-title' })}
      <p>${strings.map.meaning[model.palette]}</p>
      <ul>
        ${model.classes.classes.map(
          (c, i) =>
            html`<li>
              <span class="swatch" ${styleProperties({ background: `var(--_map-${model.palette}-${i + 1})` })}></span>
              <span>${labels[i]} <span class="count">(${strings.map.gemeenten(c.count)})</span></span>
            </li>`,
        )}
        ${
          hatched.length
            ? html`<li>
                <span class="swatch hatched"></span>
                <span
                  >${hatchedKey(model, strings)}
                  <span class="count">(${strings.map.gemeenten(hatched.length)})</span></span
                >
              </li>`
            : nothing
        }
      </ul>
      <p>${methodText(model, strings)}</p>
      ${model.compare.indicator.kind === 'survey' ? html`<p>${strings.map.surveyMargins}</p>` : nothing}
    </section>`;
  }

  protected override renderModel(model: MapModel): TemplateResult {
    const strings = this.text;
    const { compare } = model;
    const { indicator, feed } = compare;
    const areas = strings.compare.areasOf('gemeente', model.scope.name);
    const period = formatPeriod(compare.period, strings);
    const fixedPeriod = this.periodChoice.fixed || compare.noAreaData;
    const lang = feedLang(feed.meta, strings);
    const header = html`${renderSampleMark(feed.meta, strings)}
      <header part="header" class="header">
        ${heading(this.titleLevel, feedText(indicator.title, lang), { part: 'title', class: 'title' })}
        <p class="meta">${areas} · ${feedText(indicator.unit, lang)}${fixedPeriod ? ` · ${period}` : ''}</p>
      </header>`;
    const footer = html`${renderDuiding(
      compare.duiding,
      strings,
      lang,
      `${indicator.title}, ${areas}`,
      this.titleLevel + 1,
      {
        about: duidingScope(compare.parent, indexFeed(feed).areas, strings),
        mark: (text) => this.markFeedWords(model, text),
      },
    )}
    ${renderFooter(feed, indicator, strings)}`;
    // Without figures per gemeente there is nothing to colour, whatever the kind: the reader hears
    // which figure exists instead of being sent to choose another kind of figure.
    if (compare.noAreaData) return html`${header} ${this.renderNoAreaData(model, strings)} ${footer}`;
    if (model.countOnly) return html`${header} ${this.renderCountOnly(model, strings)} ${footer}`;
    const description = describeMap(model, strings);
    return html`
      ${header} ${renderMissingPeriod(compare, strings, (message, id) => this.showsModelFailure(model, message, id))}
      ${renderAbsentHighlight(compare, strings)}
      ${
        !this.periodChoice.fixed && compare.periods.length > 1
          ? renderPeriodSelect({
              id: 'period',
              label: strings.compare.period,
              periods: compare.periods,
              selected: compare.period,
              strings,
              onSelect: (p) => this.pickPeriod(p),
            })
          : nothing
      }
      <div class="layout">
        <div
          class="map-column"
          ${styleProperties({ '--_chart-height': tokenChain(chartHeightToken, MivMap.tokenComponent, MAP_HEIGHT) })}
          @keydown=${this.onChartKey}
        >
          ${this.renderChart(
            strings.map.chartLabel(indicator.title, areas, period),
            description,
            ['legend'],
            html`<p part="attribution" class="attribution">${strings.map.attribution}</p>`,
          )}
          ${
            // Which gemeenten of the period today's shapes leave out or enlarge, and why the table
            // says `Trendbreuk` instead of a change, as the comparison's notes say it.
            this.renderNotes(model, [...boundaryNotes(model, strings), ...breakNotes(compare, strings)])
          }
        </div>
        ${this.renderLegend(model, strings)}
      </div>
      ${this.renderData(model)} ${footer}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-map': MivMap;
  }
}
