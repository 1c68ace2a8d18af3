/**
 * The printed page of a profile: A4 with the title, area, feed date and page number in the page
 * margins. `@page` rules only work in a document-level style sheet, not in a shadow root, so the
 * element adopts these into the document (a constructed sheet, which a strict Content Security
 * Policy allows where it would block a `<style>` element). Feed text ends up inside CSS strings,
 * escaped so that it can never close the string or the rule.
 */

export interface PageHeader {
  title: string;
  area: string;
  /** The feed's date, as words: `Stand: 15 juni 2026`. */
  updated: string;
  /** `Pagina {page} van {pages}`. */
  pageNumber: string;
  /** The fictitious-data mark, on every page of a sample feed. */
  sample?: string;
}

/** Page margins in millimetres: the header and footer lines sit in them. */
const PAGE_MARGIN_MM = { top: 18, right: 14, bottom: 16, left: 14 } as const;

/** Characters that could end a string or a rule, or read as markup, besides control characters. */
const ESCAPED = '\\"\'<>';

/**
 * A CSS string literal of `text`. Quotes, backslashes, angle brackets and control characters become
 * hexadecimal escapes (`\22 `), so the text stays one string whatever it holds.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (c) => {
    const code = c.codePointAt(0)!;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    return control || ESCAPED.includes(c) ? `\\${code.toString(16)} ` : c;
  });
  return `"${escaped.join('')}"`;
}

/** `Pagina {page} van {pages}` as the value of `content`: strings around the page counters. */
export function pageNumberContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** A font-family list as computed styles give it: names, quotes, commas, spaces, hyphens. */
const FONT_FAMILY = /^[\w\s,"'-]+$/;

/**
 * The document-level rules for printing a profile. `fontFamily` (the element's computed font) sets
 * the header and footer lines in the same font as the profile; anything else in it is ignored.
 * `name` makes them the rules of a named page (`@page miv-profile-2`), which also takes what the
 * page without a name sets: every margin box is written, empty where this profile has nothing.
 */
export function pageRules(header: PageHeader, fontFamily = '', name = ''): string {
  const font = FONT_FAMILY.test(fontFamily) ? ` font-family: ${fontFamily};` : '';
  const box = `font-size: 8.5pt; color: #444;${font}`;
  return `@page ${name ? `${name} ` : ''}{
  size: A4;
  margin: ${PAGE_MARGIN_MM.top}mm ${PAGE_MARGIN_MM.right}mm ${PAGE_MARGIN_MM.bottom}mm ${PAGE_MARGIN_MM.left}mm;
  @top-left { content: ${cssString(header.title)}; ${box} font-weight: 700; }
  @top-right { content: ${cssString(`${header.area} · ${header.updated}`)}; ${box} }
  @bottom-right { content: ${pageNumberContent(header.pageNumber)}; ${box} }
  @bottom-left { content: ${header.sample ? cssString(header.sample) : 'none'}; ${box} }
}`;
}
