/**
 * Names of version 0.1, from before "theme" came to mean only a topic of the monitor (a thema) and
 * the colour side became "tokens". Kept for one minor version; see CHANGELOG.md.
 */
import { defaultChartTokens, type ChartTokens } from './chart-tokens.js';

/** @deprecated Use `ChartTokens`; this name goes in version 0.3.0. */
export type ChartTheme = ChartTokens;

/** @deprecated Use `defaultChartTokens`; this name goes in version 0.3.0. */
export const defaultChartTheme: ChartTokens = defaultChartTokens;
