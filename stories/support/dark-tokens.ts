/**
 * A dark host page's tokens (contrast checked against the background: text 15:1, muted 9:1). Shared
 * by the dark stories and the visual tests, so it imports nothing.
 */
export const DARK_TOKEN_VALUES: Record<string, string> = {
  '--miv-color-background': '#121212',
  '--miv-color-text': '#ececec',
  '--miv-color-text-muted': '#b8b8b8',
  '--miv-color-link': '#8cc4ff',
  '--miv-color-border': '#5c5c5c',
  '--miv-color-axis': '#9a9a9a',
  '--miv-color-grid': '#333333',
  '--miv-color-band': 'rgba(108, 180, 255, 0.25)',
  '--miv-color-break': '#c4c4c4',
  '--miv-color-special-period': 'rgba(255, 255, 255, 0.09)',
  '--miv-color-series-1': '#6cb4ff',
  '--miv-color-series-2': '#ffa64d',
  '--miv-color-series-3': '#3c8554',
  '--miv-color-series-4': '#8e61c6',
  '--miv-color-series-5': '#e55996',
  '--miv-color-series-6': '#a68910',
  '--miv-color-favourable': '#5fd3a8',
  '--miv-color-unfavourable': '#ff8a80',
  '--miv-color-neutral': '#c4c4c4',
  '--miv-focus-outline-color': '#8cc4ff',
};

/** The same tokens as an inline style. */
export const DARK_TOKENS = Object.entries(DARK_TOKEN_VALUES)
  .map(([name, value]) => `${name}: ${value};`)
  .join(' ');
