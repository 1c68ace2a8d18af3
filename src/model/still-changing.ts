/**
 * Which of the figures shown may still change, in words, for text that travels without their `*`: a
 * citation copied into a council letter, an exported map. A period in which every figure shown is
 * (nader) voorlopig is named alone (`De cijfers van 2025 zijn voorlopig …`); where only some areas'
 * are, those areas are named (`Het cijfer van Nederland over 2025 is voorlopig …`), so that a final
 * figure beside them is not made provisional.
 */
import { PROVISIONAL_STATUSES } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { formatPeriod, listOf } from './format.js';
import { hasValue, sortPeriods, type Point } from './series.js';

/** A figure shown, with the name of its area. */
export interface ShownFigure {
  area: string;
  point: Point;
}

/** One sentence per status and set of areas, naming its periods. */
export function stillChanging(figures: readonly ShownFigure[], strings: Strings): string[] {
  const shown = figures.filter((f) => hasValue(f.point));
  return PROVISIONAL_STATUSES.flatMap((status) => {
    const marked = shown.filter((f) => f.point.status === status);
    // The periods of each set of areas whose figures have the status; '' where every figure has it.
    const groups = new Map<string, { areas: string[]; periods: string[] }>();
    for (const period of sortPeriods([...new Set(marked.map((f) => f.point.period))])) {
      const areas = [...new Set(marked.filter((f) => f.point.period === period).map((f) => f.area))];
      const whole = shown.every((f) => f.point.period !== period || f.point.status === status);
      const key = whole ? '' : areas.join('\n');
      const group = groups.get(key) ?? { areas: whole ? [] : areas, periods: [] };
      group.periods.push(period);
      groups.set(key, group);
    }
    return [...groups.values()].map(({ areas, periods }) => {
      const list = listOf(
        periods.map((p) => formatPeriod(p, strings, true)),
        strings,
      );
      const words = strings.status[status];
      return areas.length
        ? strings.citation.provisionalOf(list, listOf(areas, strings), areas.length * periods.length, words)
        : strings.citation.provisional(list, words);
    });
  });
}
