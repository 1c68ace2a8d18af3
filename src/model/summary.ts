/** The plain-language description of an indicator chart: the chart's text alternative. */
import type { Strings } from '../i18n/strings.js';
import type { IndicatorModel } from './indicator.js';
import { formatPeriod, formatWithUnit } from './format.js';
import { keyPoints } from './trend.js';

export function describeIndicator(model: IndicatorModel, strings: Strings): string {
  const { indicator, shownArea, latest, changePrevious } = model;
  const sentences: string[] = [];
  if (model.fallback) sentences.push(strings.fallback(model.area.name, shownArea.name));
  if (!latest || latest.value === null) return [...sentences, strings.summary.noData(shownArea.name)].join(' ');
  sentences.push(
    strings.summary.latest(
      shownArea.name,
      formatWithUnit(latest.value, indicator, strings),
      formatPeriod(latest.period, strings),
    ),
  );
  if (changePrevious && changePrevious.from.value !== null) {
    const direction =
      changePrevious.direction === 'same' && indicator.kind === 'survey'
        ? `${strings.direction.same} (${strings.surveyEqual})`
        : strings.direction[changePrevious.direction];
    sentences.push(
      strings.summary.change(
        direction,
        formatWithUnit(changePrevious.from.value, indicator, strings),
        formatPeriod(changePrevious.from.period, strings),
      ),
    );
  }
  for (const s of model.series.slice(1)) {
    const point = s.points.find((p) => p.period === latest.period) ?? keyPoints(s.points).latest;
    if (point?.value != null)
      sentences.push(strings.summary.compare(s.area.name, formatWithUnit(point.value, indicator, strings)));
  }
  return sentences.join(' ');
}
