/**
 * What `<miv-district-compare>` and `<miv-map>` say when the period asked for has no figures: their
 * own module, so that a page with line charts only does not load it.
 */
import { nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { CompareModel } from '../model/compare.js';
import { formatPeriod } from '../model/format.js';
import { renderPeriodNotice } from './parts.js';

/**
 * The notice over a comparison or a map that shows the latest period in place of one asked for
 * without figures (`CompareModel.missingPeriod`); `report` announces it as `miv-error` as well.
 */
export function renderMissingPeriod(
  compare: CompareModel,
  strings: Strings,
  report: (message: string, id: string) => void,
): TemplateResult | typeof nothing {
  const asked = compare.missingPeriod;
  if (asked === undefined) return nothing;
  report(`Geen cijfers voor ${compare.indicator.id} in ${asked}`, compare.indicator.id);
  return renderPeriodNotice(strings.periodMissing(asked, formatPeriod(compare.period, strings)));
}
