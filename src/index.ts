/**
 * The library's public API, free of side effects: import `miv-widgets/define` (or the embed script)
 * to register the elements.
 */
export { MivIndicator } from './components/miv-indicator/miv-indicator.js';
export { MivDistrictCompare } from './components/miv-district-compare/miv-district-compare.js';
export {
  buildCompareModel,
  describeComparison,
  type CompareModel,
  type CompareQuery,
  type CompareRow,
  type CompareReference,
  type CompareLevel,
  type CompareSort,
} from './model/compare.js';
export { buildBarOption, barTooltip } from './charts/bar.js';
export { MivFeed } from './components/miv-feed/miv-feed.js';
export { MivAreaPicker } from './components/miv-area-picker/miv-area-picker.js';
export { MivTheme } from './components/miv-theme/miv-theme.js';
export { MivHighlights } from './components/miv-highlights/miv-highlights.js';
export { MivProfile } from './components/miv-profile/miv-profile.js';
export {
  buildProfile,
  type Profile,
  type ProfileQuery,
  type ProfileTheme,
  type ProfileIndicator,
  type CardNote,
  type ProfileFinding,
} from './model/profile.js';
export { MivSources } from './components/miv-sources/miv-sources.js';
export { MivMap } from './components/miv-map/miv-map.js';
export { buildMapModel, describeMap, type MapModel, type MapQuery, type MapRegion } from './model/map.js';
export { mapClasses, classOf, type ClassMethod, type MapClass, type MapClasses } from './model/map-classes.js';
export { buildMapOption, mapTooltip } from './charts/map.js';
export type { MivSelectDetail } from './components/miv-data-element.js';
export {
  readView,
  viewHref,
  announceView,
  QUERY_PARAMS,
  VIEW_CHANGE_EVENT,
  type ViewState,
  type ViewKey,
} from './view/view-state.js';
export { feedContext, type FeedContext } from './context/feed-context.js';
export { buildThemeOverview, type ThemeOverview, type ThemeCard, type ThemeSort } from './model/theme-overview.js';
export {
  detectHighlights,
  authoredHighlights,
  sharedByOthers,
  findingHref,
  DETECTION_RULES,
  type DetectedHighlight,
  type FindingView,
  type HighlightRule,
} from './model/highlights.js';
export { sparkline, type SparklineGeometry } from './charts/sparkline.js';
export type { MivErrorDetail } from './components/miv-chart-element.js';
export * from './feed/schema.js';
export { feedSchema } from './feed/feed-schema.js';
export { parseFeed, crossCheck } from './feed/validate.js';
export {
  loadFeed,
  clearFeedCache,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WORKER_MIN_BYTES,
  type LoadOptions,
} from './feed/load.js';
export { MivError, type ErrorKind, type FeedIssue } from './feed/errors.js';
export { buildIndicatorModel, type IndicatorModel, type IndicatorQuery, type AreaSeries } from './model/indicator.js';
export {
  compareValues,
  differsSignificantly,
  testDifference,
  SMALL_COUNT,
  type Change,
  type ComparisonContext,
  type Judgement,
  type Direction,
  type Significance,
} from './model/trend.js';
export { describeIndicator, describeChart, groupSentences } from './model/summary.js';
export { citationText, compareCitation, indicatorCitation, type CitationParts } from './model/citation.js';
export { sourceOf } from './model/series.js';
export {
  ratePoint,
  rateOfCount,
  indicatorAsRate,
  indexPoints,
  indicatorAsIndex,
  defaultBase,
  type Measure,
  type Scale,
  type IndexProblem,
} from './model/rates.js';
export { formatNumber, formatPeriod, formatDate, formatPointValue, formatWithUnit } from './model/format.js';
export type { Point } from './model/series.js';
export { buildLineOption, lineTooltip } from './charts/line.js';
export type { ChartContext, ChartContextWithTheme, TooltipValue, TooltipWords } from './charts/shared.js';
export { defaultChartTokens, type ChartTokens, type MapTokens } from './tokens/chart-tokens.js';
export { defaultChartTheme, type ChartTheme } from './tokens/deprecated.js';
export { loadStrings, type Strings, type Lang, type ChangeWords } from './i18n/strings.js';
export { dictionaries, completeStringsFor as stringsFor } from './i18n/dictionaries.js';
