/**
 * Takes the comments out of lit's `css` styles for the builds. They explain the CSS in the source; in
 * the build they would stay, as the strings they are part of, in every visitor's download (2,8 KB of
 * text, 1,2 KB gzip of one line chart's code on 2026-12-05). Each comment becomes the newlines it
 * held, so that the source map stays right to the line. A style with a template inside
 * (`${unsafeCSS(`…`)}`) is read up to that template's backtick only: nothing else is touched.
 * `test/node/css-without-comments.test.ts` checks, with Chromium's CSS parser, that no style of the
 * sources changes but for its comments.
 */

/** Every `css` style in `code`: the tag and its template, as far as it has no template inside. */
export const CSS_STYLE = /\bcss`(?:[^`\\]|\\[\s\S])*`/g;

/** `code` with the comments of its `css` styles taken out, each replaced by the newlines it held. */
export function withoutCssComments(code) {
  return code.replaceAll(CSS_STYLE, (style) =>
    style.replaceAll(/\/\*[\s\S]*?\*\//g, (comment) => comment.replaceAll(/[^\n]/g, '')),
  );
}

/** The rollup plugin, for our TypeScript sources. */
export function cssWithoutComments() {
  return {
    name: 'css-without-comments',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      const stripped = withoutCssComments(code);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
