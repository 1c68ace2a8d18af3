/** Both dictionaries at once, for code that needs every language up front (the npm API, tools, tests). */
import { en } from './en.js';
import { nl, registerStrings, type Lang, type Strings } from './strings.js';

registerStrings('en', en);

export const dictionaries: Record<Lang, Strings> = { nl, en };
