/**
 * `<story-feed-review>`: a reviewer's page for any feed. Load it from a URL or a local JSON file;
 * it is validated exactly as the elements validate it (`loadFeed`), problems are
 * listed by JSON path, and a valid feed shows every indicator, grouped by theme, with its metadata,
 * review badges and both charts. Storybook tooling only: not part of the library.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadFeed } from '../../src/feed/load.js';
import { MivError } from '../../src/feed/errors.js';
import type { Feed } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { cardStyles, DEFAULT_AREA, renderIndicatorCard, reviewFindings } from '../gallery/indicator-card.js';

type Loaded =
  | { state: 'idle' }
  | { state: 'loading'; label: string }
  | { state: 'failed'; label: string; error: unknown }
  | { state: 'ready'; label: string; src: string; feed: Feed };

export class StoryFeedReview extends LitElement {
  /** Feed URL loaded first; the reviewer can load another URL or a file. */
  @property() src = '';
  /** What the feed of `src` is called in headings; `src` itself when empty (a blob URL says nothing). */
  @property() label = '';
  /** Area of the line charts and highlighted bars. */
  @property() area = DEFAULT_AREA;
  @property() override lang = 'nl';

  @state() private loaded: Loaded = { state: 'idle' };
  @state() private dragging = false;

  /** The blob URL of a dropped file, revoked when another feed replaces it. */
  private fileUrl: string | undefined;
  private loadedSrc = '';

  // Light DOM: the cards' styles and the elements sit in the story's document like on a real page.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    if (this.src && this.src !== this.loadedSrc) {
      this.loadedSrc = this.src;
      void this.load(this.src, this.label || this.src);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forgetFile();
  }

  private forgetFile(): void {
    if (this.fileUrl) URL.revokeObjectURL(this.fileUrl);
    this.fileUrl = undefined;
  }

  private async load(src: string, label: string): Promise<void> {
    this.loaded = { state: 'loading', label };
    try {
      const feed = await loadFeed(src);
      this.loaded = { state: 'ready', label, src, feed };
    } catch (error) {
      this.loaded = { state: 'failed', label, error };
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const url = new FormData(event.target as HTMLFormElement).get('url');
    if (typeof url !== 'string' || !url.trim()) return;
    this.forgetFile();
    void this.load(new URL(url.trim(), document.baseURI).href, url.trim());
  }

  private async loadFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.forgetFile();
    // The elements take a URL: a blob URL lets them load the file like a published feed.
    this.fileUrl = URL.createObjectURL(file);
    await this.load(this.fileUrl, file.name);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.loadFile(event.dataTransfer?.files[0]);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  protected override render(): TemplateResult {
    return html`<style>
        story-feed-review {
          display: block;
          font-family: system-ui, sans-serif;
        }
        story-feed-review .picker {
          display: grid;
          gap: 0.75rem;
          padding: 1rem;
          border: 2px dashed #767676;
          border-radius: 6px;
          max-width: 48rem;
        }
        story-feed-review .picker.dragging {
          border-color: #0b5cad;
          background: #eef5fc;
        }
        story-feed-review .picker input[type='url'] {
          width: min(100%, 36rem);
          font: inherit;
        }
        story-feed-review .issues {
          border-collapse: collapse;
          font-size: 0.9em;
        }
        story-feed-review .issues th,
        story-feed-review .issues td {
          text-align: start;
          padding: 0.2em 0.8em 0.2em 0;
          border-bottom: 1px solid #c8c8c8;
          vertical-align: top;
        }
        story-feed-review .failed {
          border-inline-start: 4px solid #b3261e;
          padding-inline-start: 1rem;
        }
        story-feed-review nav ul {
          columns: 2 18rem;
        }
      </style>
      <div
        class="picker ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <form @submit=${this.onSubmit}>
          <label for="feed-url">Feed URL</label><br />
          <input id="feed-url" name="url" type="url" required .value=${this.loadedSrc} />
          <button type="submit">Load</button>
        </form>
        <div>
          <label for="feed-file">…or choose or drop a JSON file here</label><br />
          <input
            id="feed-file"
            type="file"
            accept=".json,application/json"
            @change=${(e: Event) => this.loadFile((e.target as HTMLInputElement).files?.[0])}
          />
        </div>
      </div>
      <div aria-live="polite">${this.renderLoaded()}</div>`;
  }

  private renderLoaded(): TemplateResult | typeof nothing {
    const loaded = this.loaded;
    switch (loaded.state) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p>Loading ${loaded.label}…</p>`;
      case 'failed':
        return this.renderFailure(loaded.label, loaded.error);
      case 'ready':
        return this.renderFeed(loaded.feed, loaded.src, loaded.label);
    }
  }

  private renderFailure(label: string, error: unknown): TemplateResult {
    const kind = error instanceof MivError ? error.kind : 'network';
    const issues = error instanceof MivError ? (error.detail.issues ?? []) : [];
    return html`<section class="failed">
      <h2>${label} cannot be published</h2>
      <p>${dictionaries.en.errors[kind]} (<code>${kind}</code>)</p>
      <p>${error instanceof Error ? error.message : String(error)}</p>
      ${
        issues.length
          ? html`<table class="issues">
              <caption>
                ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}, by JSON path
              </caption>
              <thead>
                <tr>
                  <th scope="col">Path</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                ${issues.map(
                  (issue) =>
                    html`<tr>
                      <td><code>${issue.path}</code></td>
                      <td>${issue.message}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </section>`;
  }

  private renderFeed(feed: Feed, src: string, label: string): TemplateResult {
    const themes = [...feed.themes].sort((a, b) => a.order - b.order);
    const incomplete = feed.indicators.filter((i) =>
      reviewFindings(feed, i).some((f) => f.severity === 'missing'),
    ).length;
    const options = { src, area: this.area, lang: this.lang, headingLevel: 3 as const };
    return html`${cardStyles}
      <h2>${feed.meta.title}</h2>
      <p>
        <code>${label}</code> is valid: ${feed.indicators.length} indicators in ${themes.length} themes,
        ${feed.areas.length} areas, ${feed.series.length} series; updated
        ${feed.meta.updated}${feed.meta.sample ? ', marked as sample data' : ''}. ${incomplete} of
        ${feed.indicators.length} indicators miss something (red badges).
      </p>
      <nav aria-label="Themes">
        <ul>
          ${themes.map((t) => html`<li><a href="#theme-${t.id}">${t.title}</a></li>`)}
        </ul>
      </nav>
      ${themes.map(
        (theme) =>
          html`<section aria-labelledby="theme-${theme.id}">
            <h2 id="theme-${theme.id}">${theme.title}</h2>
            ${feed.indicators
              .filter((i) => i.theme === theme.id)
              .map((indicator) => renderIndicatorCard(feed, indicator, options))}
          </section>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-feed-review': StoryFeedReview;
  }
}
