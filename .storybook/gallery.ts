/**
 * The indicator gallery: one story per indicator of the sample feed, grouped by theme, generated
 * from the feed when Storybook builds. CSF needs static exports, so an indexer lists the stories
 * from the feed and a Vite plugin serves one virtual CSF module per theme with those exports.
 * Adding an indicator or a theme to the feed adds its story; nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Indexer, StoryIndexInput } from 'storybook/internal/types';
import type { Plugin } from 'vite';

const FEED_PATH = fileURLToPath(new URL('../examples/data/sample-feed.json', import.meta.url));
const STORY_HELPERS = fileURLToPath(new URL('../stories/gallery/indicator-card.ts', import.meta.url));
const VIRTUAL_PREFIX = 'virtual:miv-gallery/';
/** Vite's convention for ids that no other plugin should try to resolve or transform. */
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;
export const GALLERY_TITLE = 'Indicator gallery';

interface GalleryTheme {
  id: string;
  title: string;
  indicators: { id: string; title: string }[];
}

interface FeedOutline {
  themes: { id: string; title: string; order: number }[];
  indicators: { id: string; title: string; theme: string }[];
}

/** The themes of the sample feed in their order, each with its indicators in feed order. */
function galleryThemes(): GalleryTheme[] {
  const feed = JSON.parse(readFileSync(FEED_PATH, 'utf8')) as FeedOutline;
  return [...feed.themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({
      id: theme.id,
      title: theme.title,
      indicators: feed.indicators.filter((i) => i.theme === theme.id).map(({ id, title }) => ({ id, title })),
    }))
    .filter((theme) => theme.indicators.length > 0);
}

/** `mensenhandel-seksuele-uitbuiting` → `mensenhandelSeksueleUitbuiting`, a valid export name. */
export function exportNameOf(id: string): string {
  const camel = id.replace(/[-_]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
  return /^[a-z_$]/i.test(camel) ? camel : `_${camel}`;
}

/** Finds the marker file in `stories/`, and indexes the gallery stories of the feed instead of it. */
export const galleryIndexer: Indexer = {
  test: /indicators\.gallery\.ts$/,
  createIndex: async () =>
    galleryThemes().flatMap((theme) =>
      theme.indicators.map((indicator): StoryIndexInput => ({
        type: 'story',
        importPath: `${VIRTUAL_PREFIX}${theme.id}`,
        exportName: exportNameOf(indicator.id),
        name: indicator.title,
        title: `${GALLERY_TITLE}/${theme.title}`,
        // One theme's page of 20 live charts helps nobody; the review page lists them all instead.
        tags: ['!autodocs', 'gallery'],
      })),
    ),
};

/** Serves `virtual:miv-gallery/<theme>` as a CSF module with one export per indicator of that theme. */
export function galleryPlugin(): Plugin {
  return {
    name: 'miv-gallery',
    resolveId: (id) => (id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const theme = galleryThemes().find((t) => t.id === id.slice(RESOLVED_PREFIX.length));
      if (!theme) return undefined;
      this.addWatchFile(FEED_PATH);
      return [
        `import { galleryMeta, galleryStory } from ${JSON.stringify(STORY_HELPERS)};`,
        `export default galleryMeta();`,
        ...theme.indicators.map((i) => `export const ${exportNameOf(i.id)} = galleryStory(${JSON.stringify(i.id)});`),
      ].join('\n');
    },
  };
}
