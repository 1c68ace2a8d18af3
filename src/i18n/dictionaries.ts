/** Both dictionaries at once, for code that needs every language up front (the npm API, tools, tests). */
import { en } from './en.js';
import { nlHighlightWords } from './nl-highlights.js';
import { nlMapWords } from './nl-map.js';
import { addDutch, langOf, nl, registerStrings, type Lang, type Strings } from './strings.js';

registerStrings('en', en);
addDutch(nlMapWords);
addDutch(nlHighlightWords);

export const dictionaries: Record<Lang, Strings> = { nl, en };

/**
 * The dictionary for a language tag with every section and language in it: the npm API's
 * `stringsFor`. Inside the library `stringsFor` (`strings.ts`) lacks the Dutch words of the map and
 * the highlights until the modules that read them have loaded, and English until `loadStrings`.
 */
export function completeStringsFor(lang: string | null | undefined): Strings {
  return dictionaries[langOf(lang)];
}
