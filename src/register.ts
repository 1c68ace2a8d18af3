/**
 * Defines custom elements, safely when an embed script is loaded twice (or two scripts of this
 * library meet on one page): an element that is already defined is left alone with a warning
 * instead of an exception.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
    else if (customElements.get(tag) !== element)
      console.warn(`miv-widgets: <${tag}> is al gedefinieerd; deze versie wordt overgeslagen.`);
  }
}
