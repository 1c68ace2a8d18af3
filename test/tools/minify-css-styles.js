/**
 * Minifies lit's `css` styles for the builds. Their comments explain the CSS in the source, and
 * their indentation shows its structure; terser leaves a template's text alone, so in the build both
 * would reach every visitor (1,7 KB gzip of one bar chart, measured 2026-12-06; the comments alone
 * were taken out before, but not from a style with a template inside a `${…}`). Only comments and
 * whitespace go: no rule, value or selector is rewritten, beside a `${…}` a space stays where there
 * was one, and what it cannot read safely (a backslash outside a string) stops the build. The styles
 * are found by rollup's JavaScript parser, so a template inside a `${…}` is read right and left
 * alone. `test/node/minify-css-styles.test.ts` checks the cases where whitespace or a comment
 * matters, and, with Chromium's CSS parser, that every style of the sources reads the same before
 * and after.
 *
 * Not used: @lit-labs/rollup-plugin-minify-html-literals, whose CSS minifier (lightningcss) cannot
 * parse a `${…}` in a selector or a media query, and so left the shared styles as they were.
 */
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';

/**
 * The CSS tokens that matter here: whitespace (group 1); a comment (group 2); a string, an unquoted
 * `url(…)` (whose text may hold `/*`), or another run of text; and what is none of these (group 3): a
 * string or comment left open at a `${…}`, or a backslash outside a string, which is refused. A CSS
 * escape is written `\\` in the template's raw text, and is not worth reading right here.
 */
const TOKEN =
  /(\s+)|(\/\*[\s\S]*?\*\/)|"(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*'|url\((?!\s*["'])[^)]*\)?|url\(|(?:(?!url\()[^\s"'\\/])+|\/(?!\*)|([\s\S])/giy;

/** Whitespace means nothing in CSS beside these, nor after the `:` of a declaration. */
const NO_SPACE_BEFORE = new Set(['{', '}', ';']);
const NO_SPACE_AFTER = new Set(['{', '}', ';', ':']);

/**
 * Whether whitespace between `before` (the output so far) and `token` must stay as one space: not
 * beside `{`, `}`, `;`, nor after a `:`, but a custom property's value of only a space (`--x: ;`)
 * keeps it, as older browsers refuse an empty one.
 */
function spaceMatters(before, token) {
  const last = before.at(-1);
  if (last === ':' && /^[;})]/.test(token)) return true;
  return !NO_SPACE_AFTER.has(last) && !NO_SPACE_BEFORE.has(token[0]);
}

/**
 * One piece of a style (the raw text of its template between two `${…}`), minified: whitespace
 * becomes one space where it means something, and a comment goes. A comment with no whitespace on
 * either side stays, emptied: CSS reads `.a`, a comment and `.b` as one selector, and `.a .b` would be
 * two. `first` and `last` say whether the piece starts or ends the style.
 */
export function minifiedCss(raw, first = true, last = true) {
  let out = '';
  let space = false;
  let glued = false;
  const atStart = () => first && out === '';
  for (const [token, blank, comment, refused] of raw.matchAll(TOKEN)) {
    if (refused) {
      const what = refused === '\\' ? 'a backslash outside a string' : 'a comment or string left open';
      throw new Error(`a css style has ${what} at: ${raw.slice(0, 80)}`);
    }
    if (blank) {
      space = true;
      glued = false;
    } else if (comment) {
      glued ||= !space;
    } else {
      if (glued && !atStart()) out += '/**/';
      else if (space && !atStart() && spaceMatters(out, token)) out += ' ';
      out += token;
      space = glued = false;
    }
  }
  if (last || atStart()) return out;
  if (glued) return `${out}/**/`;
  return space && !NO_SPACE_AFTER.has(out.at(-1)) ? `${out} ` : out;
}

/** Every `css` tagged template in `node`, an ESTree AST. */
function* cssTemplates(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* cssTemplates(child);
  } else if (node && typeof node.type === 'string') {
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
      yield node.quasi;
    }
    for (const [key, value] of Object.entries(node))
      if (key !== 'type' && typeof value === 'object') yield* cssTemplates(value);
  }
}

/** `code` (JavaScript) with its `css` styles minified, as a MagicString (for the source map). */
export function withMinifiedCss(code) {
  const edited = new MagicString(code);
  for (const template of cssTemplates(parseAst(code))) {
    template.quasis.forEach((piece, i) => {
      if (piece.start < piece.end)
        edited.overwrite(piece.start, piece.end, minifiedCss(piece.value.raw, i === 0, piece.tail));
    });
  }
  return edited;
}

/** The rollup plugin, for our sources once esbuild has made them JavaScript. */
export function minifyCssStyles() {
  return {
    name: 'minify-css-styles',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      const minified = withMinifiedCss(code);
      return minified.hasChanged() ? { code: minified.toString(), map: minified.generateMap({ hires: true }) } : null;
    },
  };
}
