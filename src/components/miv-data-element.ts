/**
 * The internal base of every element that reads the feed: the feed task, the values inherited from
 * a surrounding `<miv-feed>`, the dictionary, and failures shown as a Dutch message plus one
 * `miv-error` event. The elements with a title build on it through `MivTitledElement`, the chart
 * elements one step further (`MivChartElement`); the area picker uses it directly. Only the chart
 * elements load the chart engine.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { loadFeed, DEFAULT_TIMEOUT_MS } from '../feed/load.js';
import { MivError, type ErrorKind, type FeedIssue } from '../feed/errors.js';
import { staleInfo } from '../feed/last-good.js';
import type { Feed } from '../feed/schema.js';
import { hasStrings, languageOf, loadStrings, stringsFor, type Strings } from '../i18n/strings.js';
import { withOverrides } from '../i18n/overrides.js';
import { InheritedFeed } from '../context/feed-context.js';
import { Derived } from '../controllers/derived.js';
import { TokenWatcher } from '../controllers/token-watcher.js';
import { keepReadable } from '../tokens/resolve.js';
import { styleProperties } from './style-properties.js';
import { feedPhrases } from './parts.js';
import { buildWhenIdle, liesNear, unwatchNearness, watchNearness } from '../controllers/nearness.js';
import { enqueue, type Lane } from '../controllers/work-queue.js';
import { indexFeedInTurns } from '../model/series.js';
import { prepareNumbers } from '../model/format.js';
import { whenIdle, yieldToPage } from '../scheduling.js';
import {
  positiveMs,
  warnInvalidMs,
  warnUnknownLanguage,
  warnUnknownValues,
  type FixedValues,
} from './attribute-values.js';

export interface MivErrorDetail {
  kind: ErrorKind;
  message: string;
}

/** What `credentials` takes: the values of `fetch`'s own option. */
const CREDENTIALS = ['omit', 'same-origin', 'include'] as const satisfies readonly RequestCredentials[];

/** `miv-select`: the reader picked an area, an indicator (in an area), or a period of an indicator. */
export interface MivSelectDetail {
  area?: string;
  indicator?: string;
  period?: string;
  /** The indicator's theme, where the element knows it (a finding of `<miv-highlights>`). */
  theme?: string;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The custom state while the element shows its loading placeholder. */
const LOADING_STATE = 'loading';

/** How many feed problems the error details list; the rest is for `miv-feed validate`. */
const LISTED_ISSUES = 10;

/**
 * The element that announces each failure on the page, by what it says (its feed and its line): a
 * screen reader hears a feed that sixty widgets fail on once, not sixty alerts at once. Weak, so
 * that a widget removed from the page is not kept for it.
 */
const announcers = new Map<string, WeakRef<Element>>();

/**
 * The short line an error shows: what it names (an id, the status of an HTTP answer, the id it
 * probably meant) where it has that, else its kind's sentence.
 */
function errorLine(kind: ErrorKind, detail: MivError['detail'], strings: Strings): string {
  const { id, status, notDistrict, meant } = detail;
  if (id && notDistrict) return strings.notDistrict(notDistrict, id);
  if (id === '' && (kind === 'unknown-indicator' || kind === 'unknown-theme'))
    return strings.noId(kind === 'unknown-theme' ? 'theme' : 'indicator');
  if (kind === 'http' && status) return strings.httpError(status);
  const line =
    id && (kind === 'unknown-indicator' || kind === 'unknown-area')
      ? strings.unknownId[kind](id)
      : strings.errors[kind];
  return meant ? `${line} ${strings.meant(meant.id, meant.name)}` : line;
}

/**
 * What an error's details say: the issues of a feed, else the technical message. The library's own
 * words are Dutch where the dictionary has none for them (`MivError`'s messages): marked so where the
 * element speaks another language, for a screen reader to read them as Dutch (WCAG 3.1.2).
 */
function errorDetails(error: unknown, strings: Strings): TemplateResult {
  const inDutch = (text: string) => (languageOf(strings.locale) === 'nl' ? text : html`<span lang="nl">${text}</span>`);
  const issueText = ({ said, message }: FeedIssue) =>
    said && strings.feedIssue ? strings.feedIssue[said.key](said.arg ?? '') : inDutch(message);
  const issues = error instanceof MivError ? (error.detail.issues ?? []) : [];
  // The message of a feed with issues is its first issue: the list alone, not the first one twice.
  if (issues.length > 0)
    return html`<ul>
      ${issues.slice(0, LISTED_ISSUES).map((issue) => html`<li><code>${issue.path}</code>: ${issueText(issue)}</li>`)}
    </ul>`;
  if (error instanceof MivError) return html`<p class="detail">${inDutch(error.message)}</p>`;
  return html`<p class="detail">${error instanceof Error ? error.message : String(error)}</p>`;
}

/**
 * What every element that reads the feed shares: loading, errors, laziness, tokens.
 *
 * @cssstate loading - While the element shows its loading placeholder (its feed loads, or it waits
 * to come near): a page can hold a height for it until its content is in.
 */
export abstract class MivDataElement extends LitElement {
  /** The element's token prefix: `indicator` for `--miv-indicator-*` (see `tokenStyles`). */
  protected static readonly tokenComponent: string | undefined;

  /**
   * Its custom states: `:state(own-color-link)` and `:state(dark-background)`, set by the contrast
   * check, and `:state(loading)` while it shows its loading placeholder, so that a page can hold a
   * height for it until its content is in.
   */
  private readonly internals = this.attachInternals();

  /** Whether the last render showed the loading placeholder; `updated` mirrors it in `:state(loading)`. */
  private showsPlaceholder = false;

  protected readonly tokenWatcher = new TokenWatcher(this, () => this.tokensChanged());

  /** URL of the JSON indicator feed; the surrounding `<miv-feed>`'s when absent. */
  @property({ reflect: true }) src = '';

  /**
   * Interface language (`nl` or `en`); the surrounding `<miv-feed>`'s or the nearest `[lang]`
   * ancestor's when absent. Not reflected: an empty `lang` attribute would hide the page's language
   * from the ancestor lookup and tell screen readers the language is unknown.
   */
  @property() override lang = '';

  /** Area id; the surrounding `<miv-feed>`'s selected area when absent. */
  @property({ reflect: true }) area = '';

  /**
   * Milliseconds before a feed request fails with a time-out, per try; this element's own, also when
   * other elements share its feed. Not a positive number: the default, with a warning in the console.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Send cookies with the feed request (`include`), for intranet feeds behind a login; `same-origin`
   * only to the page's own server; `omit` (the default) never.
   */
  @property() credentials: RequestCredentials = 'omit';

  /**
   * `lazy` (the default), like an image: until the element comes within a viewport of the visible
   * part of the page it shows a placeholder of its height, and builds its figures, text and table
   * in idle time (so screen readers and find-in-page still reach them) and its chart only when near.
   * `eager`: builds and draws at once, for print, PDF export and pages that want every chart.
   */
  @property({ reflect: true }) loading: 'lazy' | 'eager' = 'lazy';

  /** The attributes with a fixed set of values and those values (`warnUnknownValues`). */
  protected static fixedValues: FixedValues = { loading: ['lazy', 'eager'], credentials: CREDENTIALS };

  /** Whether the content may be built (near the viewport, eager, in idle time, or printing). */
  @state() protected near = false;

  /**
   * Whether the first build, once near and loaded, waits its turn with the page's other work
   * (`work-queue.ts`): so it does for the chart elements, of which a page may hold sixty, so that a
   * feed arriving for all of them does not build them in one long task. The others, one or two per
   * page, build at once: their placeholder is not their shape, and showing it for a frame would
   * shift the page.
   */
  protected static readonly buildInTurn: boolean = false;

  /** Whether the figures are built; later renders (a changed attribute, a toggle) are immediate. */
  @state() private built = false;

  /** Whether the figures are shown: near the viewport and built, or not waiting to be built. */
  protected get ready(): boolean {
    return this.near && (this.built || !(this.constructor as typeof MivDataElement).buildInTurn);
  }
  /** Settles when the queued first build has run. */
  private building: Promise<void> | undefined;
  /** The changes queued with `updateInTurn` and not made yet, which `updateComplete` waits for. */
  private readonly turnsWaiting = new Set<Promise<void>>();

  /** Overrides for any UI text of the chosen language. */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  /** `src`, `lang` and `area` of a surrounding `<miv-feed>`, for whatever the element does not set itself. */
  protected readonly inherited = new InheritedFeed(this);

  protected readonly feedTask = new Task(this, {
    task: async ([src, timeout, credentials], { signal }): Promise<Feed> => {
      if (!src) throw new MivError('no-src', 'Geen src opgegeven, ook niet op een omringende <miv-feed>');
      const lang = this.inherited.lang(this.lang, this);
      whenIdle(() => prepareNumbers(stringsFor(lang).locale));
      // The reader's language loads beside the feed, and the feed's own (its sentences) after it.
      const [feed] = await Promise.all([loadFeed(src, { signal, timeoutMs: timeout, credentials }), loadStrings(lang)]);
      await loadStrings(feed.meta.language);
      // Indexed before the first build, in turns, so that a feed of any size leaves that build short.
      await indexFeedInTurns(feed);
      // An element that builds at once does so in a task of its own: the area picker, the theme
      // overview and the highlights of one page, given the same feed at the same moment, built
      // together in one long task.
      if (!(this.constructor as typeof MivDataElement).buildInTurn) await yieldToPage();
      return feed;
    },
    args: () =>
      [
        this.inherited.src(this.src),
        positiveMs(this.timeout) ?? DEFAULT_TIMEOUT_MS,
        // An unknown value would make the browser refuse the request, which reads as a network failure.
        CREDENTIALS.find((c) => c === this.credentials) ?? 'omit',
      ] as const,
  });

  private reportedError: unknown;

  /** Set while a load that was stopped because the element left the page waits to be resumed. */
  private loadStopped = false;
  private leaving: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.tokensChecked = false;
    this.checkTokensSoon();
    if (!this.near && this.loading !== 'eager')
      watchNearness(this, () => {
        // Here, where the observer reports every element that came near at once: reading one
        // element's tokens after another has rendered would compute the page's styles each time.
        if (!this.tokensChecked) this.checkTokens();
        this.near = true;
      });
    clearTimeout(this.leaving);
    if (this.loadStopped) {
      this.loadStopped = false;
      void this.feedTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchNearness(this);
    // Stopped a moment later, so that an element moved within the page keeps its request.
    this.leaving = setTimeout(() => {
      if (this.isConnected || this.feedTask.status !== TaskStatus.PENDING) return;
      this.loadStopped = true;
      this.feedTask.abort();
    });
  }

  private readonly dictionary = new Derived<Strings>();
  /** Languages this element asked to load once: a failed load leaves it Dutch, not retrying each render. */
  private readonly languagesAsked = new Set<string>();

  /**
   * The resolved dictionary: the language's strings with the host's overrides on top, section by
   * section (`withOverrides`). The same object
   * until the language or the overrides change, so it can serve as an input of other derived values.
   */
  protected get text(): Strings {
    const lang = this.inherited.lang(this.lang, this);
    const strings = stringsFor(lang);
    // A language not loaded yet (English) shows Dutch for the moment it takes, then redraws.
    if (!hasStrings(lang) && !this.languagesAsked.has(lang)) {
      this.languagesAsked.add(lang);
      void loadStrings(lang).then(() => this.requestUpdate());
    }
    return this.dictionary.get([strings, this.strings], () => withOverrides(strings, this.strings));
  }

  /**
   * The area to show: the element's own, else the surrounding feed's, else the feed's unit (the
   * monitor's own level), so that every element without a choice shows the same area.
   */
  protected areaIn(feed: Feed): string {
    return this.inherited.area(this.area) || (feed.areas.find((a) => a.level === 'eenheid') ?? feed.areas[0])?.id || '';
  }

  /** Everything shown once the feed is loaded; may throw `MivError` for unknown ids or no data. */
  protected abstract renderFeed(feed: Feed): TemplateResult;

  /** The failures the last render shows; `updated` announces them, as render fires no events. */
  private shownFailures: unknown[] = [];
  /** The failures the render before showed: still on screen, so not announced again. */
  private announcedFailures = new Set<unknown>();

  /** What the last render announces in a live region (`announces`), and what the render before did. */
  private liveCauses = new Set<string>();
  private heldCauses = new Set<string>();

  /**
   * Whether this element's live region says `cause`: only the first element on the page to show it,
   * for as long as it shows it and stays on the page. The others show the same words without a live
   * region: the reader has heard them once, and can still read them in each widget.
   */
  protected announces(cause: string): boolean {
    const holder = announcers.get(cause)?.deref();
    if (holder && holder !== this && holder.isConnected) return false;
    announcers.set(cause, new WeakRef(this));
    this.liveCauses.add(cause);
    return true;
  }

  /** Marks a failure that this render shows, to be announced as `miv-error` once it is on screen. */
  protected showsFailure(error: unknown): void {
    this.shownFailures.push(error);
  }

  private readonly modelFailures = new WeakMap<object, Map<string, MivError>>();

  /**
   * `showsFailure` for a state of a built model (no figures at this level, a period without
   * figures): the same error on every render of that model, so that it is announced once.
   */
  protected showsModelFailure(model: object, message: string, id: string): void {
    let failures = this.modelFailures.get(model);
    if (!failures) this.modelFailures.set(model, (failures = new Map()));
    let error = failures.get(message);
    if (!error) failures.set(message, (error = new MivError('no-data', message, { id })));
    this.showsFailure(error);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    warnUnknownValues(this, (this.constructor as typeof MivDataElement).fixedValues, changed);
    warnUnknownLanguage(this, changed);
    warnInvalidMs(this, 'timeout', DEFAULT_TIMEOUT_MS, changed);
    if (this.loading === 'eager' && !this.near) {
      unwatchNearness(this);
      this.near = true;
    }
    // Before the render that shows its content, so that its first frame has the checked colours
    // (an element made eager after it was connected; the others are checked as they come near).
    if (this.near && !this.tokensChecked) this.checkTokens();
  }

  /**
   * Everything shown, in an element that states its language where the element's own (its `lang`
   * attribute, else the page's) is another (`shownLanguage`). Always there, so that a change of
   * language changes an attribute, not the whole content with the chart's container; without a box
   * of its own (`display: contents`), so that it changes no layout: as a box, it moved up by the
   * placeholder's margin when the content came, a layout shift (`examples-layout-shift.test.ts`).
   */
  protected override render(): TemplateResult {
    return html`<div lang=${this.shownLanguage() ?? nothing} ${styleProperties({ display: 'contents' })}>
      ${this.renderContent()}
    </div>`;
  }

  /**
   * The language of the strings shown, where the element's own is another, which its shadow content
   * would otherwise be read in: Dutch under `lang="fr"` or `lang="de"` (no strings in those) and for
   * the moment English strings load; English on a Dutch page for a `lang` property set to `en`,
   * which is not reflected. `undefined` where they agree, as on nearly every page. The feed's words
   * are marked against the same shown language (`feedLang`).
   */
  private shownLanguage(): string | undefined {
    const shown = languageOf(this.text.locale);
    return this.matches(`:lang(${CSS.escape(shown)})`) ? undefined : shown;
  }

  private renderContent(): TemplateResult {
    this.shownFailures = [];
    this.liveCauses = new Set();
    this.showsPlaceholder = false;
    const placeholder = (): TemplateResult => {
      this.showsPlaceholder = true;
      return this.renderLoading();
    };
    // Far from the viewport, a loaded feed waits too: building the figures is the expensive part.
    if (!this.ready && this.feedTask.status !== TaskStatus.ERROR) return placeholder();
    return this.feedTask.render({
      initial: placeholder,
      pending: placeholder,
      // A load stopped because the element left the page is no failure: it resumes on return.
      error: (error) => (isAbort(error) ? placeholder() : this.renderError(error)),
      complete: (feed) => {
        try {
          const stale = staleInfo(feed);
          if (!stale) return this.renderFeed(feed);
          this.showsFailure(stale.error);
          return html`${this.renderStale(stale.savedAt)}${this.renderFeed(feed)}`;
        } catch (error) {
          return this.renderError(error);
        }
      },
    });
  }

  protected renderLoading(): TemplateResult {
    return html`<p part="status" class="status loading" role="status" aria-busy="true">${this.text.loading}</p>`;
  }

  /** The notice above figures kept from an earlier load, when the feed cannot be loaded now. */
  private renderStale(savedAt: string): TemplateResult {
    const strings = this.text;
    const date = new Intl.DateTimeFormat(strings.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(savedAt),
    );
    const notice = strings.stale(date);
    const role = this.announces(this.feedCause(notice)) ? 'status' : nothing;
    return html`<p part="stale" class="stale" role=${role}>${notice}</p>`;
  }

  /** What `announces` tells apart for a failure of the feed: the feed and the line the reader hears. */
  private feedCause(line: string): string {
    return `${this.inherited.src(this.src)}\n${line}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Here, in the task that renders the content, so that a page's hold ends in the same frame.
    if (this.showsPlaceholder) this.internals.states.add(LOADING_STATE);
    else this.internals.states.delete(LOADING_STATE);
    if (this.feedTask.status === TaskStatus.COMPLETE && !this.ready) {
      if (this.near) this.queueBuild();
      else buildWhenIdle(this);
    }
    // Each failure once while it stays on screen, also where a render shows two (a filter's unknown
    // district and theme).
    for (const failure of this.shownFailures) if (!this.announcedFailures.has(failure)) this.reportError(failure);
    this.announcedFailures = new Set(this.shownFailures);
    // A failure this element no longer shows: the next element to show it announces it.
    for (const cause of this.heldCauses)
      if (!this.liveCauses.has(cause) && announcers.get(cause)?.deref() === this) announcers.delete(cause);
    this.heldCauses = this.liveCauses;
  }

  private queueBuild(): void {
    this.building ??= this.updateInTurn('build', () => {
      this.building = undefined;
      this.built = true;
    });
  }

  /**
   * Makes `change` in a turn of the work queue's `lane` and renders it in that same task, where the
   * queue keeps count of the time it takes; settles once done, also when the render failed.
   */
  protected updateInTurn(lane: Lane, change: () => void): Promise<void> {
    const turn = new Promise<void>((resolve) =>
      enqueue(lane, () => {
        try {
          change();
          if (this.isConnected) this.performUpdate();
        } finally {
          this.turnsWaiting.delete(turn);
          resolve();
        }
      }),
    );
    this.turnsWaiting.add(turn);
    return turn;
  }

  /**
   * `updateComplete` includes the changes queued in turn, also those a queued change queues in its
   * own render (the first build queues the hidden table): the whole widget is there when it settles.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.turnsWaiting.size > 0) {
      await Promise.all(this.turnsWaiting);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Elements connected since the last token check. */
  private static readonly unchecked = new Set<MivDataElement>();

  /** Whether the contrast check has run since the element was connected. */
  private tokensChecked = false;

  /**
   * Checks a newly connected element's tokens in one microtask with every other element connected in
   * the same task: a page that inserts many widgets at once then computes its styles once, not once
   * per widget (500 elements took 1,35 s to render with a check at each connection, 0,3 s with the
   * checks together and a decision shared by elements in the same context). An element far from the
   * viewport is checked when it comes near (`watchNearness`): reading its tokens took 1–2 ms per
   * element, which a page of sixty widgets paid before its first figure.
   */
  private checkTokensSoon(): void {
    const unchecked = MivDataElement.unchecked;
    if (unchecked.size === 0)
      queueMicrotask(async () => {
        const elements = [...unchecked].filter((element) => element.isConnected && !element.tokensChecked);
        unchecked.clear();
        for (const element of elements) if (element.loading === 'eager') element.checkTokens();
        const lazy = elements.filter((element) => element.loading !== 'eager');
        // Where each lies is known once all of them show their placeholders, still before the frame.
        await Promise.allSettled(lazy.map((element) => element.updateComplete));
        for (const element of lazy)
          if (element.isConnected && !element.tokensChecked && liesNear(element)) element.checkTokens();
      });
    unchecked.add(this);
  }

  private checkTokens(): void {
    this.tokensChecked = true;
    this.tokensChanged();
  }

  /**
   * Runs when the element's tokens may have changed (see `TokenWatcher`). The CSS follows by
   * itself; only the contrast check against the page's colours runs again.
   */
  protected tokensChanged(): void {
    this.keepReadable();
  }

  /** Gives the element its own colours where the page's would not be readable (`keepReadable` in `resolve.ts`). */
  protected keepReadable(): void {
    keepReadable(this, (this.constructor as typeof MivDataElement).tokenComponent, this.internals.states);
  }

  /** Fires `miv-error` once per failure; the page around the element keeps working. */
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
    // Announced after this render; the element itself stays in place.
    this.showsFailure(error);
    const strings = this.text;
    const kind: ErrorKind = error instanceof MivError ? error.kind : 'network';
    const message = errorLine(kind, error instanceof MivError ? error.detail : {}, strings);
    // No data is a fact about the feed, not a failure of the page: it is stated, not raised as an alert.
    if (kind === 'no-data')
      return html`<div part="status" class="status no-data" role="status"><p>${message}</p></div>`;
    // One alert per page for a failure that many widgets show (one feed for all of them).
    const role = this.announces(this.feedCause(message)) ? 'alert' : nothing;
    return html`<div part="status" class="status error" role=${role}>
      <p>${message}</p>
      <details>
        <summary>${strings.errorDetails}</summary>
        ${errorDetails(error, strings)}
      </details>
    </div>`;
  }

  /**
   * The notice over an element that shows every theme or district instead of a preset the feed does
   * not have (`src/model/presets.ts`): what was not found, the id probably meant, and `instead`;
   * announced as `miv-error`. A notice, not an alert: the element works, and the reader can choose.
   * The name of the one meant is the feed's, marked with `lang` (`feedLang`).
   */
  protected renderUnknownPreset(error: MivError, instead = '', lang?: string): TemplateResult {
    this.showsFailure(error);
    const line = errorLine(error.kind, error.detail, this.text);
    const meant = error.detail.meant?.name;
    return html`<p part="status" class="status no-data unknown-preset" role="status">
      ${feedPhrases(instead ? `${line} ${instead}` : line, meant ? [meant] : [], lang)}
    </p>`;
  }

  /** Fires `miv-select`; false when a cancelable one was cancelled. */
  protected select(detail: MivSelectDetail, { cancelable = false } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<MivSelectDetail>('miv-select', { detail, bubbles: true, composed: true, cancelable }),
    );
  }
}
