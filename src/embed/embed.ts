/**
 * The page behind `embed.html`, for content management systems that strip scripts: the editor pastes
 * an `<iframe>` whose query string names the element and its attributes, e.g.
 * `embed.html?element=miv-indicator&src=…&indicator=woninginbraak&area=GM0758`.
 */
import { elementModules } from '../elements.js';
import { showFramed } from './framed.js';

// Not awaited at the top level: the element's chunks import what they share with this script from
// this script's own file, and would wait for it to finish evaluating while it waits for them.
void showFramed(elementModules, new URLSearchParams(location.search));
