/**
 * The internal base of the monitor's non-chart elements (area picker, theme overview, highlights):
 * the feed task, the values inherited from a surrounding `<miv-feed>`, the dictionary, and failures
 * shown as a Dutch message plus a `miv-error` event. No chart engine is loaded for these.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { loadFeed, DEFAULT_TIMEOUT_MS } from '../../feed/load.js';
import { MivError, type ErrorKind } from '../../feed/errors.js';
import type { Feed } from '../../feed/schema.js';
import { stringsFor, type Strings } from '../../i18n/strings.js';
import { InheritedFeed } from '../../context/feed-context.js';
import type { MivErrorDetail } from '../miv-chart-element.js';

/** `miv-select`: the user picked an area, or an indicator in that area. */
export interface MivSelectDetail {
  area: string;
  indicator?: string;
}

export abstract class MivDataElement extends LitElement {
  /** URL of the JSON indicator feed; the surrounding `<miv-feed>`'s when absent. */
  @property({ reflect: true }) src = '';

  /** Interface language (`nl` or `en`); the nearest `[lang]` ancestor or `<miv-feed>` when absent. */
  @property({ reflect: true }) override lang = '';

  /** Area id; the surrounding `<miv-feed>`'s selected area when absent. */
  @property({ reflect: true }) area = '';

  /** Milliseconds before a feed request fails with a time-out. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Send cookies with the feed request (`include`), for intranet feeds behind a login. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** Overrides for any UI text of the chosen language. */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  protected readonly inherited = new InheritedFeed(this);

  protected readonly feedTask = new Task(this, {
    task: async ([src, timeout, credentials], { signal }): Promise<Feed> => {
      if (!src) throw new MivError('network', 'Geen src opgegeven');
      return loadFeed(src, { signal, timeoutMs: timeout, credentials });
    },
    args: () => [this.inherited.src(this.src), this.timeout, this.credentials] as const,
  });

  private reportedError: unknown;

  /** The resolved dictionary: the language's strings with the host's overrides on top. */
  protected get text(): Strings {
    return { ...stringsFor(this.inherited.lang(this.lang, this)), ...this.strings };
  }

  /**
   * The area to show: the element's own, else the surrounding feed's, else the feed's unit (the
   * monitor's own level), so that every element without a choice shows the same area.
   */
  protected areaIn(feed: Feed): string {
    return this.inherited.area(this.area) || (feed.areas.find((a) => a.level === 'eenheid') ?? feed.areas[0])?.id || '';
  }

  /** Everything shown once the feed is loaded; may throw `MivError` for unknown ids. */
  protected abstract renderFeed(feed: Feed): TemplateResult;

  protected override render(): TemplateResult {
    return this.feedTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (feed) => {
        try {
          return this.renderFeed(feed);
        } catch (error) {
          return this.renderError(error);
        }
      },
    });
  }

  protected renderLoading(): TemplateResult {
    return html`<p part="status" class="status loading" role="status" aria-busy="true">${this.text.loading}</p>`;
  }

  protected renderError(error: unknown): TemplateResult {
    const kind: ErrorKind = error instanceof MivError ? error.kind : 'network';
    const message = error instanceof Error ? error.message : String(error);
    // Announced once per failure, after this render; the page around the element keeps working.
    if (error !== this.reportedError) {
      this.reportedError = error;
      queueMicrotask(() =>
        this.dispatchEvent(
          new CustomEvent<MivErrorDetail>('miv-error', { detail: { kind, message }, bubbles: true, composed: true }),
        ),
      );
    }
    return html`<div part="status" class="status error" role="alert">
      <p>${this.text.errors[kind]}</p>
      <p class="detail">${message}</p>
    </div>`;
  }

  /** Fires `miv-select`. */
  protected select(detail: MivSelectDetail): void {
    this.dispatchEvent(new CustomEvent<MivSelectDetail>('miv-select', { detail, bubbles: true, composed: true }));
  }
}
