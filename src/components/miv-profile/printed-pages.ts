/**
 * The printed pages of every profile on a page. `@page` rules only work in a document-level style
 * sheet, so one constructed sheet in the document holds the rules of all of them. The first profile
 * in the document prints on the page without a name, so that what the site prints above it shares
 * its first sheet; each further one prints on a named page of its own (`page: miv-profile-2`, set
 * on its host through a sheet in its shadow root), which starts it on a new sheet with its own title
 * and area in the margins.
 */
import { pageRules, type PageHeader } from './page-rules.js';

interface PrintedProfile {
  header: PageHeader;
  fontFamily: string;
  /** The sheet in the profile's shadow root that names its page. */
  pageName: CSSStyleSheet;
  /** The name that sheet gives now: `''` for the page without a name. */
  named?: string;
}

const profiles = new Map<Element, PrintedProfile>();
/** Created on first use, as a constructed sheet needs a browser. */
let documentSheet: CSSStyleSheet | undefined;
let written = '';

/** Prints `profile` with `header` in its page margins, or, without a header, takes its rules away. */
export function setPrintedPage(
  profile: Element,
  pageName: CSSStyleSheet,
  header: PageHeader | undefined,
  fontFamily = '',
): void {
  const known = profiles.get(profile);
  if (header) profiles.set(profile, { header, fontFamily, pageName, named: known?.named });
  else if (known) {
    profiles.delete(profile);
    pageName.replaceSync('');
  } else return;
  writeRules();
}

function writeRules(): void {
  const inOrder = [...profiles.entries()].sort(([a], [b]) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const rules = inOrder.map(([, printed], i) => {
    const name = i === 0 ? '' : `miv-profile-${i + 1}`;
    // Only on a change: a new text makes the profile's styles be computed again.
    if (printed.named !== name) printed.pageName.replaceSync(name ? `:host { page: ${name}; }` : '');
    printed.named = name;
    return pageRules(printed.header, printed.fontFamily, name);
  });
  const text = rules.join('\n');
  documentSheet ??= new CSSStyleSheet();
  if (text !== written) documentSheet.replaceSync(text);
  written = text;
  const sheet = documentSheet;
  const adopted = document.adoptedStyleSheets.includes(sheet);
  if (rules.length && !adopted) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  else if (!rules.length && adopted)
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}
