/**
 * The page behind `embed.html`, for content management systems that strip scripts: the editor pastes
 * an `<iframe>` whose query string names the element and its attributes, e.g.
 * `embed.html?element=miv-indicator&src=…&indicator=woninginbraak&area=GM0758`.
 */
import { elementModules } from '../elements.js';
import { loadAndDefine } from '../register.js';
import { HEIGHT_MESSAGE, type HeightMessage } from './protocol.js';
import { elementFromQuery, tagFromQuery } from './query.js';

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

/** Loads and shows the element the query names, or says that it names none of ours. */
async function showElement(): Promise<void> {
  const query = new URLSearchParams(location.search);
  // Only the named element is loaded; a name that is not one of ours loads nothing.
  await loadAndDefine(elementModules, [tagFromQuery(query)]);
  const element = elementFromQuery(query);
  if (element) document.getElementById('miv-embed')?.append(element);
  else document.getElementById('miv-embed-error')?.removeAttribute('hidden');
  reportHeight();
}

// Not awaited at the top level: the element's chunks import what they share with this script from
// this script's own file, and would wait for it to finish evaluating while it waits for them.
void showElement();
