/**
 * Registers every `miv-*` element. Safe to load twice (two embed scripts on one page): an element
 * that is already defined is left alone with a warning instead of an exception.
 */
import { MivIndicator } from './components/miv-indicator/miv-indicator.js';
import { MivDistrictCompare } from './components/miv-district-compare/miv-district-compare.js';
import { MivFeed } from './components/miv-feed/miv-feed.js';
import { MivAreaPicker } from './components/miv-area-picker/miv-area-picker.js';
import { MivTheme } from './components/miv-theme/miv-theme.js';
import { MivHighlights } from './components/miv-highlights/miv-highlights.js';

// <miv-feed> first: elements already in the page upgrade in definition order, and an element asks
// for its feed context when it upgrades, so the provider must already be listening.
const elements: Record<string, CustomElementConstructor> = {
  'miv-feed': MivFeed,
  'miv-indicator': MivIndicator,
  'miv-district-compare': MivDistrictCompare,
  'miv-area-picker': MivAreaPicker,
  'miv-theme': MivTheme,
  'miv-highlights': MivHighlights,
};

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
  else if (customElements.get(tag) !== element)
    console.warn(`miv-widgets: <${tag}> is al gedefinieerd; deze versie wordt overgeslagen.`);
}
