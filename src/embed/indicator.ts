/**
 * `miv-indicator.js`, the embed script for pages of indicator charts only: `<miv-feed>` and
 * `<miv-indicator>`, each defined when its tag first appears. It may meet `miv-widgets.js` on one page.
 */
import { elementModules } from '../elements.js';
import { nearModules } from './near-modules.js';
import { defineOnSight } from '../register.js';
import { requestFeedEarly } from './early-feeds.js';

const { 'miv-feed': feed, 'miv-indicator': indicator } = elementModules;
defineOnSight(
  { 'miv-feed': feed, 'miv-indicator': indicator },
  { 'miv-indicator': nearModules['miv-indicator']! },
  requestFeedEarly,
);
