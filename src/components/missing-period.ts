/**
 * What `<miv-district-compare>` and `<miv-map>` say when the period asked for has no figures, or the
 * highlighted area none that can exist: their own module, so that a page with line charts only does
 * not load it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { absentHighlightSentence, type CompareModel } from '../model/compare.js';
import { formatPeriod } from '../model/format.js';
import { renderPeriodNotice } from './parts.js';
import { styleProperties } from './style-properties.js';

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

/**
 * The notice over a comparison or a map without the highlighted area, which did not exist in the
 * period shown (`CompareModel.absentHighlight`). No `miv-error`: no figure is missing, as the line
 * chart of an area that ended says too. Dutch words in an element of another language are marked so,
 * in a wrapper without a box of its own, which changes no layout.
 */
export function renderAbsentHighlight(compare: CompareModel, strings: Strings): TemplateResult | typeof nothing {
  const said = absentHighlightSentence(compare, strings);
  if (!said) return nothing;
  const notice = renderPeriodNotice(said.text);
  return said.lang ? html`<div lang=${said.lang} ${styleProperties({ display: 'contents' })}>${notice}</div>` : notice;
}
