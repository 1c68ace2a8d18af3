/**
 * Every `miv-*` element, by tag, as a module loaded when needed: the one list that the embed scripts
 * (which load an element only when its tag appears in the page) and `define.ts` (which loads all)
 * read. A new element is one line here. The order is the definition order: `<miv-feed>` first,
 * because elements already in the page upgrade in definition order, and an element asks for its
 * feed context when it upgrades, so the provider must already be listening.
 */
export const elementModules = {
  'miv-feed': () => import('./components/miv-feed/miv-feed.js').then((m) => m.MivFeed),
  'miv-indicator': () => import('./components/miv-indicator/miv-indicator.js').then((m) => m.MivIndicator),
  'miv-district-compare': () =>
    import('./components/miv-district-compare/miv-district-compare.js').then((m) => m.MivDistrictCompare),
  'miv-area-picker': () => import('./components/miv-area-picker/miv-area-picker.js').then((m) => m.MivAreaPicker),
  'miv-theme': () => import('./components/miv-theme/miv-theme.js').then((m) => m.MivTheme),
  'miv-highlights': () => import('./components/miv-highlights/miv-highlights.js').then((m) => m.MivHighlights),
  'miv-profile': () => import('./components/miv-profile/miv-profile.js').then((m) => m.MivProfile),
  'miv-sources': () => import('./components/miv-sources/miv-sources.js').then((m) => m.MivSources),
  'miv-map': () => import('./components/miv-map/miv-map.js').then((m) => m.MivMap),
} satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type ElementTag = keyof typeof elementModules;
