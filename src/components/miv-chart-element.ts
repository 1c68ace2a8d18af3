/**
 * The internal base of every chart element, on top of the base of the elements with a title
 * (`MivTitledElement`): it derives the model from the loaded feed and the element's inputs, the chart
 * option from the model, the resolved design tokens and the strings, and owns the chart controller,
 * the keyboard walk and the token watcher. It also renders what every chart element offers around
 * its chart — the table with its toggle, and the CSV, PNG and SVG downloads — so that they work the
 * same everywhere.
 * Subclasses say which model to build from which inputs, how to draw it, and what to render around
 * the chart; they opt in to the table and downloads by returning a `DataGrid` from `dataGrid` and
 * calling `renderData` in `renderModel`.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { MivError } from '../feed/errors.js';
import type { Feed } from '../feed/schema.js';
import { ChartController, loadChartEngine, type ChartEngine } from '../controllers/chart-controller.js';
import { ChartKeyboard, type ChartAction } from '../controllers/chart-keyboard.js';
import { ChartTooltip } from '../controllers/chart-tooltip.js';
import type { ChartTokens } from '../tokens/chart-tokens.js';
import { chartTokensKey, resolveChartTokens, sameTokens } from '../tokens/resolve.js';
import type { Chart, ChartOption } from '../charts/echarts.js';
import type { ChartPoints, ChartTooltips, LineLook } from '../charts/shared.js';
import { renderLegend } from './chart-legend.js';
import { gridTable, type DataGrid } from '../model/grid.js';
import { feedLang, feedPhrases, renderTable } from './parts.js';
import type { ImageKey } from './downloads.js';
import { MivTitledElement } from './miv-titled-element.js';
import { Derived } from '../controllers/derived.js';
import type { Strings } from '../i18n/strings.js';

export type { MivErrorDetail } from './miv-data-element.js';

/** What `download()` produces. */
export type DownloadFormat = 'csv' | 'png' | 'svg';

/** `miv-download`: cancel it to handle the file yourself (upload it, show it) instead of saving it. */
export interface MivDownloadDetail {
  format: DownloadFormat;
  fileName: string;
  blob: Blob;
}

const DOWNLOAD_FORMATS: readonly DownloadFormat[] = ['csv', 'png', 'svg'];

/** A failure of the chart engine or of an image export, as a `chart` error. */
function chartError(error: unknown): MivError {
  return error instanceof MivError
    ? error
    : new MivError('chart', error instanceof Error ? error.message : String(error));
}

export abstract class MivChartElement<Model> extends MivTitledElement {
  /** Built in turn with the page's other work: their placeholder holds their shape (`renderLoading`). */
  protected static override readonly buildInTurn = true;

  /**
   * Whether the chart's filled shapes stand on whole pixels, sharp-edged: set where the element's
   * styles give them `shape-rendering: crispEdges` (the comparison's bars), so that its downloaded
   * image shows them the same.
   */
  protected static readonly crispFills: boolean = false;

  /** Shows the data table under the chart (it is always available to screen readers). */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;

  @state() protected tableOpen = false;

  /**
   * Whether `renderData`'s table is built. Until a reader opens it, the table is for screen readers
   * and find-in-page: it is built after the figures, when the page is idle and no chart or figure
   * waits (the work queue's `after`): sixty-four charts drawn at once were done in 0,90× the time
   * (`npm run bench:ab`, 2026-12-03). Showing it, or printing, builds it at once.
   */
  @state() private tableBuilt = false;
  /** The table's queued build (`updateComplete` waits for it). */
  private tableQueued: Promise<void> | undefined;

  /** The citation shown in a text box, when the browser would not copy it. */
  @state() private citationShown = '';

  /** The live message after "Citeer". */
  @state() private citationMessage = '';

  /** The chart engine failed to load or draw: the element then says so and shows its table. */
  @state() protected chartFailed = false;

  protected readonly chart = new ChartController(this, {
    eager: () => this.loading === 'eager',
    container: () => this.renderRoot.querySelector<HTMLElement>('[part~="chart"] > .engine'),
    engine: () => this.loadEngine(),
    // The tooltip and its mark stand in the drawing's pixels: the keyboard walk's move with its point,
    // the pointer's is hidden, and shown again by the tooltip where the mouse still rests
    // (`ChartTooltip.resized`).
    onResized: () => {
      if (this.keyboard.current) this.chartAction({ type: 'showTip' });
      else {
        this.tooltip.hide();
        this.tooltip.resized();
      }
    },
    onRendered: () => {
      this.chartFailed = false;
      this.tooltip.drawn();
      this.dispatchEvent(new CustomEvent('miv-rendered', { bubbles: true, composed: true }));
    },
    onError: (error) => {
      // Each re-render retries the engine; a failure is reported once, not at every retry.
      if (this.chartFailed) return;
      this.chartFailed = true;
      this.reportError(chartError(error));
    },
  });

  /** The chart's resolved tokens; read again by `refreshTokens()`. */
  private tokens: ChartTokens | undefined;
  /** What the chart's tokens depend on, taken when the element's tokens were last checked. */
  private tokensKey: string | undefined;

  protected readonly keyboard = new ChartKeyboard(this, {
    points: () => {
      const model = this.currentModel;
      return model && this.chartPoints(model);
    },
    dispatch: (action) => this.chartAction(action),
    box: () => this.renderRoot.querySelector<HTMLElement>('[part~="chart"]'),
  });

  protected readonly tooltip = new ChartTooltip(this, {
    chart: () => this.chart.instance,
    words: (index) => {
      const model = this.currentModel;
      return model && this.tooltips?.words(model, index, this.text);
    },
    mark: (chart, index) => this.tooltips?.mark?.(chart, index),
    listen: (chart) => this.listenToChart(chart),
  });

  /**
   * Reads the design tokens again and redraws the chart if they changed. Runs by itself when the
   * reader's colour scheme, forced colours or motion preference change, and when a `class`, `style`,
   * `color-scheme` or `data-theme` attribute changes on the element or an ancestor; call it after changing
   * tokens in a way the element cannot see, such as swapping a stylesheet.
   */
  refreshTokens(): void {
    this.keepReadable();
    this.tokensKey = chartTokensKey(this);
    // Tokens not read yet are read when the chart is first built (`chartTokens`), not for every widget up front.
    if (!this.tokens) return;
    const tokens = resolveChartTokens(this, this.tokensKey);
    if (sameTokens(tokens, this.tokens)) return;
    this.tokens = tokens;
    this.requestUpdate();
  }

  protected override tokensChanged(): void {
    this.refreshTokens();
  }

  /** @deprecated Use `refreshTokens()`; this name goes in version 0.3.0. */
  refreshTheme(): void {
    this.refreshTokens();
  }

  /** Loads what draws this element's chart: the shared chart engine, unless a chart type needs more. */
  protected loadEngine(): Promise<ChartEngine> {
    return loadChartEngine();
  }

  /** The chart type's tooltip (`lineTooltips`, `barTooltips`, `mapTooltips`); none by default. */
  protected readonly tooltips: ChartTooltips<Model> | undefined = undefined;

  /**
   * Does what the keyboard walk asks of the chart: the tooltip beside the point walked to, or hidden;
   * ECharts does the rest (`highlight`, `downplay`).
   */
  protected chartAction(action: ChartAction): void {
    if (action.type === 'hideTip') this.tooltip.hide();
    else if (action.type === 'showTip') {
      const [chart, model, at] = [this.chart.instance, this.currentModel, this.keyboard.current];
      const anchor = chart && model && at && this.tooltips?.anchor(chart, model, at.row, at.column);
      if (anchor) this.tooltip.move(anchor);
    } else this.chart.dispatch(action);
  }

  /** Listens to a newly made chart: the tooltip follows the pointer over the plot. */
  protected listenToChart(chart: Chart): void {
    const pointedAt = this.tooltips?.pointedAt;
    if (!pointedAt) return;
    this.tooltip.followPointer(chart, (x, y) => {
      const model = this.currentModel;
      return model && pointedAt(chart, model, x, y);
    });
  }

  /** How to move through the chart's points by keyboard, shown while the chart has focus. */
  protected keysHint(strings: Strings): string {
    return strings.chart.keys;
  }

  /** The data points a keyboard reader walks through; none (the default) leaves the chart out of the tab order. */
  protected chartPoints(_model: Model): ChartPoints | undefined {
    return undefined;
  }

  /**
   * The feed's words that the element's sentences take over (`indicatorWords`), which
   * `markFeedWords` marks in them: in the chart's name, summary and legend, and in the element's own
   * sentences. None by default.
   */
  protected feedWords(_model: Model): readonly string[] {
    return [];
  }

  /** A sentence of the interface with the feed's words in it marked with the feed's language (`feedPhrases`). */
  protected markFeedWords(model: Model, sentence: string): unknown {
    const feed = this.feedTask.value;
    const lang = feed && feedLang(feed.meta, this.text);
    return lang ? feedPhrases(sentence, this.feedWords(model), lang) : sentence;
  }

  /**
   * The notes under a chart (`part="notes"`), each with the feed's words marked; nothing without
   * notes.
   */
  protected renderNotes(model: Model, notes: readonly string[]): TemplateResult | typeof nothing {
    return notes.length
      ? html`<ul part="notes" class="notes">
          ${notes.map((n) => html`<li>${this.markFeedWords(model, n)}</li>`)}
        </ul>`
      : nothing;
  }

  /** The series shown in the HTML legend under the chart; none by default. */
  protected chartLegend(_model: Model, _tokens: ChartTokens): LineLook[] {
    return [];
  }

  /** The legend drawn under an exported image: the HTML legend's series unless the element's legend is other. */
  protected imageLegend(model: Model, tokens: ChartTokens): ImageKey[] {
    return this.chartLegend(model, tokens);
  }

  /** Builds the model from a validated feed; throws `MivError` for unknown ids or no data. */
  protected abstract buildModel(feed: Feed): Model;
  /**
   * Everything besides the feed that `buildModel` reads (attribute values, the language where it
   * matters): the model is rebuilt exactly when one of these or the feed changes.
   */
  protected abstract modelInputs(): readonly unknown[];
  /** The chart option for a model, drawn with the element's tokens and strings. */
  protected abstract buildOption(model: Model, tokens: ChartTokens, strings: Strings): ChartOption;
  /** Everything shown for a ready model; `renderChart` gives the chart's place. */
  protected abstract renderModel(model: Model): TemplateResult;

  private readonly model = new Derived<{ model?: Model; error?: unknown }>();
  private readonly option = new Derived<ChartOption | undefined>();

  /** The model (or the reason there is none) for the loaded feed and the current inputs. */
  private get modelResult(): { model?: Model; error?: unknown } {
    const feed = this.feedTask.status === TaskStatus.COMPLETE ? this.feedTask.value : undefined;
    return this.model.get([feed, ...this.modelInputs()], () => {
      if (!feed) return {};
      try {
        return { model: this.buildModel(feed) };
      } catch (error) {
        return { error };
      }
    });
  }

  /** The chart option: rebuilt when the model, the resolved tokens or the strings change. */
  private get chartOption(): ChartOption | undefined {
    const { currentModel: model, chartTokens: tokens, text: strings } = this;
    return this.option.get([model, tokens, strings], () => model && this.buildOption(model, tokens, strings));
  }

  /**
   * The numbers shown, for the table and the downloads; `undefined` (the default) offers neither.
   * Built from the same model as the chart, so table, CSV and chart cannot disagree.
   */
  protected dataGrid(_model: Model): DataGrid | undefined {
    return undefined;
  }

  /**
   * What the "Citeer" action cites: the title it names for screen readers, and the plain text
   * (`src/model/citation.ts`, loaded at the first click: most readers never cite), built at the click
   * so it holds the page's URL at that moment.
   * `undefined` (the default) offers no "Citeer" action.
   */
  protected citation(_model: Model): { title: string; text: () => Promise<string> } | undefined {
    return undefined;
  }

  /**
   * Copies the citation with the Clipboard API and confirms it in a live message. Where the browser
   * refuses (no permission, an insecure page), the text is shown selected in a text box instead, so
   * the reader can copy it by hand.
   */
  private async cite(): Promise<void> {
    const model = this.currentModel;
    const text = model && (await this.citation(model)?.text());
    if (!text) return;
    const strings = this.text;
    // Emptied first, so a second copy is announced again.
    this.citationMessage = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.citationShown = '';
      this.citationMessage = strings.citation.copied;
    } catch {
      this.citationShown = text;
      this.citationMessage = strings.citation.copyManually;
      await this.updateComplete;
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>('[part~="citation"] textarea');
      box?.focus();
      box?.select();
    }
  }

  /** The "Citeer" button, its live message and, after a refused copy, the text to copy by hand. */
  protected renderCitation(model: Model): TemplateResult | typeof nothing {
    const citation = this.citation(model);
    if (!citation) return nothing;
    const strings = this.text;
    return html`<button
        type="button"
        part="cite"
        aria-label=${strings.citation.describe(citation.title)}
        @click=${() => this.cite()}
      >
        ${strings.citation.button}
      </button>
      <span class="citation-message" role="status" aria-live="polite">${this.citationMessage}</span>
      ${
        this.citationShown
          ? html`<label part="citation" class="citation">
              <span>${strings.citation.textLabel}</span>
              <textarea readonly rows="6" .value=${this.citationShown}></textarea>
            </label>`
          : nothing
      }`;
  }

  /** The model for the loaded feed and the current attributes, if there is one. */
  protected get currentModel(): Model | undefined {
    return this.modelResult.model;
  }

  /**
   * Downloads the shown data as CSV, or the chart with its title and source as PNG or SVG. Fires a
   * cancelable `miv-download` first; the file is saved unless a listener cancels it. Resolves without
   * a file while there is no data (or, for images, while the element is detached).
   */
  async download(format: DownloadFormat): Promise<void> {
    const model = this.currentModel;
    const grid = model && this.dataGrid(model);
    if (!grid) return;
    const strings = this.text;
    // The export code is loaded on the first click: most readers never download, and the page pays for it only then.
    const { csvBlob, imageBlob, saveFile } = await import('./downloads.js');
    let blob: Blob;
    if (format === 'csv') blob = csvBlob(grid, strings);
    else {
      const chart = await this.chart.paintedChart();
      if (!chart) return;
      const tokens = resolveChartTokens(this);
      blob = await imageBlob(format, chart, grid, tokens, strings, {
        legend: this.imageLegend(model, tokens),
        crispFills: (this.constructor as typeof MivChartElement).crispFills,
      });
    }
    const fileName = `${grid.fileName}.${format}`;
    const event = new CustomEvent<MivDownloadDetail>('miv-download', {
      detail: { format, fileName, blob },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(event)) saveFile(blob, fileName);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('loading') && this.loading === 'eager') this.chart.drawNow();
    if (this.tableVisible) this.tableBuilt = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.chart.setOption(this.ready ? this.chartOption : undefined);
  }

  private get chartTokens(): ChartTokens {
    this.tokens ??= resolveChartTokens(this, this.tokensKey);
    return this.tokens;
  }

  /**
   * The table toggle, the download buttons and the table itself, for models with a `dataGrid`.
   * The table is always in the accessibility tree; the toggle and `show-table` only decide whether
   * it is visible. An element with a table of its own renders `renderTableToggle`,
   * `renderDownloads` and its table (with `tableVisible`) instead.
   */
  protected renderData(model: Model): TemplateResult | typeof nothing {
    const grid = this.dataGrid(model);
    if (!grid) return nothing;
    // Queued once, from here: the job only runs in a later task.
    if (!this.tableBuilt) this.tableQueued ??= this.updateInTurn('after', () => (this.tableBuilt = true));
    return html`<div part="actions" class="actions">
        ${this.renderTableToggle()} ${this.renderDownloads()} ${this.renderCitation(model)}
      </div>
      ${renderTable(this.tableBuilt ? gridTable(grid, this.text) : undefined, this.tableVisible, this.text, (text) =>
        this.markFeedWords(model, text),
      )}`;
  }

  /**
   * Whether the table is shown to sighted readers: `show-table`, the toggle, a failed chart, or a
   * page printing before the chart's engine could arrive (its empty box is left out on paper).
   */
  protected get tableVisible(): boolean {
    return this.showTable || this.tableOpen || this.chartFailed || this.chart.printsEmpty;
  }

  /** The button that shows and hides the table (`#data-table`). */
  protected renderTableToggle(): TemplateResult {
    const strings = this.text;
    const open = this.tableVisible;
    return html`<button
      type="button"
      part="table-toggle"
      aria-expanded=${String(open)}
      aria-controls="data-table"
      @click=${() => (this.tableOpen = !this.tableOpen)}
    >
      ${open ? strings.table.hide : strings.table.show}
    </button>`;
  }

  /** The CSV, PNG and SVG buttons; a failed export is reported as a `chart` error. */
  protected renderDownloads(): TemplateResult {
    const strings = this.text;
    return html`<span part="downloads" class="downloads" role="group" aria-label=${strings.downloads.label}>
      <span aria-hidden="true">${strings.downloads.label}:</span>
      ${
        // Without a drawn chart only the figures: an image of it would be empty.
        (this.chartFailed ? (['csv'] as const) : DOWNLOAD_FORMATS).map(
          (format) =>
            html`<button
              type="button"
              data-format=${format}
              aria-label=${strings.downloads.describe(strings.downloads[format])}
              @click=${() => this.download(format).catch((error: unknown) => this.reportError(chartError(error)))}
            >
              ${strings.downloads[format]}
            </button>`,
        )
      }
    </span>`;
  }

  /**
   * The chart's place: a box labelled by `label` and described by the visible `description`, an
   * image (`role="img"`) where it is only looked at. ECharts draws into an inner box, because its aria
   * option overwrites the `aria-label` of the element it is given; the drawing and the pointer's
   * tooltip are hidden from screen readers, which hear the same through the description and, from the
   * keyboard, the live region.
   * The label is an element of its own (`aria-labelledby`), not an `aria-label`, so that the feed's
   * words in it (the title) carry the feed's language, as they do in the description and legend. It is
   * laid out, visually hidden, and hidden from screen readers (which hear it as the chart's name): from
   * a `hidden` label Chromium named the chart with a space between the title's element and the comma.
   * With `chartPoints` the box is one tab stop whose arrow keys walk through the points, announced
   * in a polite live region (the feed's words in its sentences marked as in the label): an
   * `application`, so that NVDA and JAWS switch to focus mode when it gets focus and pass the arrow
   * keys on to it (on an image they stay in browse mode and read on past the chart instead); with
   * `chartLegend` an HTML legend follows the chart. `describedBy`
   * names elements elsewhere in the element whose text describes the chart before the summary.
   */
  protected renderChart(
    label: string,
    description: string,
    describedBy: readonly string[] = [],
    /** Shown right under the drawing, before its legend and summary: a map's attribution. */
    underChart: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const model = this.currentModel;
    const points = model && this.chartPoints(model);
    const legend = model ? this.chartLegend(model, this.chartTokens) : [];
    const strings = this.text;
    const marked = (text: string) => (model ? this.markFeedWords(model, text) : text);
    const walked = points && !this.chartFailed;
    // Mostly the chart engine that did not load, for every chart on the page: announced once.
    const failedRole = this.chartFailed && this.announces(strings.errors.chart) ? 'alert' : nothing;
    return html`<figure class="figure">
      ${
        this.chartFailed
          ? html`<p part="status" class="status error chart-failed" role=${failedRole}>${strings.errors.chart}</p>`
          : nothing
      }
      <span id="chart-label" class="visually-hidden" aria-hidden="true">${marked(label)}</span>
      <div
        part="chart"
        class="chart"
        role=${walked ? 'application' : 'img'}
        aria-labelledby="chart-label"
        aria-describedby=${[...describedBy, 'summary', ...(points ? ['keys'] : [])].join(' ')}
        tabindex=${walked ? 0 : nothing}
        @keydown=${this.keyboard.onKeyDown}
        @blur=${this.keyboard.onBlur}
        ?hidden=${this.chartFailed}
      >
        <div class="engine" aria-hidden="true"></div>
        ${this.tooltip.render()}
      </div>
      ${underChart} ${legend.length && !this.chartFailed ? renderLegend(legend, strings.chart.legend, marked) : nothing}
      ${
        points
          ? html`<p id="keys" part="keys" class="keys">${this.keysHint(strings)}</p>
              <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                ${marked(this.keyboard.message)}
              </p>`
          : nothing
      }
      <figcaption id="summary" part="summary" class="summary">${marked(description)}</figcaption>
    </figure>`;
  }

  /** Renders the model derived from this same loaded feed (see `model`). */
  protected override renderFeed(_feed: Feed): TemplateResult {
    const { model, error } = this.modelResult;
    if (!model) throw error;
    return this.renderModel(model);
  }

  /**
   * A placeholder of the ready element's shape and about its height (header, headline, chart,
   * footer), so the page does not jump when the numbers arrive.
   */
  protected override renderLoading(): TemplateResult {
    return html`<div part="status" class="status loading" aria-busy="true">
      <p role="status">${this.text.loading}</p>
      <div class="skeleton" aria-hidden="true">
        <span class="bone title"></span><span class="bone"></span><span class="bone value"></span>
        <span class="bone chart"></span><span class="bone"></span><span class="bone"></span>
      </div>
    </div>`;
  }
}
