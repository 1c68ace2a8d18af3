import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, Source } from '../../feed/schema.js';
import { formatDate, listOf } from '../../model/format.js';
import { explainRule, HIGHLIGHT_RULES } from '../../model/highlights.js';
import {
  buildProfile,
  parseIds,
  type CardNote,
  type Profile,
  type ProfileIndicator,
  type ProfileTheme,
} from '../../model/profile.js';
import { indexFeed, indicatorSource } from '../../model/series.js';
import { langOf, type Strings } from '../../i18n/strings.js';
import { Derived } from '../../controllers/derived.js';
import {
  duidingScope,
  feedLang,
  feedPhrases,
  feedText,
  heading,
  indicatorWords,
  renderChange,
  renderDuiding,
  sourceDetail,
  renderSampleMark,
} from '../parts.js';
import { compactCardRules, indicatorCardStyles, renderCardFigures } from '../indicator-card.js';
import { changeStyles, headerStyles, sharedStyles, tokenStyles } from '../shared.styles.js';
import { MivTitledElement } from '../miv-titled-element.js';
import { sourcesStrings } from '../miv-sources/sources.strings.js';
import type { PageHeader } from './page-rules.js';
import { setPrintedPage } from './printed-pages.js';
import { profileStrings, type ProfileStrings } from './profile.strings.js';

/** Marks a note's number in a card's reference to the theme's notes, where its link goes. */
const NUMBER = '\u0002';

/**
 * The handout for the beleidsdialoog: for one area, per theme, every indicator with its latest
 * figure (a survey's with its margin), sparkline, changes in words, the series breaks and the
 * special periods its years hold, a reference to the feed's note on a figure it states (its latest,
 * those its changes compare: `Cijfer 2015, zie noot 1` where Altena's 2015 is recomputed on today's
 * boundaries), what the highlight rules find, the partners' duiding with the period it is about, and
 * the Toelichting and Bron of the figure (the feed date, Stand, heads every printed page); then the
 * opvallendheden the districts share, and the theme's numbered notes giving the reason of each break
 * and the feed's note on each figure its cards refer to, once however many cards share it; at the
 * end, after the rules, every source the cards name, once, with its table, dates and address written
 * out (on paper on a page of its own), so that a reader of the paper finds each figure back. It reads on screen
 * and prints as a document: A4, each theme on a new page, the title, area, feed date and page
 * number on every page, cards never cut in two, and charts as vector graphics (the sparklines are
 * plain SVG: no chart engine loads).
 * The "Afdrukken / PDF" button opens the browser's own print dialog and is not printed.
 *
 * @tagname miv-profile
 * @summary A printable profile of one area: every indicator per theme with duiding and opvallendheden.
 *
 * @attr src - URL of the JSON indicator feed (inherited from `<miv-feed>` when absent).
 * @attr area - Area id (inherited from `<miv-feed>` when absent; the unit when neither has one).
 * @attr themes - Theme ids to include, separated by spaces or commas; every theme when absent.
 * @attr indicators - Indicator ids to include, separated by spaces or commas; every indicator of the
 *   chosen themes when absent.
 * @attr heading - The profile's title; `Veiligheidsprofiel <area>` when absent. (Not `title`, which
 *   every HTML element already has for its tooltip.)
 * @attr lang - `nl` (default) or `en`.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-error - Loading the feed failed, or an area, theme or indicator is unknown; `detail.kind` says why.
 *
 * @csspart header - Title, area, introduction and the print button.
 * @csspart title - The profile's title.
 * @csspart print - The "Afdrukken / PDF" button (never printed).
 * @csspart theme - The section of one theme.
 * @csspart grid - The list of cards of a theme.
 * @csspart card - One indicator's card.
 * @csspart value - The latest value on a card.
 * @csspart change - A change on a card.
 * @csspart notes - A card's series breaks, each with the number of the note giving its reason, the figures it states that the feed has a note on, with that note's number, and its special periods.
 * @csspart sparkline - The sparkline of a card.
 * @csspart findings - What the highlight rules find for an indicator.
 * @csspart duiding - The partners' interpretation of an indicator.
 * @csspart duiding-scope - Above a duiding that is not about the profile's area: the area it is about
 *   (`Duiding voor district Zeeland`), or `Algemene duiding`.
 * @csspart about - A card's Toelichting and Bron.
 * @csspart shared - The opvallendheden the districts share, per theme.
 * @csspart theme-notes - The numbered notes at the end of a theme: the reason of each series break its cards name, and the feed's note on each figure they refer to.
 * @csspart rules - The explanation of the highlight rules, at the end.
 * @csspart sources - The list of the sources the cards name, after the rules: each once, with its table, publication date, publisher, next update and address.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's (`--nl-paragraph-font-family`, `--basis-text-font-family-default`, `--utrecht-document-font-family`), else the page's own.
 * @cssprop --miv-font-size - Size of the body text on screen; without it the theme's, else the page's own.
 * @cssprop --miv-profile-title-font-size - Size of the title (default 1.6em).
 * @cssprop --miv-profile-card-min-width - Narrowest card on screen before the grid wraps (default 20em).
 * @cssprop --miv-profile-print-font-size - Size of the body text on paper (default 9pt).
 * @cssprop --miv-color-series-1 - Colour of the sparklines.
 * @cssprop --miv-color-favourable - Colour of a favourable change.
 * @cssprop --miv-color-unfavourable - Colour of an unfavourable change.
 * @cssprop --miv-color-neutral - Colour of a neutral or equal change.
 * @cssprop --miv-color-border - Card borders and the bar beside duiding and opvallendheden.
 */
export class MivProfile extends MivTitledElement {
  protected static override readonly tokenComponent = 'profile';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    headerStyles('profile'),
    changeStyles,
    indicatorCardStyles,
    css`
      :host {
        background: none;
      }
      .header .title {
        font-size: var(--miv-profile-title-font-size, 1.6em);
      }
      .intro {
        margin: 0 0 var(--_space);
        max-width: 45em;
      }
      .print {
        margin-bottom: var(--_space);
      }
      .theme {
        margin-top: calc(var(--_space) * 2);
      }
      .theme-title {
        font-size: 1.3em;
        margin: 0 0 0.25em;
      }
      .name,
      .shared-title,
      .notes-title {
        font-size: 1em;
        margin: 0;
      }
      .link {
        margin: 0 0 var(--_space);
        font-size: 0.9em;
      }
      /* The sources flow in the cards' columns. */
      .grid,
      .sources ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--miv-profile-card-min-width, 20em)), 1fr));
        gap: var(--_space);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .card {
        min-width: 0;
      }
      .findings {
        list-style: none;
        margin: 0.5em 0 0;
        padding: 0;
        font-size: 0.85em;
      }
      .findings .rule {
        font-weight: 600;
      }
      .findings li + li {
        margin-top: 0.25em;
      }
      .badge {
        margin-inline-end: 0.4em;
        font-size: 0.8em;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
        color: var(--_muted);
      }
      [data-judgement='favourable'] > .sign {
        color: var(--_favourable);
      }
      [data-judgement='unfavourable'] > .sign {
        color: var(--_unfavourable);
      }
      [data-judgement='neutral'] > .sign,
      [data-judgement='equal'] > .sign {
        color: var(--_neutral);
      }
      .card .duiding {
        font-size: 0.85em;
      }
      .card .duiding blockquote {
        margin: 0 0 0.5em;
      }
      .card .duiding p {
        margin: 0;
      }
      .card .duiding footer {
        color: var(--_muted);
      }
      .about {
        margin: auto 0 0;
        padding-top: 0.5em;
        font-size: 0.8em;
        color: var(--_muted);
      }
      .about p {
        margin: 0;
      }
      .shared {
        margin-top: calc(var(--_space) * 1.5);
      }
      .shared > p,
      .rules > p,
      .sources > p {
        margin: 0.1em 0 var(--_space);
        font-size: 0.9em;
        color: var(--_muted);
      }
      .shared ul {
        display: grid;
        gap: var(--_space);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .shared article {
        padding: 0.5em var(--_space);
        border-inline-start: 4px solid var(--_border);
      }
      .shared-item {
        font-size: 1em;
        margin: 0;
      }
      .shared article p {
        margin: 0.2em 0 0;
        font-size: 0.9em;
      }
      .shared .meta {
        font-size: 0.85em;
        color: var(--_muted);
      }
      .theme-notes {
        margin-top: calc(var(--_space) * 1.5);
      }
      .theme-notes ol {
        margin: 0.25em 0 0;
        padding-inline-start: 1.75em;
        font-size: 0.85em;
      }
      .theme-notes li + li {
        margin-top: 0.25em;
      }
      /* Where a card's reference took the reader, also after a click. */
      .theme-notes li:focus {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .rules {
        margin-top: calc(var(--_space) * 2);
        font-size: 0.9em;
      }
      .rules dl {
        margin: 0;
      }
      .rules dt {
        font-weight: 600;
      }
      .rules dd {
        margin: 0 0 0.5em;
      }
      .sources {
        margin-top: calc(var(--_space) * 2);
        font-size: 0.9em;
      }
      .source-name {
        font-size: 1em;
        margin: 0;
      }
      .sources li p,
      .sources dl {
        margin: 0;
      }
      .sources dt,
      .sources dd {
        display: inline;
        margin: 0;
      }
      /* A long address (a StatLine table's) wraps after a slash of its path, inside a word only if it must. */
      .sources .url {
        overflow-wrap: break-word;
      }
      @media print {
        /* Paper is white, whatever the screen's scheme: the light defaults, above any dark setting. */
        :host {
          font-size: var(--miv-profile-print-font-size, 9pt);
          color-scheme: light !important;
        }
        .print {
          display: none;
        }
        /* Each theme starts a page; the first one follows the title on page 1. */
        .theme ~ .theme {
          break-before: page;
          margin-top: 0;
        }
        /*
         * Columns rather than grid rows: a card that does not fit moves on alone, not with its row.
         * The shared opvallendheden and the notes follow the last card in its column, where blocks
         * of their own below the columns would often start a page for a few lines.
         */
        .flow {
          columns: 2;
          column-gap: 4mm;
        }
        .grid {
          display: block;
        }
        .shared {
          margin-top: 0;
        }
        .theme-notes {
          margin-top: 3mm;
        }
        ${compactCardRules}
        .card {
          margin-bottom: 3mm;
          grid-template-columns: minmax(0, 1fr) 9em;
        }
        /* A reference to a note reads as the text it is on paper, without the address a link prints. */
        a[href].note-ref {
          text-decoration: none;
        }
        /* A source's address is its link's text already: printed once. */
        a[href].note-ref::after,
        a[href].url::after {
          content: none;
        }
        /* A page of its own, where a reader turns to look a source up. */
        .sources {
          break-before: page;
          margin-top: 0;
        }
        .sources ul {
          display: block;
          columns: 2;
          column-gap: 4mm;
        }
        .sources li {
          margin-bottom: 3mm;
        }
        .card,
        .shared > p,
        .shared li,
        .theme-notes,
        .rules div,
        .sources li {
          break-inside: avoid;
        }
        .theme-title,
        .name,
        .shared-title,
        .notes-title,
        .link,
        .shared > p,
        .sources > p {
          break-after: avoid;
        }
      }
    `,
  ];

  /** Theme ids to include (spaces or commas between them); every theme when empty. */
  @property({ reflect: true }) themes = '';

  /** Indicator ids to include (spaces or commas between them); every one of the chosen themes when empty. */
  @property({ reflect: true }) indicators = '';

  /** The profile's title; `Veiligheidsprofiel <area>` when empty. */
  @property({ reflect: true }) heading = '';

  private readonly profiles = new Derived<Profile>();

  /** The printed page's header of the last render, adopted into the document after it. */
  private pageHeader: PageHeader | undefined;

  private profile(feed: Feed, area: string, strings: Strings): Profile {
    const { themes, indicators } = this;
    return this.profiles.get([feed, area, themes, indicators, strings], () =>
      buildProfile(feed, { area, themes: parseIds(themes), indicators: parseIds(indicators) }, strings),
    );
  }

  /** Names the element's printed page where it is not the first profile in the document (`setPrintedPage`). */
  private readonly pageName = new CSSStyleSheet();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.pageName];
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved within the page: printed as before, in its new place among the others.
    if (this.hasUpdated) this.printPage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setPrintedPage(this, this.pageName, undefined);
  }

  protected override render(): TemplateResult {
    this.pageHeader = undefined;
    return super.render();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.printPage();
  }

  private printPage(): void {
    setPrintedPage(this, this.pageName, this.pageHeader, this.pageHeader && getComputedStyle(this).fontFamily);
  }

  /** The id of the theme's note `n`. */
  private noteId(theme: ProfileTheme, n: number): string {
    return `note-${theme.theme.id}-${n}`;
  }

  /**
   * Moves focus to the theme's note `n` (which scrolls it into view). The notes are in the shadow
   * root, where the link's fragment finds nothing: the link goes there itself.
   */
  private goToNote(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** A link to the theme's note `n`, with `text`; `label` names it where its text is the number alone. */
  private noteLink(theme: ProfileTheme, n: number, text: string, label?: string): TemplateResult {
    const id = this.noteId(theme, n);
    return html`<a
      class="note-ref"
      href="#${id}"
      aria-label=${label ?? nothing}
      @click=${(e: Event) => this.goToNote(e, id)}
      >${text}</a
    >`;
  }

  /**
   * A card's note; a reference to the theme's notes as links: the whole note where it refers to one
   * (`Trendbreuk 2021, zie noot 1`, `Cijfer 2015, zie noot 2`), each number where a break refers to
   * more (`zie noten 1 en 2`), named as a reference to that one note.
   */
  private renderCardNote(note: CardNote, theme: ProfileTheme, mark: (text: string) => unknown): unknown {
    const { reference } = note;
    if (!reference) return mark(note.text);
    const { period, notes } = reference;
    if (notes.length === 1) return this.noteLink(theme, notes[0]!, note.text);
    const see = this.text.notes.seriesBreakSee;
    // Each number between two marks in the dictionary's own words, where its link goes.
    const words = see(
      period,
      listOf(
        notes.map((n) => `${NUMBER}${n}${NUMBER}`),
        this.text,
      ),
      notes.length,
    );
    return words
      .split(NUMBER)
      .map((piece, i) => (i % 2 ? this.noteLink(theme, Number(piece), piece, see(period, piece, 1)) : piece));
  }

  private renderCard(
    feed: Feed,
    item: ProfileIndicator,
    profile: Profile,
    theme: ProfileTheme,
    lang: string | undefined,
  ): TemplateResult {
    const strings = this.text;
    const { card, changes, notes, duiding, findings } = item;
    const { indicator } = card;
    const mark = (text: string) => feedPhrases(text, indicatorWords(indicator), lang);
    return html`<li part="card" class="card">
      ${heading(this.titleLevel + 2, feedText(indicator.shortTitle, lang), { class: 'name' })}
      ${renderCardFigures(card, profile.area.name, changes, strings, lang)}
      ${
        notes.length
          ? html`<ul part="notes" class="notes wide" role="list">
              ${notes.map((note) => html`<li>${this.renderCardNote(note, theme, mark)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        findings.length
          ? html`<ul part="findings" class="findings wide" role="list">
              ${findings.map(
                (f) =>
                  html`<li data-judgement=${f.change.judgement}>
                    <span class="badge">${strings.highlights.byRule}</span>
                    <span class="rule">${strings.highlights.rules[f.rule].title}:</span>
                    ${renderChange(f.change, mark(f.words))}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="wide">
        ${renderDuiding(duiding, strings, lang, indicator.shortTitle, this.titleLevel + 3, {
          about: duidingScope(profile.area, indexFeed(feed).areas, strings),
          mark,
        })}
      </div>
      <div part="about" class="about wide">
        <p>
          ${strings.definition}: ${feedText(indicator.definition, lang)}
          ${indicator.explanation ? feedText(indicator.explanation, lang) : nothing}
        </p>
        <p>${strings.source}: ${feedText(indicatorSource(feed, indicator).name, lang)}</p>
      </div>
    </li>`;
  }

  private renderShared(feed: Feed, theme: ProfileTheme, lang: string | undefined): TemplateResult {
    const strings = this.text;
    const areas = indexFeed(feed).areas;
    // Every theme has this section under the same heading: its region is named after its theme too,
    // or a screen reader's list of regions shows the same name once per theme.
    return html`<section part="shared" class="shared" aria-label=${this.words.sharedAbout(theme.theme.title)}>
      ${heading(this.titleLevel + 2, this.words.shared, { class: 'shared-title' })}
      ${
        theme.shared.length === 0
          ? html`<p>${this.words.noneShared}</p>`
          : html`<p>${this.words.sharedIntro}</p>
              <ul role="list">
                ${theme.shared.map(
                  (o) =>
                    html`<li>
                      <article>
                        ${heading(this.titleLevel + 3, feedText(o.title, lang), { class: 'shared-item' })}
                        <p class="meta">
                          ${this.words.sharedBy(areas.get(o.district)?.name ?? o.district, formatDate(o.date, strings))}
                        </p>
                        <p>${feedText(o.text, lang)}</p>
                      </article>
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }

  /**
   * The theme's notes, numbered as its cards refer to them: a list named by its heading, under the
   * theme's, so that a screen reader finds note 1 as the first item of "Noten" in that theme. Each is
   * the feed's own words (a break's reason, the feed's note on a figure), in the feed's language.
   */
  private renderNotes(theme: ProfileTheme, lang: string | undefined): TemplateResult | typeof nothing {
    if (theme.notes.length === 0) return nothing;
    const id = `notes-${theme.theme.id}`;
    return html`<div class="theme-notes">
      ${heading(this.titleLevel + 2, this.words.notes, { id, class: 'notes-title' })}
      <ol part="theme-notes" aria-labelledby=${id}>
        ${theme.notes.map(
          (note, i) => html`<li id=${this.noteId(theme, i + 1)} tabindex="-1">${feedText(note, lang)}</li>`,
        )}
      </ol>
    </div>`;
  }

  /**
   * The sources the cards name, each once, by name: what a reader of the paper needs to find a figure
   * back. The table and publication date in the words of a figure's footer (`renderFooter`), the rest
   * with the labels and heading of `<miv-sources>`, and the address written out, since paper cannot
   * follow a link. On screen too: a region under its heading, where a screen reader finds it.
   */
  private renderSources(sources: readonly Source[], lang: string | undefined): TemplateResult {
    const strings = this.text;
    const words = sourcesStrings[langOf(strings.locale)];
    const row = (term: string, value: unknown) =>
      html`<div>
        <dt>${term}:</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<section part="sources" class="sources" aria-labelledby="sources">
      ${heading(this.titleLevel + 1, words.title, { id: 'sources', class: 'theme-title' })}
      <p>${this.words.sourcesIntro}</p>
      <ul role="list">
        ${sources.map((source) => {
          const { name, publisher, table, nextUpdate, url } = source;
          const detail = sourceDetail(source, strings);
          const rows = [
            publisher && row(words.publisher, feedText(publisher, lang)),
            nextUpdate && row(words.nextUpdate, formatDate(nextUpdate, strings)),
          ].filter(Boolean);
          const address = table?.url ?? url;
          return html`<li>
            ${heading(this.titleLevel + 2, feedText(name, lang), { class: 'source-name' })}
            ${detail ? html`<p>${feedPhrases(detail, [table?.title ?? ''], lang)}</p>` : nothing}
            ${rows.length ? html`<dl>${rows}</dl>` : nothing}
            ${
              address
                ? html`<p>
                    <a class="url" href=${address}
                      >${address.split(/(?<=[^/:]\/)/).map((piece) => html`${piece}<wbr />`)}</a
                    >
                  </p>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** The element's own words, in the language of its dictionary. */
  private get words(): ProfileStrings {
    return profileStrings[langOf(this.text.locale)];
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const strings = this.text;
    const profile = this.profile(feed, this.areaIn(feed), strings);
    const title = this.heading || this.words.title(profile.area.name);
    const updated = `${strings.updated}: ${formatDate(feed.meta.updated, strings)}`;
    const count = profile.themes.reduce((n, t) => n + t.indicators.length, 0);
    const lang = feedLang(feed.meta, strings);
    this.pageHeader = {
      title,
      area: profile.area.name,
      updated,
      pageNumber: this.words.pageNumber,
      ...(feed.meta.sample ? { sample: strings.sample } : {}),
    };
    return html`<header part="header" class="header">
        ${renderSampleMark(feed.meta, strings)} ${heading(this.titleLevel, title, { part: 'title', class: 'title' })}
        <p class="meta">${this.words.subtitle(profile.area.name, profile.themes.length, count)} · ${updated}</p>
        <p class="intro">${this.words.intro}</p>
        <button part="print" class="print" type="button" @click=${() => window.print()}>${this.words.print}</button>
      </header>
      ${profile.themes.map((theme) => {
        const id = `theme-${theme.theme.id}`;
        return html`<section part="theme" class="theme" aria-labelledby=${id}>
          ${heading(this.titleLevel + 1, feedText(theme.theme.title, lang), { id, class: 'theme-title' })}
          ${
            theme.theme.link
              ? html`<p class="link">
                  ${strings.instruments}: <a href=${theme.theme.link.url}>${feedText(theme.theme.link.title, lang)}</a>
                </p>`
              : nothing
          }
          <div class="flow">
            <ul part="grid" class="grid" role="list">
              ${theme.indicators.map((item) => this.renderCard(feed, item, profile, theme, lang))}
            </ul>
            ${this.renderShared(feed, theme, lang)} ${this.renderNotes(theme, lang)}
          </div>
        </section>`;
      })}
      <section part="rules" class="rules" aria-labelledby="rules">
        ${heading(this.titleLevel + 1, this.words.aboutRules, { id: 'rules', class: 'theme-title' })}
        <p>${strings.highlights.detectedIntro}</p>
        <dl>
          ${HIGHLIGHT_RULES.map(
            (rule) =>
              html`<div>
                <dt>${strings.highlights.rules[rule].title}</dt>
                <dd>${explainRule(rule, strings)}</dd>
              </div>`,
          )}
        </dl>
      </section>
      ${this.renderSources(profile.sources, lang)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-profile': MivProfile;
  }
}
