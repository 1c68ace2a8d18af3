import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Area, Feed, Opvallendheid } from '../../feed/schema.js';
import { indexFeed, indicatorSource } from '../../model/series.js';
import {
  authoredHighlights,
  DEFAULT_DETECTION_LIMIT,
  detectedByRule,
  findingHref,
  sharedByOthers,
  type FindingView,
  type RuleFindings,
} from '../../model/highlights.js';
import { formatDate } from '../../model/format.js';
import { districtPreset, themePreset, type Preset } from '../../model/presets.js';
import { Derived } from '../../controllers/derived.js';
import {
  feedLang,
  feedPhrases,
  feedText,
  heading,
  indicatorWords,
  namedBy,
  renderChange,
  renderSampleMark,
  type ElementName,
} from '../parts.js';
import { sharedStyles, tokenStyles } from '../shared.styles.js';
import { MivTitledElement } from '../miv-titled-element.js';

/** The value of the filters' "all" option. */
const ALL = '';

/**
 * The opvallendheden: what the districts wrote themselves, and apart from those, what fixed rules
 * find in the numbers (largest changes, distance from Nederland, a reversal of the trend), each
 * labelled as found by rule, with the rule in one line and the source of its figures. Filterable by
 * district and theme; after the reader changes a filter, one polite status line says how many notes
 * and figures it now lists, and for what. A note its district did not share ("alleen binnen het
 * district") is listed only where that district is the element's own (from `district`, else `area`):
 * with another district chosen, and on a page of no district, only shared notes are listed. With
 * `shared`, a district's own opvallendheden have beside them what the other districts shared. Every
 * finding links to the view of the indicator it is about (`?indicator=…&gebied=…`, the query string
 * of `<miv-feed url-state>`), on this page or the one `view-href` names. Under the title: the feed's
 * date ("Stand").
 *
 * @tagname miv-highlights
 * @summary The districts' opvallendheden plus notable figures detected by stated rules.
 *
 * @attr src - URL of the JSON indicator feed (inherited from `<miv-feed>` when absent).
 * @attr area - Area id (inherited from `<miv-feed>`): a district or gemeente preselects its district,
 *   which is then the element's own (its notes not shared are listed too).
 * @attr district - District id to show first, and the element's own; overrides the one derived from `area`.
 * @attr theme - Theme id to show first; every theme when absent.
 * @attr url-view - Shows first the theme in the URL of a `<miv-feed url-state>` (`?thema=`).
 * @attr limit - The most detected figures per rule (default 5).
 * @attr shared - Shows beside the chosen district's own opvallendheden those the other districts
 *   shared, each with its district's name and date.
 * @attr view-href - The page the findings' links open the indicator's view on, e.g.
 *   `/veiligheid/monitor`; the current page when absent.
 * @attr lang - `nl` (default) or `en`.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-select - An indicator was chosen; `detail.indicator`, its `detail.theme` and `detail.area` (and
 *   `detail.period` for a detected figure) say which. Cancel it to show the view in the page instead of following the link.
 * @event miv-error - Loading the feed failed, or `district`, `area` or `theme` names none of the feed
 *   (`unknown-area`, `unknown-theme`: the filter starts at all, under a notice); `detail.kind` says why.
 *
 * @csspart filters - The district and theme filters.
 * @csspart authored - The districts' own opvallendheden.
 * @csspart shared - The opvallendheden other districts shared (with `shared`).
 * @csspart detected - The figures found by rule.
 * @csspart rule - The one-line explanation of a rule.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's (`--nl-paragraph-font-family`, `--basis-text-font-family-default`, `--utrecht-document-font-family`), else the page's own.
 * @cssprop --miv-font-size - Size of the body text; without it the theme's (`--nl-paragraph-font-size`, `--basis-text-font-size-md`, `--utrecht-document-font-size`), else the page's own.
 * @cssprop --miv-color-favourable - Colour of a favourable detected figure.
 * @cssprop --miv-color-unfavourable - Colour of an unfavourable detected figure.
 * @cssprop --miv-color-neutral - Colour of a neutral detected figure.
 */
export class MivHighlights extends MivTitledElement {
  protected static override readonly tokenComponent = 'highlights';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    css`
      :host {
        background: none;
      }
      .title {
        font-size: 1.2em;
        margin: 0 0 var(--_space);
      }
      .group-title {
        font-size: 1.05em;
        margin: 0 0 0.25em;
      }
      .item-title {
        font-size: 1em;
        margin: 0;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        margin-bottom: var(--_space);
      }
      .filters label {
        display: flex;
        flex-direction: column;
        font-weight: 600;
        font-size: 0.9em;
        max-width: 100%;
      }
      select {
        /* A list is as wide as its longest name: on a phone, no wider than the element. */
        max-width: 100%;
        font: inherit;
        font-weight: normal;
        padding: 0.3em 0.4em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
        color: var(--_text);
      }
      section {
        margin-bottom: calc(var(--_space) * 2);
      }
      .intro,
      .rule {
        margin: 0 0 var(--_space);
        font-size: 0.9em;
        color: var(--_muted);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
      article {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_link);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      article p {
        margin: 0.25em 0 0;
      }
      .meta {
        font-size: 0.85em;
        color: var(--_muted);
      }
      .detected li {
        padding: 0.5em var(--_space);
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      .badge {
        margin-inline-end: 0.4em;
        font-size: 0.75em;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
        padding: 0.1em 0.4em;
        border-radius: var(--_radius);
        color: var(--_background);
        background: var(--_muted);
      }
      .finding a {
        margin-inline-start: 0.25em;
        font-size: 0.9em;
      }
      [data-judgement='favourable'] .sign {
        color: var(--_favourable);
      }
      [data-judgement='unfavourable'] .sign {
        color: var(--_unfavourable);
      }
      [data-judgement='neutral'] .sign {
        color: var(--_neutral);
      }
      .sign {
        font-weight: 700;
      }
      .source {
        display: block;
        font-size: 0.85em;
        color: var(--_muted);
      }
      .rules {
        display: grid;
        gap: var(--_space);
      }
    `,
  ];

  /** District id to show first; derived from `area` when absent. */
  @property({ reflect: true }) district = '';

  /** Theme id to show first; every theme when absent. */
  @property({ reflect: true }) theme = '';

  /** The most detected figures per rule. */
  @property({ type: Number, reflect: true }) limit = DEFAULT_DETECTION_LIMIT;

  /** Shows what the other districts shared beside a district's own opvallendheden. */
  @property({ type: Boolean, reflect: true }) shared = false;

  /** The page the findings' links open; the current page when empty. */
  @property({ attribute: 'view-href', reflect: true }) viewHref = '';

  /** The reader's own choice in the filters; undefined until they choose. */
  @state() private chosenDistrict: string | undefined;
  @state() private chosenTheme: string | undefined;

  /** The detection reads every series of the feed, so it runs once per choice, not on every render. */
  private readonly detected = new Derived<RuleFindings[]>();

  /**
   * Where the filters start, once per feed and preset: the district of the attribute, else of the
   * (inherited) area, and the theme. An id the feed does not have starts at all of them, with the
   * same error on every render, so that it is announced once.
   */
  private readonly presets = new Derived<{ district: Preset; theme: Preset }>();

  private presetsIn(feed: Feed): { district: Preset; theme: Preset } {
    const area = this.areaIn(feed);
    return this.presets.get([feed, this.district, area, this.theme], () => ({
      district: districtPreset(feed, this.district, area),
      theme: themePreset(feed, this.theme),
    }));
  }

  /** The filters; `lang` marks the themes, the feed's words (`feedLang`), not the element's own options. */
  private renderFilters(
    feed: Feed,
    districts: Area[],
    district: string,
    theme: string,
    lang: string | undefined,
  ): TemplateResult {
    const strings = this.text;
    const themes = [...feed.themes].sort((a, b) => a.order - b.order);
    return html`<div part="filters" class="filters">
      <label>
        ${strings.highlights.district}
        <select @change=${(e: Event) => (this.chosenDistrict = (e.target as HTMLSelectElement).value)}>
          <option value=${ALL} .selected=${live(district === ALL)}>${strings.highlights.allDistricts}</option>
          ${districts.map((d) => html`<option value=${d.id} .selected=${live(d.id === district)}>${d.name}</option>`)}
        </select>
      </label>
      <label>
        ${strings.highlights.theme}
        <select @change=${(e: Event) => (this.chosenTheme = (e.target as HTMLSelectElement).value)}>
          <option value=${ALL} .selected=${live(theme === ALL)}>${strings.highlights.allThemes}</option>
          ${themes.map(
            (t) =>
              html`<option value=${t.id} lang=${lang ?? nothing} .selected=${live(t.id === theme)}>${t.title}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  /**
   * A link to the view a finding is about; a cancelled `miv-select` keeps the reader on the page.
   * `name`, when given, is what a screen reader says for its `label` (`namedBy`).
   */
  private renderViewLink(feed: Feed, finding: FindingView, label: unknown, name?: ElementName): TemplateResult {
    const href = findingHref(feed, finding, new URL(this.viewHref || location.href, location.href).href);
    const theme = indexFeed(feed).indicator(finding.indicator)?.theme;
    return html`<a
      href=${href}
      aria-label=${name?.ariaLabel ?? nothing}
      aria-labelledby=${name?.labelledBy ?? nothing}
      @click=${(event: MouseEvent) => {
        if (!this.select({ ...finding, ...(theme ? { theme } : {}) }, { cancelable: true })) event.preventDefault();
      }}
      >${label}</a
    >`;
  }

  private renderNotes(feed: Feed, items: Opvallendheid[]): TemplateResult {
    const strings = this.text;
    const index = indexFeed(feed);
    const lang = feedLang(feed.meta, strings);
    return html`<ul role="list">
      ${items.map(
        (o) =>
          html`<li>
            <article>
              ${heading(this.titleLevel + 2, feedText(o.title, lang), { class: 'item-title' })}
              <p class="meta">
                ${index.areas.get(o.district)?.name ?? o.district} · ${formatDate(o.date, strings)} ·
                ${o.shared ? strings.highlights.shared : strings.highlights.notShared}
              </p>
              <p>${feedText(o.text, lang)}</p>
              ${
                o.indicators.length
                  ? html`<p class="meta links">
                      ${strings.highlights.indicators}:
                      ${o.indicators.map((id, n) => {
                        const indicator = index.indicator(id);
                        return html`${n ? ', ' : ''}${
                          indicator
                            ? this.renderViewLink(
                                feed,
                                { indicator: id, area: o.district },
                                feedText(indicator.shortTitle, lang),
                              )
                            : id
                        }`;
                      })}
                    </p>`
                  : nothing
              }
            </article>
          </li>`,
      )}
    </ul>`;
  }

  private renderAuthored(feed: Feed, items: Opvallendheid[]): TemplateResult {
    const strings = this.text;
    return html`<section part="authored" aria-labelledby="authored">
      ${heading(this.titleLevel + 1, strings.highlights.authored, { id: 'authored', class: 'group-title' })}
      <p class="intro">${strings.highlights.authoredIntro}</p>
      ${items.length === 0 ? html`<p>${strings.highlights.noneAuthored}</p>` : this.renderNotes(feed, items)}
    </section>`;
  }

  private renderShared(feed: Feed, district: string, items: Opvallendheid[]): TemplateResult {
    const strings = this.text.sharedHighlights;
    const name = indexFeed(feed).areas.get(district)?.name ?? district;
    return html`<section part="shared" aria-labelledby="shared">
      ${heading(this.titleLevel + 1, strings.title, { id: 'shared', class: 'group-title' })}
      <p class="intro">${strings.intro(name)}</p>
      ${items.length === 0 ? html`<p>${strings.none}</p>` : this.renderNotes(feed, items)}
    </section>`;
  }

  private renderDetected(feed: Feed, byRule: RuleFindings[]): TemplateResult {
    const strings = this.text;
    const lang = feedLang(feed.meta, strings);
    return html`<section part="detected" class="detected" aria-labelledby="detected">
      ${heading(this.titleLevel + 1, strings.highlights.detected, { id: 'detected', class: 'group-title' })}
      <p class="intro">${strings.highlights.detectedIntro}</p>
      ${byRule.length === 0 ? html`<p>${strings.highlights.noneDetected}</p>` : nothing}
      <div class="rules">
        ${byRule.map(
          ({ rule, explanation, findings }) =>
            html`<div data-rule=${rule}>
              ${heading(this.titleLevel + 2, strings.highlights.rules[rule].title, { class: 'item-title' })}
              <p part="rule" class="rule">${explanation}</p>
              <ul role="list">
                ${findings.map(({ highlight: h, sentence }, n) => {
                  // The sentence and the link's name carry the indicator's words, the feed's.
                  const mark = (text: string) => feedPhrases(text, indicatorWords(h.indicator), lang);
                  // "Bekijk", named with what it opens: hidden text beside it was read "Bekijk : …".
                  const name = namedBy(
                    `finding-${rule}-${n}`,
                    `${strings.highlights.open}: ${h.indicator.shortTitle}, ${h.area.name}`,
                    mark,
                  );
                  return html`<li data-judgement=${h.change.judgement}>
                    <span class="badge">${strings.highlights.byRule}</span>
                    <span class="finding"
                      >${renderChange(h.change, mark(sentence))}
                      ${this.renderViewLink(
                        feed,
                        { indicator: h.indicator.id, area: h.area.id, period: h.change.to.period },
                        strings.highlights.open,
                        name,
                      )}${name.element}</span
                    >
                    <span class="source"
                      >${strings.source}: ${feedText(indicatorSource(feed, h.indicator).name, lang)}</span
                    >
                  </li>`;
                })}
              </ul>
            </div>`,
        )}
      </div>
    </section>`;
  }

  /** The notices for presets the feed does not have, over the filters that start at all instead. */
  private renderUnknownPresets(
    { district, theme }: { district: Preset; theme: Preset },
    lang: string | undefined,
  ): TemplateResult {
    const words = this.text.highlights;
    // Until the reader chooses: then the filter shows the choice, not the preset.
    const notice = ({ unknown }: Preset, chosen: string | undefined, instead: string) =>
      unknown && chosen === undefined ? this.renderUnknownPreset(unknown, instead, lang) : nothing;
    return html`${notice(district, this.chosenDistrict, words.showsAllDistricts)}
    ${notice(theme, this.chosenTheme, words.showsAllThemes)}`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const strings = this.text;
    const lang = feedLang(feed.meta, strings);
    const districts = feed.areas.filter((a) => a.level === 'district');
    const preset = this.presetsIn(feed);
    // The element's own district (`district`, else `area`), the only one whose unshared notes it lists;
    // the district the reader picks in the filter is not made their own by that.
    const own = preset.district.id;
    const district = this.chosenDistrict ?? own;
    const theme = this.chosenTheme ?? preset.theme.id;
    const authored = authoredHighlights(feed, {
      ...(district ? { district } : {}),
      ...(theme ? { theme } : {}),
      viewer: own,
    });
    const shared =
      this.shared && district !== ALL ? sharedByOthers(feed, { district, ...(theme ? { theme } : {}) }) : undefined;
    const { limit } = this;
    const detected = this.detected.get([feed, district, theme, limit, strings], () =>
      detectedByRule(feed, { district, theme, limit }, strings),
    );
    return html`${renderSampleMark(feed.meta, strings)}
      ${heading(this.titleLevel, strings.highlights.title, { class: 'title' })}
      <p class="meta">${strings.updated}: ${formatDate(feed.meta.updated, strings)}</p>
      ${this.renderUnknownPresets(preset, lang)} ${this.renderFilters(feed, districts, district, theme, lang)}
      <p class="visually-hidden" role="status">
        ${
          this.chosenDistrict !== undefined || this.chosenTheme !== undefined
            ? this.shownLine(
                feed,
                { district, theme, notes: authored.length, shared: shared?.length ?? 0, detected },
                lang,
              )
            : nothing
        }
      </p>
      ${this.renderAuthored(feed, authored)} ${shared ? this.renderShared(feed, district, shared) : nothing}
      ${this.renderDetected(feed, detected)}`;
  }

  /**
   * What the lists now hold, said once the reader changed a filter (WCAG 4.1.3): the lists are
   * replaced with nothing else to tell. Not on the first render, where every element of a page
   * would speak at once about lists the reader has not yet reached. The theme's title in it is the
   * feed's, marked with `lang`.
   */
  private shownLine(feed: Feed, shown: ShownLists, lang: string | undefined): unknown {
    const { district, theme, notes, shared, detected } = shown;
    const index = indexFeed(feed);
    const found = detected.reduce((sum, r) => sum + r.findings.length, 0);
    const themeTitle = feed.themes.find((t) => t.id === theme)?.title;
    const line = this.text.highlights.shown(notes, shared, found, index.areas.get(district)?.name, themeTitle);
    return feedPhrases(line, themeTitle ? [themeTitle] : [], lang);
  }
}

/** What the lists hold after a filter change: the choice, and how many notes and findings it shows. */
interface ShownLists {
  district: string;
  theme: string;
  /** The district's own notes, and the notes other districts shared with it. */
  notes: number;
  shared: number;
  detected: RuleFindings[];
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-highlights': MivHighlights;
  }
}
