/**
 * Parts that the elements render the same way: the footnote block, the duiding, the data table, the
 * sample-data mark, a change with its arrow, and the feed's own words marked with the feed's language.
 * Feed text goes in as lit bindings, so it is always text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Area, Duiding, Feed, FeedMeta, Indicator, Source } from '../feed/schema.js';
import { languageOf, type Strings } from '../i18n/strings.js';
import { formatDate, formatPeriod } from '../model/format.js';
import type { TableData, TableRow } from '../model/grid.js';
import { indicatorSource, seeAlso, sourceOf } from '../model/series.js';
import { ARROWS } from '../model/summary.js';
import type { Change } from '../model/trend.js';

/**
 * The language to mark the feed's own words with (titles, units, definitions, notes, duiding): the
 * feed's, where the element's interface speaks another (an English widget on a Dutch feed), so that a
 * screen reader reads them in the feed's language, not the interface's (WCAG 3.1.2). `undefined`
 * where the two agree: a Dutch widget on a Dutch feed gets no extra markup.
 */
export function feedLang(meta: FeedMeta, strings: Strings): string | undefined {
  return languageOf(meta.language) === languageOf(strings.locale) ? undefined : meta.language;
}

/** The feed's own words, in an element of their own with `lang` (from `feedLang`) where it is set. */
export function feedText(text: unknown, lang: string | undefined): unknown {
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}

/** `text` as a pattern that matches it literally. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase as a pattern that matches it literally, its first letter in either case: the feed's unit
 * starts a button's label capitalised (`Per 1.000 inwoners`), as a phrase may start a sentence.
 */
function phrasePattern(phrase: string): string {
  const [first = '', ...rest] = phrase;
  const cases = [...new Set([first, first.toUpperCase(), first.toLowerCase()])].map(literally);
  return `(?:${cases.join('|')})${literally(rest.join(''))}`;
}

/**
 * A sentence of the interface with the feed's words in it (`In 2025: 1.5 woninginbraken per 1.000
 * inwoners in Breda.`), each of `phrases` found in it as whole words marked as `feedText`. The models
 * write their sentences as plain strings, which are also the CSV's, the image's and the chart's text
 * alternative; so the feed's words are found again in the sentence rather than carried through it.
 * A phrase without a letter (`%`) belongs to no language and stays as it is.
 */
export function feedPhrases(sentence: string, phrases: readonly string[], lang: string | undefined): unknown {
  if (!lang) return sentence;
  const words = [...new Set(phrases.map((p) => p.trim()).filter((p) => /\p{L}/u.test(p)))]
    // The longest first, so that `woninginbraken per 1.000 inwoners` is marked whole, not its unit alone.
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  if (words.length === 0) return sentence;
  const found = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const parts: unknown[] = [];
  let at = 0;
  for (const match of sentence.matchAll(found)) {
    parts.push(sentence.slice(at, match.index), feedText(match[0], lang));
    at = match.index + match[0].length;
  }
  parts.push(sentence.slice(at));
  return parts;
}

/**
 * The feed's words about an indicator that the interface's sentences take over: its titles and unit,
 * its words for a value in a sentence (`{value} woninginbraken per 1.000 inwoners`, around the
 * number), those of the rate a count can be shown as (the rate's button names its unit while the
 * count is shown), and the reasons of its breaks and special periods.
 */
export function indicatorWords(indicator: Indicator): string[] {
  const { rate } = indicator;
  return [
    indicator.title,
    indicator.shortTitle,
    indicator.unit,
    ...(rate ? [rate.unit] : []),
    ...[indicator.inSentence, indicator.inSentenceOne, rate?.inSentence].flatMap(
      (words) => words?.split(/\{value\}(?: ?%)?/) ?? [],
    ),
    ...(indicator.breaks ?? []).map((b) => b.reason),
    ...(indicator.specialPeriods ?? []).flatMap((s) => [s.label, s.reason ?? '']),
  ];
}

/** Parts of a line (strings, or templates such as `feedText`'s) with `separator` between them. */
export function joined(parts: readonly unknown[], separator: string): unknown[] {
  return parts.map((part, n) => (n ? [separator, part] : part));
}

/** What a heading may carry besides its text. */
export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
}

/**
 * A heading at `level`, 1 to 6 (a deeper one stays a 6). Elements set their title's level with
 * `heading-level` and their other headings below it, so that they fit the outline of the page around
 * them. Lit binds no tag names: each level has its template.
 */
export function heading(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const id = attributes.id ?? nothing;
  const part = attributes.part ?? nothing;
  const cls = attributes.class ?? nothing;
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
  }
}

/**
 * A listed source's own table and publication date, as the footer and the profile's list of sources
 * say them: `tabel 47022NED “Geregistreerde misdrijven; soort misdrijf, wijk, buurt, maand”,
 * gepubliceerd 1 juni 2026`, the table named as the citation and `<miv-sources>` name it; empty where
 * the feed gives neither.
 */
export function sourceDetail(entry: Pick<Source, 'table' | 'published'> | undefined, strings: Strings): string {
  return strings.citation.sourceDetail(
    entry?.table && strings.citation.table(entry.table),
    entry?.published && formatDate(entry.published, strings),
  );
}

/**
 * `sentence` with `phrase` in it as a link to `url`, and the words around it as `mark` gives them; the
 * sentence as `mark` gives it where there is no phrase, no address, or the phrase is not in it.
 */
function linkedIn(
  sentence: string,
  phrase: string | undefined,
  url: string | undefined,
  mark: (text: string) => unknown,
): unknown {
  const at = phrase && url ? sentence.indexOf(phrase) : -1;
  if (!phrase || at < 0) return mark(sentence);
  const after = sentence.slice(at + phrase.length);
  return [mark(sentence.slice(0, at)), html`<a href=${url}>${mark(phrase)}</a>`, mark(after)];
}

/**
 * The footnote block every figure carries: Bron (the source's table linked to the table where the feed
 * gives its address), Eenheid, Toelichting, Stand, and "Zie ook" with the theme's link and the
 * indicator's instruments.
 */
export function renderFooter(feed: Feed, indicator: Indicator, strings: Strings): TemplateResult {
  // Named as in the CSV, the image, the citation and `<miv-sources>`: the listed entry where there is one.
  const source = indicatorSource(feed, indicator);
  const lang = feedLang(feed.meta, strings);
  const links = seeAlso(feed, indicator);
  // The source's own table and publication date, when the feed lists them: "Stand" is only the feed's.
  const entry = sourceOf(feed, indicator);
  const detail = sourceDetail(entry, strings);
  const name = feedText(source.name, lang);
  const table = entry?.table;
  const mark = (text: string) => feedPhrases(text, [table?.title ?? ''], lang);
  // The table's words lead to the table, unless the name already leads there: paper prints each link's
  // address after it, and the same address twice in one line is only longer.
  const tableUrl = table?.url !== source.url ? table?.url : undefined;
  return html`<footer part="footer" class="footer">
    <dl>
      <div>
        <dt>${strings.source}</dt>
        <dd part="source">
          ${source.url ? html`<a href=${source.url}>${name}</a>` : name}${
            detail ? html`, ${linkedIn(detail, table && strings.citation.table(table), tableUrl, mark)}` : ''
          }
        </dd>
      </div>
      <div>
        <dt>${strings.unit}</dt>
        <dd>${feedText(indicator.unit, lang)}</dd>
      </div>
      <div>
        <dt>${strings.definition}</dt>
        <dd>${feedText(indicator.definition, lang)}</dd>
      </div>
      <div>
        <dt>${strings.updated}</dt>
        <dd>${formatDate(feed.meta.updated, strings)}</dd>
      </div>
      ${
        links.length
          ? html`<div>
              <dt>${strings.instruments}</dt>
              <dd>
                ${joined(
                  links.map((l) => html`<a href=${l.url}>${feedText(l.title, lang)}</a>`),
                  ', ',
                )}
              </dd>
            </div>`
          : nothing
      }
    </dl>
  </footer>`;
}

/** How a region or a link is named (`namedBy`). */
export interface ElementName {
  ariaLabel: string | typeof nothing;
  labelledBy: string | typeof nothing;
  element: TemplateResult | typeof nothing;
}

/**
 * A region's or a link's name `name`, with the feed's words in it marked by `mark`. Where it marks
 * any, the name is an element of its own (`id`), as the chart's is: an `aria-label` is one string,
 * which cannot mark a part with its language. The element is laid out, visually hidden, and hidden
 * from screen readers, which hear it as the name (see `renderChart`). Where nothing is marked (the
 * interface speaks the feed's language) an `aria-label`, without a hidden copy of the name in the page.
 */
export function namedBy(id: string, name: string, mark: (text: string) => unknown): ElementName {
  const marked = mark(name);
  return marked === name
    ? { ariaLabel: name, labelledBy: nothing, element: nothing }
    : {
        ariaLabel: nothing,
        labelledBy: id,
        element: html`<span id=${id} class="visually-hidden" aria-hidden="true">${marked}</span>`,
      };
}

/**
 * A change in words after the arrow of its direction. The arrow is hidden from screen readers, since
 * the words say the same. The words may carry the feed's words marked with its language
 * (`feedPhrases`). The wrapper stays with each element: its tag, CSS part and `data-judgement`
 * differ between a headline list, a card and a finding.
 */
export function renderChange(change: Change, words: unknown): TemplateResult {
  return html`<span class="sign" aria-hidden="true">${ARROWS[change.direction]}</span> ${words}`;
}

/**
 * The calm notice over figures shown in place of periods asked for without any (a link older than
 * the feed): the latest period of a comparison or map, the whole series of a line chart.
 */
export function renderPeriodNotice(text: string): TemplateResult {
  return html`<p part="status" class="status no-data period-missing" role="status">${text}</p>`;
}

/** The visible mark for fictitious data, shown whenever the feed says it is sample data. */
export function renderSampleMark(meta: FeedMeta, strings: Strings): TemplateResult | typeof nothing {
  return meta.sample ? html`<p part="sample" class="sample">${strings.sample}</p>` : nothing;
}

/** What a duiding's region may be told besides its entries. */
export interface DuidingOptions {
  /** What an entry is about, where that is not the area the widget is about (`duidingScope`). */
  about?: (entry: Duiding) => string | undefined;
  /** Marks the feed's words in the region's name (the indicator's title: `markFeedWords`). */
  mark?: (text: string) => unknown;
}

/**
 * What each duiding is about, for a widget about `asked`: nothing for the area's own; for another
 * area (its district, its eenheid, one compared) that area by its level (`Duiding voor district
 * Zeeland`); for one without an area `Algemene duiding`. Said above the text: words about the
 * whole unit directly under a gemeente's figure read as about that gemeente, and may seem to
 * contradict it.
 */
export function duidingScope(
  asked: Area,
  areas: ReadonlyMap<string, Area>,
  strings: Strings,
): (entry: Duiding) => string | undefined {
  return ({ area: id }) => {
    if (!id) return strings.duidingGeneral;
    const area = areas.get(id);
    return id === asked.id || !area ? undefined : strings.duidingAbout(strings.levelName(area.name, area.level));
  };
}

/**
 * The partners' interpretation, in the order given, readable without hovering. Its region is named
 * after its widget's `subject`, the indicator and the areas shown: a page of widgets has many, and a
 * list of regions that all read "Duiding", or twice the same indicator's, does not say which is which
 * (the demo shows one indicator for a gemeente and for the districts). `level` is its heading's
 * level: one below the element's title, or below a card's name in the profile. `lang` is the feed's
 * language where the interface speaks another (`feedLang`). Entries about the same area follow each
 * other (`selectDuiding`): `about` is said once above them. A byline ends with the period an entry
 * was written about (`over 2020`): beside a series of later years it reads as about today's figure
 * otherwise.
 */
export function renderDuiding(
  entries: readonly Duiding[],
  strings: Strings,
  lang: string | undefined,
  subject: string,
  level: number,
  { about = () => undefined, mark = (text) => text }: DuidingOptions = {},
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const name = strings.duidingOf(subject);
  // An id per indicator, for a profile's many regions.
  const label = namedBy(`duiding-${entries[0]!.indicator}`, name, mark);
  const scopes = entries.map(about);
  return html`<section part="duiding" class="duiding" aria-label=${label.ariaLabel} aria-labelledby=${label.labelledBy}>
    ${label.element} ${heading(level, strings.duiding, { class: 'duiding-title' })}
    ${entries.map((d, i) => {
      const by = [d.author, d.partner].filter(Boolean).map((name) => feedText(name, lang));
      const period = d.period && strings.duidingPeriod(formatPeriod(d.period, strings, true));
      const byline = [...by, formatDate(d.date, strings), period].filter(Boolean);
      const scope = scopes[i];
      return html`${
          scope && scope !== scopes[i - 1] ? html`<p part="duiding-scope" class="duiding-scope">${scope}</p>` : nothing
        }
        <blockquote>
          <p>${feedText(d.text, lang)}</p>
          <footer>— ${joined(byline, ', ')}</footer>
        </blockquote>`;
    })}
  </section>`;
}

/**
 * The numbers as a real table. It is always in the accessibility tree; `visible` only decides
 * whether sighted readers see it too. Without `data` (not built yet) it is the empty box, there
 * for the table toggle's `aria-controls`. `mark` marks the feed's words in the caption, the
 * headers and the footnotes (the indicator's title and unit, a group's name, the feed's notes on
 * values: `markFeedWords`).
 */
export function renderTable(
  data: TableData | undefined,
  visible: boolean,
  strings: Strings,
  mark: (text: string) => unknown = (text) => text,
): TemplateResult {
  // Shown, it scrolls sideways on a phone: a named region that takes focus, so the keyboard scrolls it
  // in every browser. Hidden (for screen readers only), it is no tab stop.
  const shown = visible && data;
  const caption = data && mark(data.caption);
  // Named by its caption where that has the feed's words marked, which an `aria-label` would lose.
  const byCaption = shown && caption !== data.caption;
  return html`<div
    part="table"
    id="data-table"
    class=${visible ? 'table' : 'table visually-hidden'}
    role=${shown ? 'region' : nothing}
    aria-label=${shown && !byCaption ? data.caption : nothing}
    aria-labelledby=${byCaption ? 'data-table-caption' : nothing}
    tabindex=${shown ? 0 : nothing}
  >
    ${data ? renderRows(data, caption, strings, mark) : nothing}
  </div>`;
}

/**
 * The number of a footnote as CBS prints it, raised and apart from the figure (`2,7 1)`): a bare raised
 * `1` after `2,7` reads as `2,71` once copied or read from a PDF. A screen reader, which does not say
 * that it is raised, hears `noot 1`.
 */
function footnoteMark(n: number, strings: Strings): TemplateResult {
  return html`<sup class="footnote-mark"> <span class="visually-hidden">${strings.table.note} </span>${n})</sup>`;
}

/** A row's cells, each with the mark of its footnote, if any. */
function renderCells(row: TableRow, strings: Strings): TemplateResult[] {
  return row.cells.map((c, i) => {
    const n = row.footnotes?.[i];
    return html`<td>${c}${n ? footnoteMark(n, strings) : nothing}</td>`;
  });
}

function renderRows(
  data: TableData,
  caption: unknown,
  strings: Strings,
  mark: (text: string) => unknown,
): TemplateResult {
  const legend = data.legend.join(' · ');
  return html`<table>
      <caption id="data-table-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${data.rowHeader}</th>
          ${data.columns.map((c) => html`<th scope="col">${mark(c)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${mark(r.header)}</th>
              ${renderCells(r, strings)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${legend ? html`<p class="legend">${legend}</p>` : nothing}
    ${data.footnotes.map(
      (note, i) => html`<p class="legend footnote">${footnoteMark(i + 1, strings)} ${mark(note)}</p>`,
    )}`;
}
