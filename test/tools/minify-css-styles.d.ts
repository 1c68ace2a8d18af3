/** Types for minify-css-styles.js, which rollup.config.js (plain JS) and its Node test share. */
import type MagicString from 'magic-string';
import type { Plugin } from 'rollup';

export function minifiedCss(raw: string, first?: boolean, last?: boolean): string;
export function withMinifiedCss(code: string): MagicString;
export function minifyCssStyles(): Plugin;
