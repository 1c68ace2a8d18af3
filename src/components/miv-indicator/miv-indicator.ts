import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/schema.js';
import { buildIndicatorModel, type IndicatorModel } from '../../model/indicator.js';
import { describeIndicator } from '../../model/summary.js';
import { formatDelta, formatPeriod, formatPointValue } from '../../model/format.js';
import type { Change } from '../../model/trend.js';
import { buildLineOption } from '../../charts/line.js';
import type { ChartTheme } from '../../charts/theme.js';
import type { ChartOption } from '../../charts/echarts.js';
import { MivChartElement } from '../miv-chart-element.js';
import { renderDuiding, renderFooter, renderSampleMark, renderTable } from '../parts.js';
import { sharedStyles } from '../shared.styles.js';
import { indicatorStyles } from './miv-indicator.styles.js';

const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

/**
 * One indicator over time in one area, with its comparison lines, meaning and sources.
 *
 * @tagname miv-indicator
 * @summary Line chart of one MIV indicator for one area, with headline, table, footnotes and duiding.
 *
 * @attr src - URL of the JSON indicator feed.
 * @attr indicator - Indicator id from the feed, e.g. `woninginbraak`.
 * @attr area - Area id from the feed: a CBS code (`GM0748`), a district (`de-baronie`), `NL01`.
 * @attr compare - Comparison lines: empty for every higher level, `none`, or area ids and levels.
 * @attr from - First period to show (inclusive), e.g. `2018`.
 * @attr to - Last period to show (inclusive).
 * @attr show-table - Shows the data table under the chart.
 * @attr lang - `nl` (default) or `en`.
 *
 * @event miv-rendered - The chart has been painted.
 * @event miv-error - Loading or interpreting the feed failed; `detail.kind` says why.
 *
 * @csspart header - Title, area and unit.
 * @csspart title - The indicator title.
 * @csspart value - The latest value in the headline.
 * @csspart chart - The chart's drawing area.
 * @csspart summary - The generated description under the chart.
 * @csspart table - The data table.
 * @csspart footer - Bron, Eenheid, Toelichting, Stand.
 * @csspart source - The source in the footer.
 * @csspart duiding - The partners' interpretation.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --miv-font-family - Font of all text (falls back to `--utrecht-document-font-family`).
 * @cssprop --miv-color-text - Text colour.
 * @cssprop --miv-color-background - Background colour.
 * @cssprop --miv-color-series-1 - Colour of the area's own line (then -2, -3, -4 for comparisons).
 * @cssprop --miv-chart-height - Height of the chart (default 320px).
 * @cssprop --miv-indicator-value-font-size - Size of the headline value.
 */
export class MivIndicator extends MivChartElement<IndicatorModel> {
  static override styles = [sharedStyles, indicatorStyles];

  /** Indicator id from the feed. */
  @property({ reflect: true }) indicator = '';

  /** Area id from the feed. */
  @property({ reflect: true }) area = '';

  /** Comparison lines: empty for the default, `none`, or a list of area ids and levels. */
  @property({ reflect: true }) compare = '';

  /** First period shown. */
  @property({ reflect: true }) from = '';

  /** Last period shown. */
  @property({ reflect: true }) to = '';

  protected override modelKey(): string {
    return [this.indicator, this.area, this.compare, this.from, this.to].join('|');
  }

  protected override buildModel(feed: Feed): IndicatorModel {
    return buildIndicatorModel(feed, {
      indicator: this.indicator,
      area: this.area,
      ...(this.compare ? { compare: this.compare } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    });
  }

  protected override buildOption(model: IndicatorModel, theme: ChartTheme): ChartOption {
    const strings = this.text;
    return buildLineOption(model, { theme, strings, description: describeIndicator(model, strings) });
  }

  private renderChange(change: Change | null, label: string): TemplateResult | typeof nothing {
    if (!change) return nothing;
    const strings = this.text;
    const { indicator } = this.modelFor(this.feedTask.value!).model!;
    const words =
      change.direction === 'same' && indicator.kind === 'survey'
        ? strings.surveyEqual
        : strings.direction[change.direction];
    return html`<span class="change" data-judgement=${change.judgement}>
      <span aria-hidden="true">${ARROWS[change.direction]}</span>
      ${change.direction === 'same' ? '' : formatDelta(change.delta, indicator.decimals, strings)} ${words} ${label}
    </span>`;
  }

  protected override renderModel(model: IndicatorModel): TemplateResult {
    const strings = this.text;
    const { indicator, shownArea, latest, feed } = model;
    const range = model.periods.length
      ? `${formatPeriod(model.periods[0]!, strings)}–${formatPeriod(model.periods.at(-1)!, strings)}`
      : '';
    const description = describeIndicator(model, strings);
    return html`
      ${renderSampleMark(feed.meta, strings)}
      <header part="header" class="header">
        <h2 part="title">${indicator.title}</h2>
        <p class="meta">${model.area.name} · ${indicator.unit} · ${range}</p>
      </header>
      ${model.fallback ? html`<p class="fallback">${strings.fallback(model.area.name, shownArea.name)}</p>` : nothing}
      <div class="headline">
        ${
          latest
            ? html`<span part="value" class="value">${formatPointValue(latest, indicator, strings)}</span>
                <span class="period">${formatPeriod(latest.period, strings)}</span>`
            : nothing
        }
        ${this.renderChange(model.changePrevious, strings.changeSincePrevious(formatPeriod(model.changePrevious?.from.period ?? '', strings)))}
        ${this.renderChange(model.changeFirst, strings.changeSinceFirst(formatPeriod(model.changeFirst?.from.period ?? '', strings)))}
      </div>
      <p class="polarity">${strings.polarity[indicator.polarity]}</p>
      ${this.renderChart(strings.chartLabel(indicator.title, shownArea.name), description)}
      <button
        type="button"
        aria-expanded=${String(this.showTable || this.tableOpen)}
        @click=${() => (this.tableOpen = !this.tableOpen)}
      >
        ${this.showTable || this.tableOpen ? strings.table.hide : strings.table.show}
      </button>
      ${renderTable(
        {
          caption: strings.table.caption(indicator.title, `${indicator.unit}`),
          rowHeader: strings.table.period,
          columns: model.series.map((s) => s.area.name),
          rows: model.periods.map((period) => ({
            header: formatPeriod(period, strings),
            cells: model.series.map((s) => {
              const p = s.points.find((q) => q.period === period);
              return p ? formatPointValue(p, indicator, strings) : strings.statusSymbol['no-data'];
            }),
          })),
        },
        this.showTable || this.tableOpen,
        strings,
      )}
      ${renderDuiding(model.duiding, strings)} ${renderFooter(feed.meta, indicator, strings)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-indicator': MivIndicator;
  }
}
