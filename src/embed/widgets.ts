/**
 * `miv-widgets.js`, the embed script: defines each `miv-*` element when its tag first appears in
 * the page, so a page downloads only the elements it uses (see `defineOnSight`).
 */
import { elementModules } from '../elements.js';
import { nearModules } from './near-modules.js';
import { defineOnSight } from '../register.js';
import { requestFeedEarly } from './early-feeds.js';

defineOnSight(elementModules, nearModules, requestFeedEarly);
