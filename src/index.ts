/**
 * The library's public API, free of side effects: import `miv-widgets/define` (or the embed script)
 * to register the elements.
 */
export { MivIndicator } from './components/miv-indicator/miv-indicator.js';
export type { MivErrorDetail } from './components/miv-chart-element.js';
export * from './feed/schema.js';
export { parseFeed, crossCheck } from './feed/validate.js';
export { loadFeed, clearFeedCache, DEFAULT_TIMEOUT_MS, type LoadOptions } from './feed/load.js';
export { MivError, type ErrorKind, type FeedIssue } from './feed/errors.js';
export { buildIndicatorModel, type IndicatorModel, type IndicatorQuery, type AreaSeries } from './model/indicator.js';
export { compareValues, differsSignificantly, type Change, type Judgement, type Direction } from './model/trend.js';
export { describeIndicator } from './model/summary.js';
export { formatNumber, formatPeriod, formatDate, formatPointValue, formatWithUnit } from './model/format.js';
export type { Point } from './model/series.js';
export { buildLineOption, type ChartContext } from './charts/line.js';
export { defaultChartTheme, type ChartTheme } from './charts/theme.js';
export { dictionaries, stringsFor, type Strings, type Lang } from './i18n/strings.js';
