/**
 * `<story-embed-generator>`: choose an element, indicator, area and options from a feed, see the
 * widget live, and copy the HTML a webmaster pastes (a script tag, or an iframe for CMSs that strip
 * scripts). Storybook tooling only: not part of the library.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { version } from '../../package.json';
import { loadFeed } from '../../src/feed/load.js';
import type { Area, Feed } from '../../src/feed/schema.js';
import { AREA_LEVELS } from '../../src/feed/schema.js';

const CDN = `https://cdn.jsdelivr.net/npm/miv-widgets@${version}/dist`;
type Tag = 'miv-indicator' | 'miv-district-compare';
type Embed = 'script' | 'iframe';

/** The attributes of a choice, in the order a reader expects them, without empty ones. */
export interface EmbedChoice {
  tag: Tag;
  attributes: [name: string, value: string][];
  /** For the iframe's accessible name. */
  title: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML to paste: one script tag per page plus the element, or a self-sizing iframe. */
export function embedSnippet(choice: EmbedChoice, embed: Embed): string {
  if (embed === 'script') {
    const attributes = choice.attributes
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    return [
      `<script type="module" src="${CDN}/miv-widgets.js"></script>`,
      `<${choice.tag}${attributes}></${choice.tag}>`,
    ].join('\n');
  }
  const query = new URLSearchParams(choice.tag === 'miv-indicator' ? [] : [['element', choice.tag]]);
  for (const [name, value] of choice.attributes) query.append(name, value);
  return [
    '<iframe',
    '  data-miv-embed',
    `  title="${escapeAttribute(choice.title)}"`,
    '  loading="lazy"',
    '  style="width: 100%; height: 40rem; border: 0"',
    `  src="${escapeAttribute(`${CDN}/embed.html?${query}`)}"`,
    '></iframe>',
    `<script src="${CDN}/miv-embed-resize.js" defer></script>`,
  ].join('\n');
}

interface Options {
  indicator: string;
  /** The line's area, or the highlighted bar. */
  area: string;
  from: string;
  to: string;
  level: string;
  period: string;
  language: string;
  /** The feed URL written into the snippet: the published feed, not the one of this preview. */
  publishedSrc: string;
}

export class StoryEmbedGenerator extends LitElement {
  /** The feed the choices and the preview come from. */
  @property() src = '';

  @state() private feed: Feed | undefined;
  @state() private failure = '';
  @state() private tag: Tag = 'miv-indicator';
  @state() private embed: Embed = 'script';
  @state() private options: Options = {
    indicator: 'woninginbraak',
    area: 'GM0758',
    from: '',
    to: '',
    level: 'district',
    period: '',
    language: 'nl',
    publishedSrc: 'https://example.org/data/miv-feed.json',
  };
  @state() private showTable = false;
  @state() private copyStatus = '';

  @query('textarea') private snippetBox!: HTMLTextAreaElement;

  private loadedSrc = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    if (this.src && this.src !== this.loadedSrc) {
      this.loadedSrc = this.src;
      loadFeed(this.src).then(
        (feed) => (this.feed = feed),
        (error: unknown) => (this.failure = error instanceof Error ? error.message : String(error)),
      );
    }
  }

  private choice(feed: Feed, src: string): EmbedChoice {
    const indicator = feed.indicators.find((i) => i.id === this.options.indicator);
    const area = feed.areas.find((a) => a.id === this.options.area);
    const what = indicator?.title ?? this.options.indicator;
    const optional = (name: string, value: string): [string, string][] => (value ? [[name, value]] : []);
    const common: [string, string][] = [
      ['src', src],
      ['indicator', this.options.indicator],
    ];
    const end: [string, string][] = [
      ...(this.showTable ? [['show-table', ''] as [string, string]] : []),
      ...(this.options.language === 'nl' ? [] : [['lang', this.options.language] as [string, string]]),
    ];
    const attributes: [string, string][] =
      this.tag === 'miv-indicator'
        ? [
            ...common,
            ['area', this.options.area],
            ...optional('from', this.options.from),
            ...optional('to', this.options.to),
            ...end,
          ]
        : [
            ...common,
            ...optional('level', this.options.level === 'district' ? '' : this.options.level),
            ...optional('highlight', this.options.area),
            ...optional('period', this.options.period),
            ...end,
          ];
    return {
      tag: this.tag,
      attributes,
      title:
        this.tag === 'miv-indicator'
          ? `Grafiek: ${what} in ${area?.name ?? this.options.area}`
          : `Grafiek: ${what}, ${this.options.level === 'gemeente' ? 'gemeenten' : 'districten'} vergeleken`,
    };
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = 'Copied to the clipboard.';
    } catch {
      // No clipboard permission (an iframe, plain http): select the text for Ctrl+C instead.
      this.snippetBox.focus();
      this.snippetBox.select();
      this.copyStatus = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  }

  protected override render(): TemplateResult {
    if (this.failure) return html`<p role="alert">The feed could not be loaded: ${this.failure}</p>`;
    const feed = this.feed;
    if (!feed) return html`<p>Loading the feed…</p>`;
    const snippet = embedSnippet(this.choice(feed, this.options.publishedSrc), this.embed);
    const periods = [
      ...new Set(feed.series.filter((s) => s.indicator === this.options.indicator).flatMap((s) => s.periods)),
    ].sort();
    const themes = [...feed.themes].sort((a, b) => a.order - b.order);
    const set = (key: keyof Options) => (e: Event) => {
      this.options = { ...this.options, [key]: (e.target as HTMLInputElement | HTMLSelectElement).value };
    };
    return html`<style>
        story-embed-generator {
          display: grid;
          gap: 1.5rem;
          grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
          font-family: system-ui, sans-serif;
        }
        story-embed-generator form {
          display: grid;
          gap: 0.75rem;
          align-content: start;
        }
        story-embed-generator label {
          display: grid;
          gap: 0.2rem;
          font-weight: 600;
        }
        story-embed-generator fieldset label {
          display: inline;
          font-weight: normal;
        }
        story-embed-generator select,
        story-embed-generator input[type='url'],
        story-embed-generator textarea {
          font: inherit;
          font-weight: normal;
          width: 100%;
        }
        story-embed-generator textarea {
          font-family: ui-monospace, monospace;
          font-size: 0.85rem;
        }
        @media (max-width: 50rem) {
          story-embed-generator {
            grid-template-columns: 1fr;
          }
        }
      </style>
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
        <fieldset>
          <legend>Element</legend>
          ${(['miv-indicator', 'miv-district-compare'] as const).map(
            (tag) =>
              html`<label
                  ><input type="radio" name="tag" .checked=${this.tag === tag} @change=${() => (this.tag = tag)} />
                  <code>&lt;${tag}&gt;</code></label
                ><br />`,
          )}
        </fieldset>
        <label
          >Indicator
          <select @change=${set('indicator')}>
            ${themes.map(
              (theme) =>
                html`<optgroup label=${theme.title}>
                  ${feed.indicators
                    .filter((i) => i.theme === theme.id)
                    .map(
                      (i) =>
                        html`<option value=${i.id} ?selected=${i.id === this.options.indicator}>${i.title}</option>`,
                    )}
                </optgroup>`,
            )}
          </select>
        </label>
        <label
          >${this.tag === 'miv-indicator' ? 'Area' : 'Highlighted area'}
          <select @change=${set('area')}>
            ${this.tag === 'miv-district-compare' ? html`<option value="" ?selected=${!this.options.area}>none</option>` : nothing}
            ${AREA_LEVELS.map((level) => this.areaGroup(feed.areas, level))}
          </select>
        </label>
        ${
          this.tag === 'miv-indicator'
            ? html`<label>From ${this.periodSelect(periods, this.options.from, set('from'), 'first period')}</label
                ><label>To ${this.periodSelect(periods, this.options.to, set('to'), 'latest period')}</label>`
            : html`<label
                  >Compare
                  <select @change=${set('level')}>
                    <option value="district" ?selected=${this.options.level === 'district'}>the districts</option>
                    <option value="gemeente" ?selected=${this.options.level === 'gemeente'}>
                      the gemeenten of the highlighted area's district
                    </option>
                  </select></label
                ><label
                  >Period
                  ${this.periodSelect(periods, this.options.period, set('period'), 'latest, with a picker')}</label
                >`
        }
        <div>
          <input
            id="show-table"
            type="checkbox"
            .checked=${this.showTable}
            @change=${() => (this.showTable = !this.showTable)}
          />
          <label for="show-table" style="display: inline">Show the table</label>
        </div>
        <label
          >Language
          <select @change=${set('language')}>
            <option value="nl" ?selected=${this.options.language === 'nl'}>Nederlands</option>
            <option value="en" ?selected=${this.options.language === 'en'}>English</option>
          </select>
        </label>
        <label
          >Published feed URL (for the snippet)
          <input type="url" .value=${this.options.publishedSrc} @input=${set('publishedSrc')} />
        </label>
        <fieldset>
          <legend>Embed with</legend>
          <label
            ><input
              type="radio"
              name="embed"
              .checked=${this.embed === 'script'}
              @change=${() => (this.embed = 'script')}
            />
            a script tag</label
          ><br />
          <label
            ><input
              type="radio"
              name="embed"
              .checked=${this.embed === 'iframe'}
              @change=${() => (this.embed = 'iframe')}
            />
            an iframe (CMS without scripts)</label
          >
        </fieldset>
      </form>
      <div>
        <label for="snippet">HTML to paste</label>
        <textarea id="snippet" readonly rows=${snippet.split('\n').length + 3} .value=${snippet}></textarea>
        <p>
          <button type="button" @click=${() => this.copy(snippet)}>Copy</button>
          <span role="status">${this.copyStatus}</span>
        </p>
        <h2>Preview</h2>
        ${this.preview()}
      </div>`;
  }

  private areaGroup(areas: Area[], level: Area['level']): TemplateResult {
    return html`<optgroup label=${level}>
      ${areas
        .filter((a) => a.level === level && !a.validTo)
        .map((a) => html`<option value=${a.id} ?selected=${a.id === this.options.area}>${a.name}</option>`)}
    </optgroup>`;
  }

  private periodSelect(periods: string[], value: string, onChange: (e: Event) => void, empty: string): TemplateResult {
    return html`<select @change=${onChange}>
      <option value="" ?selected=${!value}>${empty}</option>
      ${periods.map((p) => html`<option value=${p} ?selected=${p === value}>${p}</option>`)}
    </select>`;
  }

  /** The chosen element on the preview feed, with the same attributes as the snippet. */
  private preview(): TemplateResult {
    const src = this.src;
    return this.tag === 'miv-indicator'
      ? html`<miv-indicator
          src=${src}
          indicator=${this.options.indicator}
          area=${this.options.area}
          from=${this.options.from || nothing}
          to=${this.options.to || nothing}
          ?show-table=${this.showTable}
          lang=${this.options.language}
        ></miv-indicator>`
      : html`<miv-district-compare
          src=${src}
          indicator=${this.options.indicator}
          level=${this.options.level}
          highlight=${this.options.area || nothing}
          period=${this.options.period || nothing}
          ?show-table=${this.showTable}
          lang=${this.options.language}
        ></miv-district-compare>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-embed-generator': StoryEmbedGenerator;
  }
}
