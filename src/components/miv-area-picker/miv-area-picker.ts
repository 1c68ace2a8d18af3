import { css, html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { TaskStatus } from '@lit/task';
import { dayAfter, existsBetween } from '../../feed/periods.js';
import type { Area, Feed } from '../../feed/schema.js';
import { formatDate } from '../../model/format.js';
import { indexFeed } from '../../model/series.js';
import { areaPreset, type Preset } from '../../model/presets.js';
import { Derived } from '../../controllers/derived.js';
import { sharedStyles, tokenStyles } from '../shared.styles.js';
import { MivDataElement } from '../miv-data-element.js';
import { PICKER_BOX_HEIGHT, PICKER_LABEL_GAP } from '../../tokens/placeholder-heights.js';
import { announceView } from '../../view/view-state.js';

interface AreaGroup {
  label: string;
  areas: Area[];
}

/**
 * A native select of the feed's areas, grouped by level: Nederland, the unit, the districts, and the
 * gemeenten per district. Inside a `<miv-feed>`, a choice changes the area of every element in it.
 * Areas that ended before the feed's last update are not offered, except one the page is about (an
 * old link to Haaren): that one is the choice, marked `Haaren (opgeheven per 1 januari 2021)`, and
 * stays in the list.
 *
 * @tagname miv-area-picker
 * @summary Chooses the area for every miv-* element in the same miv-feed.
 *
 * @attr src - URL of the JSON indicator feed (inherited from `<miv-feed>` when absent).
 * @attr area - The chosen area id (inherited from `<miv-feed>` when absent; the unit when neither has one).
 * @attr lang - `nl` (default) or `en`.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 * @attr url-param - Opt-in: the name of a query parameter (e.g. `gebied`) that holds the choice, so a
 *   link reopens the same area. Read once the feed is loaded; written with `history.replaceState`.
 *
 * @event miv-select - The user chose an area; `detail.area` is its id.
 * @event miv-view-change - The same choice as a view change (`detail.area`), which a `<miv-feed url-state>` keeps in the URL.
 * @event miv-error - Loading the feed failed, or the area is none of the feed (`unknown-area`: the list
 *   asks for a choice, under a notice); `detail.kind` says why.
 *
 * @csspart label - The label above the select.
 * @csspart select - The native select.
 * @csspart status - Loading and error messages, and the notice for an unknown area.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's (`--nl-paragraph-font-family`, `--basis-text-font-family-default`, `--utrecht-document-font-family`), else the page's own.
 * @cssprop --miv-font-size - Size of the body text; without it the theme's (`--nl-paragraph-font-size`, `--basis-text-font-size-md`, `--utrecht-document-font-size`), else the page's own.
 * @cssprop --miv-color-border - Border of the select.
 */
export class MivAreaPicker extends MivDataElement {
  protected static override readonly tokenComponent = 'area-picker';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    css`
      :host {
        display: inline-block;
        /* An inline-block grows with its longest option; a very long area name must not widen the page. */
        max-width: 100%;
        background: none;
        container-type: normal;
      }
      label,
      .label {
        display: block;
        font-weight: 600;
        margin-bottom: ${unsafeCSS(PICKER_LABEL_GAP)};
      }
      select,
      .select {
        font: inherit;
        color: var(--_text);
        background: var(--_background);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.35em 0.5em;
        min-width: min(100%, 16em);
        max-width: 100%;
        /* A height of its own, which the box while loading shares: a list's height differs by browser. */
        box-sizing: border-box;
        min-block-size: ${unsafeCSS(PICKER_BOX_HEIGHT)};
      }
      /* Not a chart's height (shared.styles.ts): its label and list box, loading or not. */
      .status,
      .status.loading {
        contain: none;
        height: auto;
        min-height: 0;
        padding: 0;
      }
      .unknown-preset {
        margin: 0.5em 0 0;
        padding-inline-start: 0.5em;
      }
      /* The list's box while the feed loads, as high as the list will be. */
      .select {
        display: inline-flex;
        align-items: center;
        line-height: normal;
        color: var(--_muted);
      }
    `,
  ];

  /** Name of the query parameter that reflects the choice in the page URL; none when empty. */
  @property({ attribute: 'url-param', reflect: true }) urlParam = '';

  private urlApplied = false;

  /** The area asked for, once per feed and area: an unknown one's error is the same on every render. */
  private readonly preset = new Derived<Preset>();

  /** The areas in groups: computed once per feed, language, string overrides and ended areas kept. */
  private readonly groupsOf = new Derived<AreaGroup[]>();

  /**
   * The ended areas the page has been about (an old link to Haaren): listed from then on, so that the
   * list says what the page shows and a reader who arrows past one comes back to it.
   */
  private readonly keptEnded = new Set<string>();

  private groups(feed: Feed): AreaGroup[] {
    const strings = this.text;
    return this.groupsOf.get([feed, strings, this.keptEnded.size], () => {
      const index = indexFeed(feed);
      const collator = new Intl.Collator(strings.locale);
      // Areas that ended before the feed's last update (e.g. Haaren) are history, not a choice,
      // unless the page is or was about one.
      const current = feed.areas.filter((a) => existsBetween(a, feed.meta.updated) || this.keptEnded.has(a.id));
      const byLevel = (level: Area['level']) => current.filter((a) => a.level === level);
      return [
        { label: strings.picker.groups.land, areas: byLevel('land') },
        { label: strings.picker.groups.eenheid, areas: byLevel('eenheid') },
        { label: strings.picker.groups.district, areas: byLevel('district') },
        ...byLevel('district').map((district) => ({
          label: strings.picker.gemeentenIn(district.name),
          areas: index
            .children(district.id)
            .filter((a) => current.includes(a))
            .sort((a, b) => collator.compare(a.name, b.name)),
        })),
      ].filter((g) => g.areas.length > 0);
    });
  }

  /** An area's name in the list; an ended one says since when, as its cards say it (`areaEnded`). */
  private optionName(area: Area, feed: Feed): string {
    if (!area.validTo || existsBetween(area, feed.meta.updated)) return area.name;
    return this.text.picker.ended(area.name, formatDate(dayAfter(area.validTo), this.text));
  }

  /** Makes `area` the choice of this picker and, inside a `<miv-feed>`, of every element in it. */
  private choose(area: string): void {
    const feedContext = this.inherited.context;
    // An own `area` attribute stays the picker's value, so keep it in step with the choice.
    if (this.area || !feedContext) this.area = area;
    feedContext?.selectArea(area);
    // Announced before the own parameter is written: a `<miv-feed url-state>` adds a history entry
    // for the choice, and the parameter must land on that new entry, not on the one Back returns to.
    announceView(this, { area });
    if (this.urlParam) {
      const url = new URL(location.href);
      url.searchParams.set(this.urlParam, area);
      history.replaceState(history.state, '', url);
    }
    this.select({ area });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.urlApplied || !this.urlParam || this.feedTask.status !== TaskStatus.COMPLETE) return;
    this.urlApplied = true;
    const wanted = new URL(location.href).searchParams.get(this.urlParam);
    const feed = this.feedTask.value!;
    // Only an area of this feed: a stale or hand-edited link keeps the page's default.
    if (wanted && wanted !== this.areaIn(feed) && indexFeed(feed).areas.has(wanted)) {
      if (this.area || !this.inherited.context) this.area = wanted;
      this.inherited.context?.selectArea(wanted);
    }
  }

  /**
   * While the feed loads: the label and the list's empty box, where and as high as the ready picker,
   * so that nothing beside or below it moves when the list comes.
   */
  protected override renderLoading(): TemplateResult {
    const strings = this.text;
    return html`<div part="status" class="status loading" role="status" aria-busy="true">
      <span class="label" aria-hidden="true">${strings.picker.label}</span>
      <span class="select">${strings.loading}</span>
    </div>`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const strings = this.text;
    const asked = this.areaIn(feed);
    const { id: selected, unknown } = this.preset.get([feed, asked], () => areaPreset(feed, asked));
    const area = indexFeed(feed).areas.get(selected);
    if (area && !existsBetween(area, feed.meta.updated)) this.keptEnded.add(area.id);
    const groups = this.groups(feed);
    // An area that is none of the choices (an unknown one) must not read as the first of them.
    const listed = groups.some((group) => group.areas.some((a) => a.id === selected));
    return html`<label part="label" for="area">${strings.picker.label}</label>
      <select
        part="select"
        id="area"
        @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}
      >
        ${listed ? nothing : html`<option value="" disabled .selected=${live(true)}>${strings.picker.choose}</option>`}
        ${groups.map(
          (group) =>
            html`<optgroup label=${group.label}>
              ${group.areas.map(
                // live(): after a user's choice the option's own state differs from the last rendered one.
                (a) =>
                  html`<option value=${a.id} .selected=${live(a.id === selected)}>${this.optionName(a, feed)}</option>`,
              )}
            </optgroup>`,
        )}
      </select>
      ${unknown ? this.renderUnknownPreset(unknown) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-area-picker': MivAreaPicker;
  }
}
