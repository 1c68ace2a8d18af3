/**
 * The figures of one indicator card, shared by the theme overview and the profile: the fallback
 * note, the sparkline with the years at its ends, the latest value in the indicator's words
 * (`rapportcijfer 7,5`, never the table's `7,5 cijfer 1–10`), period, status and survey margin, and
 * the changes in words. The sparkline is plain SVG (no chart engine), so it prints as vector.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { periodYear } from '../feed/periods.js';
import type { Indicator } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { formatPeriod, formatPointValue, pointText, valueInWords } from '../model/format.js';
import { hasValue, type Point } from '../model/series.js';
import type { ThemeCard } from '../model/theme-overview.js';
import { judgedWords, missingAfterLatestInWords, type WordedChange } from '../model/summary.js';
import { sparkline } from '../charts/sparkline.js';
import { feedText, renderChange } from './parts.js';

/** The sparkline's drawing box, in SVG units; CSS scales it to the card. */
const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;

function renderSparkline(card: ThemeCard): TemplateResult {
  const geometry = sparkline(
    card.points.map((p) => p.value),
    SPARK_WIDTH,
    SPARK_HEIGHT,
    undefined,
    card.breaks,
  );
  // Decorative: the card's text says the same in words.
  return html`<svg
    part="sparkline"
    class="spark"
    viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
    preserveAspectRatio="none"
    aria-hidden="true"
    ?data-fallback=${card.fallback}
  >
    ${geometry.paths.map((d) => svg`<path d=${d}></path>`)}
    ${geometry.dots.map((p) => svg`<path class="dot" d="M${p.x} ${p.y}h0"></path>`)}
    ${geometry.last ? svg`<path class="dot last" d="M${geometry.last.x} ${geometry.last.y}h0"></path>` : nothing}
  </svg>`;
}

/** The years at both ends of the sparkline, so that its length reads as time. */
function renderRange(card: ThemeCard): TemplateResult | typeof nothing {
  const [first, last] = [card.points[0], card.points.at(-1)].map((p) => p && periodYear(p.period));
  if (!first || !last || first === last) return nothing;
  return html`<span class="range" aria-hidden="true"><span>${first}</span><span>${last}</span></span>`;
}

/**
 * The latest value as a sentence would write it, its number set large: `rapportcijfer 7,5`, `17,6 % van
 * de inwoners van 15 jaar en ouder`, `36 drugsafvaldumpingen`. The words are the feed's (`lang`).
 */
function renderLatest(latest: Point, indicator: Indicator, strings: Strings, lang: string | undefined): TemplateResult {
  const [before, number, after] = hasValue(latest)
    ? valueInWords(latest, indicator, strings)
    : ['', formatPointValue(latest, indicator, strings), ''];
  // A no-break space between the words and the number: Chromium's name of the card button left out a
  // plain space between the spans ("1,33*per 1.000 inwoners").
  const words = (text: string) => (text ? html`<span class="unit">${feedText(text, lang)}</span>` : nothing);
  const figure = html`<span part="value" class="value">${number}</span>`;
  return html`<span class="latest"
    >${words(before.replace(/ $/, '\u00a0'))}${figure}${words(after.replace(/^ /, '\u00a0'))}</span
  >`;
}

/**
 * Everything of a card below its name. `area` is the asked area's name, for the sentence of a card
 * without numbers at any level; `lang` is the feed's language where the interface speaks another
 * (`feedLang`), for the unit.
 */
export function renderCardFigures(
  card: ThemeCard,
  area: string,
  changes: readonly WordedChange[],
  strings: Strings,
  lang: string | undefined,
): TemplateResult {
  const { indicator, latest } = card;
  // A survey value is an estimate: its margin goes with it, as in the chart's band and table.
  const margin = latest && pointText(latest, indicator, strings).margin;
  return html`${
    card.fallback && card.shownArea
      ? html`<span class="note"
          >${strings.theme.fallback(
            strings.levelName(card.shownArea.name, card.shownArea.level),
            card.withheld && strings.status[card.withheld],
          )}</span
        >`
      : nothing
  }
  ${renderSparkline(card)} ${renderRange(card)}
  ${
    latest
      ? html`${renderLatest(latest, indicator, strings, lang)}
          <span class="period"
            >${formatPeriod(latest.period, strings)}${
              latest.status === 'definitive' ? '' : ` (${strings.status[latest.status]})`
            }${margin ? `, ${strings.theme.margin(margin)}` : ''}</span
          >`
      : html`<span class="note">${strings.summary.noData(area)}</span>`
  }
  ${missingAfterLatestInWords(card.missing, strings).map((line) => html`<span class="missing">${line}</span>`)}
  ${changes.map(
    ({ change, words }) =>
      html`<span part="change" class="change" data-judgement=${change.judgement}>
        ${renderChange(change, judgedWords(change, words, strings))}
      </span>`,
  )}`;
}

/**
 * A card with its sparkline beside the figures instead of above them, for narrow containers and
 * paper; children marked `.wide` (name, notes, duiding) keep the full width.
 */
export const compactCardRules = css`
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 6.5em;
    grid-auto-flow: dense;
    column-gap: 0.75em;
    align-content: start;
    padding: 0.5em 0.75em;
  }
  .card > * {
    grid-column: 1;
  }
  .card > .name,
  .card > .note,
  .card > .wide {
    grid-column: 1 / -1;
  }
  .card > .spark {
    grid-column: 2;
    grid-row: span 2;
    align-self: end;
  }
  .card > .range {
    grid-column: 2;
    align-self: start;
    margin: 0;
  }
`;

/**
 * The card's look. On a narrow container a card puts its sparkline beside the figures instead of
 * above them; children marked `.wide` (name, notes, duiding) keep the full width there.
 */
export const indicatorCardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    width: 100%;
    padding: var(--_space);
    font: inherit;
    text-align: start;
    text-decoration: none;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .name {
    font-weight: 600;
    color: var(--_link);
    /* Dutch compounds (Drugsafvaldumpingen) are wider than a phone's half-width card. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .note {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .range {
    display: flex;
    justify-content: space-between;
    margin-top: -0.2em;
    font-size: 0.7em;
    color: var(--_muted);
  }
  @container (max-width: 30em) {
    ${compactCardRules}
  }
  .spark {
    width: 100%;
    height: 2.5em;
    margin: 0.25em 0 0;
    overflow: visible;
  }
  .spark path {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: 2;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .spark[data-fallback] path {
    stroke-dasharray: 4 3;
  }
  /* Dots are zero-length round-capped strokes: they stay round although the box stretches. */
  .spark .dot {
    stroke-width: 4;
    stroke-linecap: round;
    stroke-dasharray: none;
  }
  .spark .last {
    stroke-width: 6;
  }
  .value {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .unit,
  .period {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .missing {
    font-size: 0.8em;
  }
  .change {
    font-size: 0.9em;
  }
`;
