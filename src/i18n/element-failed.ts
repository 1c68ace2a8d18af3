/**
 * What an element says in its place when its own code could not be loaded (a chunk gone from a
 * self-hosted folder after an upgrade, a broken connection). Apart from the dictionary, which
 * travels in the elements' chunks: the embed script must be able to say it without them.
 */
import type { Lang } from './strings.js';

export const elementFailed: Readonly<Record<Lang, string>> = {
  nl: 'Dit onderdeel kon niet worden geladen. Probeer het later opnieuw.',
  en: 'This part could not be loaded. Please try again later.',
};
