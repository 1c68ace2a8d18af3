/**
 * Registers every `miv-*` element (see `register.ts` for loading it twice). The modules load in
 * parallel and are defined in the order of `elements.ts`; importing this module resolves once all
 * are defined.
 */
import { elementModules } from './elements.js';
import { loadAndDefine } from './register.js';
import type { MivIndicator } from './components/miv-indicator/miv-indicator.js';
import type { MivDistrictCompare } from './components/miv-district-compare/miv-district-compare.js';
import type { MivFeed } from './components/miv-feed/miv-feed.js';
import type { MivAreaPicker } from './components/miv-area-picker/miv-area-picker.js';
import type { MivTheme } from './components/miv-theme/miv-theme.js';
import type { MivHighlights } from './components/miv-highlights/miv-highlights.js';
import type { MivProfile } from './components/miv-profile/miv-profile.js';
import type { MivSources } from './components/miv-sources/miv-sources.js';
import type { MivMap } from './components/miv-map/miv-map.js';

await loadAndDefine(elementModules, Object.keys(elementModules));

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
