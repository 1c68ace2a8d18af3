/** Registers every `miv-*` element (see `register.ts` for loading it twice). */
import { MivIndicator } from './components/miv-indicator/miv-indicator.js';
import { MivDistrictCompare } from './components/miv-district-compare/miv-district-compare.js';
import { MivFeed } from './components/miv-feed/miv-feed.js';
import { MivAreaPicker } from './components/miv-area-picker/miv-area-picker.js';
import { MivTheme } from './components/miv-theme/miv-theme.js';
import { MivHighlights } from './components/miv-highlights/miv-highlights.js';
import { MivProfile } from './components/miv-profile/miv-profile.js';
import { MivSources } from './components/miv-sources/miv-sources.js';
import { MivMap } from './components/miv-map/miv-map.js';
import { defineElements } from './register.js';

// <miv-feed> first: elements already in the page upgrade in definition order, and an element asks
// for its feed context when it upgrades, so the provider must already be listening.
defineElements({
  'miv-feed': MivFeed,
  'miv-indicator': MivIndicator,
  'miv-district-compare': MivDistrictCompare,
  'miv-area-picker': MivAreaPicker,
  'miv-theme': MivTheme,
  'miv-highlights': MivHighlights,
  'miv-profile': MivProfile,
  'miv-sources': MivSources,
  'miv-map': MivMap,
});

// Their typings, so that `import 'miv-widgets/define'` also declares the tags for TypeScript users.
export type {
  MivFeed,
  MivIndicator,
  MivDistrictCompare,
  MivAreaPicker,
  MivTheme,
  MivHighlights,
  MivProfile,
  MivSources,
  MivMap,
};
