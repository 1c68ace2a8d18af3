/**
 * Marker for the indicator gallery. `.storybook/gallery.ts` indexes one story per indicator of the
 * sample feed when it finds this file, and serves their modules from the feed; this file itself is
 * never loaded. The stories render `galleryStory` of `./indicator-card.ts`.
 */
export {};
