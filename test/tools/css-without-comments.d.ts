/** Types for css-without-comments.js, which rollup.config.js (plain JS) and its Node test share. */
import type { Plugin } from 'rollup';

export const CSS_STYLE: RegExp;
export function withoutCssComments(code: string): string;
export function cssWithoutComments(): Plugin;
