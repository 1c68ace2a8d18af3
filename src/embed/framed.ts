/**
 * What the iframe page (`embed.html`) shows: the element its address names, the line every page
 * shows in an element's place when its code cannot be loaded, or why the address names none.
 */
import { ElementsNotLoaded, loadAndDefine } from '../register.js';
import { HEIGHT_MESSAGE, type HeightMessage } from './protocol.js';
import { elementFromQuery, tagFromQuery } from './query.js';
import { logUnloaded, showUnloaded } from './unloaded.js';

/** Tells the host page how tall the framed content is, whenever that changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  const post = () => {
    const message: HeightMessage = {
      type: HEIGHT_MESSAGE,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    };
    // Only a height is sent, nothing private, so any host may read it: the host checks where it came from.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
}

/**
 * Loads and shows the element `query` names (one of `loaders`), and reports the page's height to
 * the host from then on, whatever it shows.
 */
export async function showFramed(
  loaders: Record<string, () => Promise<CustomElementConstructor>>,
  query: URLSearchParams,
): Promise<void> {
  const tag = tagFromQuery(query);
  const place = document.getElementById('miv-embed');
  try {
    // Only the named element is loaded; a name that is not one of ours loads nothing.
    await loadAndDefine(loaders, [tag]);
    const element = elementFromQuery(query);
    if (element) place?.append(element);
    else document.getElementById('miv-embed-error')?.removeAttribute('hidden');
  } catch (error) {
    // Its code could not be loaded: the element says so in its place, in the language the address
    // asks for, as on a page of the host's own (`defineOnSight`).
    const cause = error instanceof ElementsNotLoaded ? error.failures.get(tag) : error;
    logUnloaded(tag, cause);
    const element = document.createElement(tag);
    const lang = query.get('lang');
    if (lang) element.setAttribute('lang', lang);
    place?.append(element);
    showUnloaded(element, cause);
  }
  reportHeight();
}
