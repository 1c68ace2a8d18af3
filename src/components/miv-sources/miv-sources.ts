import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Feed } from '../../feed/schema.js';
import { buildSourcesOverview, type SourceEntry } from '../../model/sources.js';
import { themePreset, type Preset } from '../../model/presets.js';
import { Derived } from '../../controllers/derived.js';
import { formatDate, listOf } from '../../model/format.js';
import { announceView } from '../../view/view-state.js';
import { feedLang, feedPhrases, feedText, heading, renderSampleMark } from '../parts.js';
import { sharedStyles, tokenStyles } from '../shared.styles.js';
import { MivTitledElement } from '../miv-titled-element.js';
import { langOf } from '../../i18n/strings.js';
import { sourcesStrings, type SourcesStrings } from './sources.strings.js';

/** A web address as a reader recognises it (`www.cbs.nl`); the address itself when it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The value of the theme filter's "all" option. */
const ALL = '';

/**
 * Every source of the feed in one place: per source the indicators that come from it, their lowest
 * level and frequencies (what the page shows, where the source's own entry says otherwise), the last
 * and the next expected update, the publisher and contact, and links, among them the theme links
 * such as Zicht op Ondermijning. Sources the feed does not list in its `sources` appear with what the
 * indicators say about them; a date the feed does not give is shown as unknown, never guessed.
 * Filterable by theme.
 *
 * @tagname miv-sources
 * @summary Overview of every source in the feed, with dates, contact and links, filterable by theme.
 *
 * @attr src - URL of the JSON indicator feed (inherited from `<miv-feed>` when absent).
 * @attr theme - Theme id to show first; every theme when absent. The reader can change it in the filter.
 * @attr lang - `nl` (default) or `en`.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-view-change - The reader chose another theme; `detail.theme` says which (empty for all).
 * @event miv-error - Loading the feed failed, or `theme` names no theme of the feed (`unknown-theme`:
 *   every source is shown, under a notice); `detail.kind` says why.
 *
 * @csspart filters - The theme filter.
 * @csspart count - The number of sources shown.
 * @csspart source - One source: its name and the list of its facts.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's (`--nl-paragraph-font-family`, `--basis-text-font-family-default`, `--utrecht-document-font-family`), else the page's own.
 * @cssprop --miv-font-size - Size of the body text; without it the theme's (`--nl-paragraph-font-size`, `--basis-text-font-size-md`, `--utrecht-document-font-size`), else the page's own.
 * @cssprop --miv-color-border - The border around each source.
 * @cssprop --miv-color-link - Links.
 */
export class MivSources extends MivTitledElement {
  protected static override readonly tokenComponent = 'sources';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    css`
      :host {
        background: none;
      }
      .title {
        font-size: 1.2em;
        margin: 0 0 0.25em;
      }
      .source-title {
        font-size: 1.05em;
        margin: 0 0 0.5em;
      }
      .count {
        margin: 0 0 var(--_space);
        color: var(--_muted);
        font-size: 0.9em;
      }
      .filters {
        margin-bottom: var(--_space);
      }
      .filters label {
        display: inline-flex;
        flex-direction: column;
        font-weight: 600;
        font-size: 0.9em;
      }
      select {
        max-width: 100%;
        font: inherit;
        font-weight: normal;
        padding: 0.3em 0.4em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
        color: var(--_text);
      }
      .sources {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
      article {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      dl {
        margin: 0;
        font-size: 0.95em;
      }
      /* Term beside its value where there is room, above it on a phone; long titles and links wrap. */
      dl > div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--_space);
        margin-bottom: 0.25em;
      }
      dt {
        flex: 0 0 11em;
        font-weight: 600;
      }
      dd {
        flex: 1 1 14em;
        min-width: 0;
        margin: 0;
        overflow-wrap: anywhere;
      }
      dd ul {
        margin: 0;
        padding-inline-start: 1.1em;
      }
      @media print {
        article {
          break-inside: avoid;
        }
        .source-title {
          break-after: avoid;
        }
      }
    `,
  ];

  /** Theme id to show first; every theme when absent. */
  @property({ reflect: true }) theme = '';

  /** The reader's own choice in the filter; undefined until they choose. */
  @state() private chosenTheme: string | undefined;

  /** The theme shown, once per feed and choice: the same error on every render, announced once. */
  private readonly preset = new Derived<Preset>();

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A page (or the URL state) that sets the theme overrules the reader's earlier pick.
    if (changed.has('theme')) this.chosenTheme = undefined;
  }

  private pickTheme(theme: string): void {
    this.chosenTheme = theme;
    announceView(this, { theme });
  }

  private renderFilter(feed: Feed, theme: string, lang: string | undefined): TemplateResult {
    const themes = [...feed.themes].sort((a, b) => a.order - b.order);
    return html`<div part="filters" class="filters">
      <label>
        ${this.words.theme}
        <select @change=${(e: Event) => this.pickTheme((e.target as HTMLSelectElement).value)}>
          <option value=${ALL} .selected=${live(theme === ALL)}>${this.words.allThemes}</option>
          ${themes.map(
            (t) =>
              html`<option value=${t.id} lang=${lang ?? nothing} .selected=${live(t.id === theme)}>${t.title}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  /** One source; `lang` marks the feed's words in it (`feedLang`), the interface's words stay unmarked. */
  private renderSource(entry: SourceEntry, n: number, lang: string | undefined): TemplateResult {
    const strings = this.text;
    const words = this.words;
    const { source } = entry;
    const date = (iso: string | undefined) => (iso ? formatDate(iso, strings) : words.unknown);
    const link = (url: string | undefined, text: unknown) => (url ? html`<a href=${url}>${text}</a>` : text);
    const feed = (text: string) => feedText(text, lang);
    const row = (term: string, value: unknown) =>
      html`<div>
        <dt>${term}</dt>
        <dd>${value}</dd>
      </div>`;
    const { contact, table } = source;
    // Indicators of one source published at different paces: `jaarlijks en per halfjaar`.
    const frequencies = listOf(
      entry.frequencies.map((f) => words.frequencies[f]),
      strings,
    );
    const contactParts = contact
      ? [
          contact.name && feed(contact.name),
          contact.email ? html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>` : undefined,
          contact.url ? html`<a href=${contact.url}>${hostOf(contact.url)}</a>` : undefined,
        ].filter((p) => p !== undefined)
      : [];
    return html`<li>
      <article part="source" aria-labelledby=${`source-${n}`}>
        ${heading(this.titleLevel + 1, link(source.url, feed(source.name)), { id: `source-${n}`, class: 'source-title' })}
        <dl>
          ${source.publisher ? row(words.publisher, feed(source.publisher)) : nothing}
          ${table ? row(words.table, link(table.url, feedPhrases(strings.citation.table(table), [table.title], lang))) : nothing}
          ${row(
            words.indicators,
            html`<ul>
              ${entry.indicators.map((i) => html`<li>${feed(i.title)}</li>`)}
            </ul>`,
          )}
          ${entry.lowestLevel ? row(words.lowestLevel, words.levels[entry.lowestLevel]) : nothing}
          ${frequencies ? row(words.frequency, frequencies) : nothing} ${row(words.published, date(source.published))}
          ${row(words.nextUpdate, date(source.nextUpdate))}
          ${
            contactParts.length
              ? row(
                  words.contact,
                  contactParts.map((p, i) => html`${i ? ', ' : ''}${p}`),
                )
              : nothing
          }
          ${
            entry.links.length
              ? row(
                  words.links,
                  html`<ul>
                    ${entry.links.map((l) => html`<li><a href=${l.url}>${feed(l.title)}</a></li>`)}
                  </ul>`,
                )
              : nothing
          }
        </dl>
      </article>
    </li>`;
  }

  /** The element's own words, in the language of its dictionary. */
  private get words(): SourcesStrings {
    return sourcesStrings[langOf(this.text.locale)];
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const strings = this.text;
    const asked = this.chosenTheme ?? this.theme;
    // A theme the feed does not have shows every source, not an empty list under "Alle thema's".
    const { id: theme, unknown } = this.preset.get([feed, asked], () => themePreset(feed, asked));
    const entries = buildSourcesOverview(feed, theme ? { theme } : {}, strings.locale);
    const lang = feedLang(feed.meta, strings);
    return html`${renderSampleMark(feed.meta, strings)}
      ${heading(this.titleLevel, this.words.title, { class: 'title' })}
      ${unknown ? this.renderUnknownPreset(unknown, this.words.showsAll, lang) : nothing}
      ${this.renderFilter(feed, theme, lang)}
      <p part="count" class="count" role="status">${this.words.count(entries.length)}</p>
      ${
        entries.length
          ? html`<ul class="sources" role="list">
              ${entries.map((e, n) => this.renderSource(e, n, lang))}
            </ul>`
          : html`<p>${this.words.none}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-sources': MivSources;
  }
}
