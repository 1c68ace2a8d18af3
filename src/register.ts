import { holdPlaces } from './embed/hold-places.js';
import { logUnloaded, showUnloaded } from './embed/unloaded.js';
import { yieldToPage } from './scheduling.js';

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

type ElementLoaders = Record<string, () => Promise<CustomElementConstructor>>;

/** The elements whose module could not be loaded, each with the cause; the others were defined. */
export class ElementsNotLoaded extends Error {
  constructor(readonly failures: ReadonlyMap<string, unknown>) {
    super(`miv-widgets: ${[...failures.keys()].map((tag) => `<${tag}>`).join(', ')} kon niet worden geladen`);
  }
}

/**
 * Loads the modules of `tags` at once and defines them in the order of `loaders`, so that a
 * `<miv-feed>` is always defined before the elements inside it, however fast each module arrives;
 * each kind in a task of its own, so that a page of several kinds does not upgrade and render all
 * of them in one long task. A module that fails to load leaves the others to be defined, then
 * rejects with `ElementsNotLoaded`.
 */
export async function loadAndDefine(loaders: ElementLoaders, tags: Iterable<string>): Promise<void> {
  const wanted = new Set(tags);
  const ordered = Object.keys(loaders).filter((tag) => wanted.has(tag));
  const loaded = await Promise.allSettled(ordered.map((tag) => loaders[tag]!()));
  const failures = new Map<string, unknown>();
  for (const [i, tag] of ordered.entries()) {
    const result = loaded[i]!;
    if (result.status === 'rejected') {
      failures.set(tag, result.reason);
      continue;
    }
    if (i > 0) await yieldToPage();
    defineElements({ [tag]: result.value });
  }
  if (failures.size > 0) throw new ElementsNotLoaded(failures);
}

/**
 * Defines each element when its tag first appears: in the document now, added later, or inside the
 * shadow root of a `miv-*` element (such as one that renders others). A page pays only for the
 * elements it uses; until its module arrives an element is an unknown tag, which holds its
 * placeholder's height where that is its shape (`holdPlaces`). What an element needs
 * once near the viewport (`nearModules`, the chart engine) starts loading as soon as one is, and
 * `onSight` sees every element first (the embed scripts start its feed request there).
 */
export function defineOnSight(
  loaders: ElementLoaders,
  nearModules: Record<string, () => Promise<unknown>> = {},
  onSight: (element: Element) => void = () => {},
): void {
  const release = holdPlaces(Object.keys(loaders));
  const selector = Object.keys(loaders).join(',');
  const seen = new Set<string>();
  const watched = new WeakSet<Element>();
  /** The elements of each kind still waiting for their module, to be told if it fails. */
  const waiting = new Map<string, Set<Element>>();
  let queue = Promise.resolve();
  // Same margin as the chart's own (chart-controller.ts): what an element needs near the viewport.
  const nearness = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) startNearModule(entry.target);
    },
    { rootMargin: '200px' },
  );
  function startNearModule(el: Element): void {
    nearness.unobserve(el);
    // A failure is the element's to report, when it loads the same module itself.
    nearModules[el.localName]?.().catch(() => {});
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  const watch = (root: Document | ShadowRoot) => {
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };
  function scan(root: ParentNode): void {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root);
    for (const el of found) {
      if (watched.has(el)) continue;
      watched.add(el);
      onSight(el);
      if (!customElements.get(el.localName)) {
        let kind = waiting.get(el.localName);
        if (!kind) waiting.set(el.localName, (kind = new Set()));
        kind.add(el);
      }
      if (nearModules[el.localName]) {
        if (el.getAttribute('loading') === 'eager') startNearModule(el);
        else nearness.observe(el);
      }
      // Once upgraded, the element has its (open) shadow root, where it may render others.
      void customElements.whenDefined(el.localName).then(() => el.shadowRoot && watch(el.shadowRoot));
    }
    const fresh = [...new Set(found.map((el) => el.localName))].filter((tag) => !seen.has(tag));
    if (fresh.length === 0) return;
    for (const tag of fresh) seen.add(tag);
    // One batch at a time, so a later batch cannot define an element before an earlier batch's feed.
    queue = queue.then(() =>
      loadAndDefine(loaders, fresh).then(
        () => {
          for (const tag of fresh) waiting.delete(tag);
        },
        (error: unknown) => {
          const failures = error instanceof ElementsNotLoaded ? error.failures : new Map(fresh.map((t) => [t, error]));
          for (const tag of fresh) if (!failures.has(tag)) waiting.delete(tag);
          for (const [tag, cause] of failures) failed(tag, cause);
        },
      ),
    );
  }
  /**
   * Each element of the kind says so in its place, and no longer holds a height for content that
   * will not come; an element of that kind added later tries the module again.
   */
  function failed(tag: string, cause: unknown): void {
    const elements = waiting.get(tag) ?? [];
    waiting.delete(tag);
    seen.delete(tag);
    release(tag);
    logUnloaded(tag, cause);
    for (const el of elements) showUnloaded(el, cause);
  }
  watch(document);
}
