/**
 * Registers every `miv-*` element. Safe to load twice (two embed scripts on one page): an element
 * that is already defined is left alone with a warning instead of an exception.
 */
import { MivIndicator } from './components/miv-indicator/miv-indicator.js';

const elements: Record<string, CustomElementConstructor> = {
  'miv-indicator': MivIndicator,
};

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
  else if (customElements.get(tag) !== element)
    console.warn(`miv-widgets: <${tag}> is al gedefinieerd; deze versie wordt overgeslagen.`);
}
