/**
 * What a reviewer checks for one indicator: its metadata, a badge for anything missing, and both
 * charts side by side. Used by the generated gallery stories (one per indicator of the sample feed)
 * and by the review page, which shows every indicator of any feed.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { loadFeed } from '../../src/feed/load.js';
import type { Feed, Indicator } from '../../src/feed/schema.js';
import { formatPeriod } from '../../src/model/format.js';
import { stringsFor } from '../../src/i18n/strings.js';

export const SAMPLE_FEED_URL = new URL('../../examples/data/sample-feed.json', import.meta.url).href;

/** The gemeente the gallery's line charts show unless the reviewer picks another area. */
export const DEFAULT_AREA = 'GM0758';

export interface CardOptions {
  /** Feed URL the elements load (the same feed as `feed`). */
  src: string;
  area: string;
  lang: string;
  /** Heading level of the indicator title: 2 on its own, 3 under a theme heading. */
  headingLevel: 2 | 3;
}

interface Finding {
  text: string;
  /** `missing`: the feed lacks something a reader needs; `note`: worth a look, not an error. */
  severity: 'missing' | 'note';
}

/** What a reviewer should notice before publishing: absent metadata and gaps in the figures. */
export function reviewFindings(feed: Feed, indicator: Indicator): Finding[] {
  const findings: Finding[] = [];
  const series = feed.series.filter((s) => s.indicator === indicator.id);
  const levelOf = new Map(feed.areas.map((a) => [a.id, a.level]));
  const hasNumber = (s: (typeof series)[number]) => s.values.some((v) => v !== null);
  const missing = (text: string) => findings.push({ text, severity: 'missing' });
  if (!indicator.source.url) missing('no source link');
  if (!indicator.explanation) missing('no explanation (Toelichting)');
  if (!series.some(hasNumber)) missing('no figures at all');
  else if (!series.some((s) => hasNumber(s) && levelOf.get(s.area) === indicator.lowestLevel))
    missing(`no figures at its lowest level (${indicator.lowestLevel})`);
  if (!feed.duiding.some((d) => d.indicator === indicator.id)) missing('no duiding');
  if (indicator.lowestLevel === 'land') findings.push({ text: 'national trend only', severity: 'note' });
  if (indicator.breaks?.length) findings.push({ text: 'series break', severity: 'note' });
  if (series.some((s) => s.margins)) findings.push({ text: 'survey margins', severity: 'note' });
  return findings;
}

function periodRange(feed: Feed, indicator: Indicator, lang: string): string {
  const periods = [
    ...new Set(feed.series.filter((s) => s.indicator === indicator.id).flatMap((s) => s.periods)),
  ].sort();
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return '—';
  const strings = stringsFor(lang);
  return first === last
    ? formatPeriod(first, strings)
    : `${formatPeriod(first, strings)} – ${formatPeriod(last, strings)}`;
}

/** Rendered once above the cards: plain light-DOM styles, so the page stays readable without Storybook. */
export const cardStyles = html`<style>
  .miv-card {
    border-top: 1px solid #c8c8c8;
    padding-block: 1rem 2rem;
    font-family: system-ui, sans-serif;
  }
  .miv-card h2,
  .miv-card h3 {
    margin: 0;
    display: inline;
  }
  .miv-card .id {
    margin-inline-start: 0.5em;
    color: #555;
  }
  .miv-card .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .miv-card .badge {
    padding: 0.1em 0.5em;
    border-radius: 999px;
    font-size: 0.85em;
    border: 1px solid currentColor;
  }
  .miv-card .badge.missing {
    color: #8a1c16;
    background: #fdecea;
    font-weight: 600;
  }
  .miv-card .badge.note {
    color: #3b3b3b;
  }
  .miv-card .badge.complete {
    color: #00573f;
  }
  .miv-card dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2em 1em;
    margin: 0.5em 0 1em;
    font-size: 0.9em;
  }
  .miv-card dt {
    font-weight: 600;
  }
  .miv-card dd {
    margin: 0;
  }
  .miv-card dd ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .miv-card .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: 1.5rem;
    align-items: start;
  }
</style>`;

/** The reviewer's view of one indicator of `feed`. */
export function renderIndicatorCard(feed: Feed, indicator: Indicator, options: CardOptions): TemplateResult {
  const { src, area, lang, headingLevel } = options;
  const findings = reviewFindings(feed, indicator);
  const headingId = `card-${indicator.id}`;
  const heading =
    headingLevel === 2
      ? html`<h2 id=${headingId}>${indicator.title}</h2>`
      : html`<h3 id=${headingId}>${indicator.title}</h3>`;
  const missingCount = findings.filter((f) => f.severity === 'missing').length;
  return html`<article class="miv-card" aria-labelledby=${headingId}>
    ${heading}<code class="id">${indicator.id}</code>
    <ul class="badges" aria-label="Review findings">
      ${missingCount === 0 ? html`<li class="badge complete">metadata complete</li>` : nothing}
      ${findings.map(
        (f) => html`<li class="badge ${f.severity}">${f.severity === 'missing' ? 'missing: ' : ''}${f.text}</li>`,
      )}
    </ul>
    <dl>
      <dt>Unit</dt>
      <dd>${indicator.unit} (${indicator.kind}, ${indicator.decimals} decimals)</dd>
      <dt>Polarity</dt>
      <dd>${indicator.polarity}</dd>
      <dt>Source</dt>
      <dd>
        ${indicator.source.url ? html`<a href=${indicator.source.url}>${indicator.source.name}</a>` : indicator.source.name}
      </dd>
      <dt>Definition</dt>
      <dd>${indicator.definition}</dd>
      ${
        indicator.explanation
          ? html`<dt>Explanation</dt>
              <dd>${indicator.explanation}</dd>`
          : nothing
      }
      <dt>Lowest level</dt>
      <dd>${indicator.lowestLevel}</dd>
      <dt>Frequency</dt>
      <dd>${indicator.frequency}</dd>
      <dt>Periods</dt>
      <dd>${periodRange(feed, indicator, lang)}</dd>
      ${
        indicator.breaks?.length
          ? html`<dt>Breaks</dt>
              <dd>
                <ul>
                  ${indicator.breaks.map(
                    (b) => html`<li>${b.period}${b.areas ? ` (${b.areas.join(', ')})` : ''}: ${b.reason}</li>`,
                  )}
                </ul>
              </dd>`
          : nothing
      }
      ${
        indicator.specialPeriods?.length
          ? html`<dt>Special periods</dt>
              <dd>
                <ul>
                  ${indicator.specialPeriods.map((sp) => html`<li>${sp.from}–${sp.to}: ${sp.label}</li>`)}
                </ul>
              </dd>`
          : nothing
      }
    </dl>
    <div class="charts">
      <miv-indicator src=${src} indicator=${indicator.id} area=${area} lang=${lang}></miv-indicator>
      <miv-district-compare src=${src} indicator=${indicator.id} highlight=${area} lang=${lang}></miv-district-compare>
    </div>
  </article>`;
}

interface GalleryArgs {
  area: string;
  lang: string;
}

/** The meta of every generated gallery module (see `.storybook/gallery.ts`). */
export function galleryMeta(): Meta<GalleryArgs> {
  return {
    args: { area: DEFAULT_AREA, lang: 'nl' },
    argTypes: {
      area: { control: 'text', description: 'Area of the line chart and the highlighted bar (an id of the feed).' },
      lang: { control: 'inline-radio', options: ['nl', 'en'] },
    },
    loaders: [async () => ({ feed: await loadFeed(SAMPLE_FEED_URL) })],
    parameters: { layout: 'padded' },
  };
}

/** One gallery story: the card of indicator `id` of the sample feed. */
export function galleryStory(id: string): StoryObj<GalleryArgs> {
  return {
    render: (args, { loaded }) => {
      const feed = loaded['feed'] as Feed;
      const indicator = feed.indicators.find((i) => i.id === id);
      if (!indicator) return html`<p role="alert">Indicator ${id} is not in the sample feed.</p>`;
      return html`${cardStyles}${renderIndicatorCard(feed, indicator, { src: SAMPLE_FEED_URL, ...args, headingLevel: 2 })}`;
    },
  };
}
