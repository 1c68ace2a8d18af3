/**
 * The internal base of every chart element: loads the feed for `src`, turns it into a model,
 * owns the chart controller, and maps failures to a Dutch message and a `miv-error` event.
 * Subclasses say which model to build, how to draw it, and what to render around the chart.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { loadFeed, DEFAULT_TIMEOUT_MS } from '../feed/load.js';
import { MivError, type ErrorKind } from '../feed/errors.js';
import type { Feed } from '../feed/schema.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { ChartController } from '../controllers/chart-controller.js';
import { resolveChartTheme, type ChartTheme } from '../charts/theme.js';
import type { ChartOption } from '../charts/echarts.js';

export interface MivErrorDetail {
  kind: ErrorKind;
  message: string;
}

export abstract class MivChartElement<Model> extends LitElement {
  /** URL of the JSON indicator feed. */
  @property({ reflect: true }) src = '';

  /** Interface language (`nl` or `en`); the nearest `[lang]` ancestor when absent. */
  @property({ reflect: true }) override lang = '';

  /** Shows the data table under the chart (it is always available to screen readers). */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;

  /** Milliseconds before a feed request fails with a time-out. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Send cookies with the feed request (`include`), for intranet feeds behind a login. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** Overrides for any UI text of the chosen language. */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  @state() protected tableOpen = false;

  protected readonly chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('[part~="chart"]'),
    onRendered: () => this.dispatchEvent(new CustomEvent('miv-rendered', { bubbles: true, composed: true })),
    onError: (error) => this.reportError(error),
  });

  private reportedError: unknown;

  protected readonly feedTask = new Task(this, {
    task: async ([src, timeout, credentials], { signal }): Promise<Feed> => {
      if (!src) throw new MivError('network', 'Geen src opgegeven');
      return loadFeed(src, { signal, timeoutMs: timeout, credentials });
    },
    args: () => [this.src, this.timeout, this.credentials] as const,
  });

  /** The resolved dictionary: the language's strings with the host's overrides on top. */
  protected get text(): Strings {
    const lang = this.lang || this.closest<HTMLElement>('[lang]')?.lang || 'nl';
    return { ...stringsFor(lang), ...this.strings };
  }

  /** Builds the model from a validated feed; throws `MivError` for unknown ids or no data. */
  protected abstract buildModel(feed: Feed): Model;
  /** The chart option for a model. */
  protected abstract buildOption(model: Model, theme: ChartTheme): ChartOption;
  /** Everything shown for a ready model; `renderChart` gives the chart's place. */
  protected abstract renderModel(model: Model): TemplateResult;

  private modelCache: { feed: Feed; key: string; result: { model?: Model; error?: unknown } } | undefined;

  /** The model for the current feed and attributes, computed once per change. */
  protected modelFor(feed: Feed): { model?: Model; error?: unknown } {
    const key = this.modelKey();
    if (this.modelCache?.feed !== feed || this.modelCache.key !== key) {
      let result: { model?: Model; error?: unknown };
      try {
        result = { model: this.buildModel(feed) };
      } catch (error) {
        result = { error };
      }
      this.modelCache = { feed, key, result };
    }
    return this.modelCache.result;
  }

  /** A string that changes whenever an attribute that feeds `buildModel` changes. */
  protected abstract modelKey(): string;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const feed = this.feedTask.value;
    const model = feed && this.feedTask.status === TaskStatus.COMPLETE ? this.modelFor(feed).model : undefined;
    if (!model) {
      this.chart.setOption(undefined);
      return;
    }
    const option = this.optionFor(model);
    this.chart.setOption(option);
  }

  private optionCache: { model: Model; option: ChartOption } | undefined;

  private optionFor(model: Model): ChartOption {
    if (this.optionCache?.model !== model) {
      this.optionCache = { model, option: this.buildOption(model, resolveChartTheme(this)) };
    }
    return this.optionCache.option;
  }

  protected reportError(error: unknown): void {
    if (error === this.reportedError) return;
    this.reportedError = error;
    const kind: ErrorKind = error instanceof MivError ? error.kind : 'network';
    const message = error instanceof Error ? error.message : String(error);
    this.dispatchEvent(
      new CustomEvent<MivErrorDetail>('miv-error', { detail: { kind, message }, bubbles: true, composed: true }),
    );
  }

  protected renderError(error: unknown): TemplateResult {
    // Failures are announced once and rendered as text; the page around the widget keeps working.
    queueMicrotask(() => this.reportError(error));
    const strings = this.text;
    const kind: ErrorKind = error instanceof MivError ? error.kind : 'network';
    const issues = error instanceof MivError ? (error.detail.issues ?? []) : [];
    return html`<div part="status" class="status error" role="alert">
      <p>${strings.errors[kind]}</p>
      <details>
        <summary>${strings.errorDetails}</summary>
        <p class="detail">${error instanceof Error ? error.message : String(error)}</p>
        ${
          issues.length > 1
            ? html`<ul>
                ${issues.slice(0, 10).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
              </ul>`
            : nothing
        }
      </details>
    </div>`;
  }

  protected renderChart(label: string, description: string): TemplateResult {
    return html`<figure class="figure">
      <div part="chart" class="chart" role="img" aria-label=${label} aria-describedby="summary"></div>
      <figcaption id="summary" part="summary" class="summary">${description}</figcaption>
    </figure>`;
  }

  protected override render(): TemplateResult {
    return this.feedTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (feed) => {
        const { model, error } = this.modelFor(feed);
        if (!model) return this.renderError(error);
        return this.renderModel(model);
      },
    });
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="status" class="status loading" aria-busy="true">
      <p role="status">${this.text.loading}</p>
    </div>`;
  }
}
