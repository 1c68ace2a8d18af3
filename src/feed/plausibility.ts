/**
 * Figures, periods and areas that cannot be what a data team meant. `miv-feed build` checks each row
 * of values.csv with these, `miv-feed validate` each cell of a feed (`feedProblems`). An error is
 * impossible (a negative share, a half-year of a yearly indicator); a warning is possible but mostly
 * a slip (a denominator in thousands gives more burglaries than inhabitants).
 */
import type { FeedIssue } from './errors.js';
import { periodYear } from './periods.js';
import { rateScale } from './rate-scale.js';
import { AREA_LEVELS, type Area, type Feed, type Indicator } from './schema.js';

export interface Problem {
  severity: 'error' | 'warning';
  message: string;
}

const error = (message: string): Problem => ({ severity: 'error', message });
const warning = (message: string): Problem => ({ severity: 'warning', message });

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

/** The range a survey figure or score must lie in, read from its unit: `%`, `cijfer 1–10`, `schaalscore 0–10`. */
function scaleRange(unit: string): [number, number] | undefined {
  if (unit.trim().startsWith('%')) return [0, 100];
  const range = /(\d+)\s*[–-]\s*(\d+)\s*\)?\s*$/.exec(unit);
  return range ? [Number(range[1]), Number(range[2])] : undefined;
}

/**
 * What is wrong with a figure of `indicator`; `scale` is the base of a rate (1.000 for "per 1.000
 * inwoners"), or null.
 */
export function valueProblem(indicator: Indicator, value: number, scale: number | null): Problem | undefined {
  const shown = number.format(value);
  if (indicator.kind === 'survey' || indicator.kind === 'score') {
    const range = scaleRange(indicator.unit);
    if (range && (value < range[0] || value > range[1]))
      return error(`${shown} ligt buiten ${range[0]}–${range[1]}, het bereik van "${indicator.unit}"`);
    return undefined;
  }
  if (value < 0) return error(`${shown}: ${kindWords(indicator)} kan niet negatief zijn`);
  if (indicator.kind === 'percentage' && value > 100)
    return warning(`${shown} % is meer dan het geheel; klopt de noemer?`);
  if (indicator.kind === 'rate' && scale !== null && value > scale)
    return warning(`${shown} ${indicator.unit}: meer gevallen dan de noemer telt; staat de noemer in duizenden?`);
  return undefined;
}

/** `een aantal`, `een cijfer per 1.000 inwoners`, `een percentage`. */
function kindWords(indicator: Indicator): string {
  if (indicator.kind === 'rate') return `een cijfer ${indicator.unit}`;
  return indicator.kind === 'count' ? 'een aantal' : 'een percentage';
}

/** The form of a period each frequency publishes; an irregular indicator may use any. */
const PERIOD_FORMS: Partial<Record<Indicator['frequency'], [RegExp, string]>> = {
  jaar: [/^\d{4}$/, 'een jaar (2024)'],
  tweejaarlijks: [/^\d{4}$/, 'een jaar (2024)'],
  halfjaar: [/^\d{4}-H[12]$/, 'een halfjaar (2024-H1)'],
  kwartaal: [/^\d{4}-Q[1-4]$/, 'een kwartaal (2024-Q1)'],
};

/** The first year a period may have: a typo (`0824`) lies before it. */
export const FIRST_YEAR = 1900;

/**
 * What is wrong with a period of `indicator` in a feed updated in `lastYear`: a form its frequency
 * does not publish (a half-year of a yearly indicator has no previous period to compare with), or a
 * year before 1900 or after the feed's update (a typo that would become every headline's figure).
 */
export function periodProblem(indicator: Indicator, period: string, lastYear: number): Problem | undefined {
  const form = PERIOD_FORMS[indicator.frequency];
  if (form && !form[0].test(period))
    return error(
      `"${period}" past niet bij frequentie ${indicator.frequency} van ${indicator.id}; verwacht ${form[1]}`,
    );
  const year = Number(periodYear(period));
  if (year < FIRST_YEAR || year > lastYear)
    return error(`"${period}" ligt buiten ${FIRST_YEAR}–${lastYear} (tot het jaar van de update van de feed)`);
  return undefined;
}

/** A figure for an area below the indicator's lowest level, which its source does not publish. */
export function levelProblem(indicator: Indicator, area: Area): Problem | undefined {
  if (AREA_LEVELS.indexOf(area.level) <= AREA_LEVELS.indexOf(indicator.lowestLevel)) return undefined;
  return error(
    `${indicator.id} gaat niet lager dan ${indicator.lowestLevel} (lowest_level); ${area.name} is een ${area.level}`,
  );
}

/** Every problem of a feed's cells, periods and areas, by its JSON path, for `miv-feed validate`. */
export function feedProblems(feed: Feed): { errors: FeedIssue[]; warnings: FeedIssue[] } {
  const errors: FeedIssue[] = [];
  const warnings: FeedIssue[] = [];
  const indicators = new Map(feed.indicators.map((i) => [i.id, i]));
  const areas = new Map(feed.areas.map((a) => [a.id, a]));
  const lastYear = Number(feed.meta.updated.slice(0, 4));
  const report = (path: string, problem: Problem | undefined) => {
    if (problem) (problem.severity === 'error' ? errors : warnings).push({ path, message: problem.message });
  };
  feed.series.forEach((s, i) => {
    const indicator = indicators.get(s.indicator);
    if (!indicator) return;
    const scale = rateScale(indicator);
    const area = areas.get(s.area);
    if (area) report(`series[${i}].area`, levelProblem(indicator, area));
    s.periods.forEach((period, j) => {
      report(`series[${i}].periods[${j}]`, periodProblem(indicator, period, lastYear));
      const value = s.values[j];
      if (value != null) report(`series[${i}].values[${j}]`, valueProblem(indicator, value, scale));
    });
  });
  return { errors, warnings };
}
