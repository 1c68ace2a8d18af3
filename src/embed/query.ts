/**
 * Turns an untrusted query string into a widget. Only a registered `miv-*` element can be created,
 * only the attributes that element observes are copied, and every value goes through
 * `setAttribute`, so nothing in the address is ever parsed as markup.
 */

/** The element used when the address names none, so the shortest snippet stays short. */
const DEFAULT_ELEMENT = 'miv-indicator';

/** The element class for a tag, if it is one of ours. */
function mivElement(tag: string): (CustomElementConstructor & { observedAttributes?: string[] }) | undefined {
  return tag.startsWith('miv-') ? customElements.get(tag) : undefined;
}

/** The tag named by `?element=` (default `miv-indicator`), whether or not it is one of ours. */
export function tagFromQuery(query: URLSearchParams): string {
  return (query.get('element') ?? DEFAULT_ELEMENT).toLowerCase();
}

/** Builds the element named by `?element=` once it is defined; undefined for an unknown one. */
export function elementFromQuery(query: URLSearchParams): HTMLElement | undefined {
  const tag = tagFromQuery(query);
  const constructor = mivElement(tag);
  if (!constructor) return undefined;
  const allowed = new Set(constructor.observedAttributes ?? []);
  const element = document.createElement(tag);
  for (const [name, value] of query) {
    if (allowed.has(name)) element.setAttribute(name, value);
  }
  return element;
}
