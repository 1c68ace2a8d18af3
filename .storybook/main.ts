import type { StorybookConfig } from '@storybook/web-components-vite';
import { galleryIndexer, galleryPlugin } from './gallery.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../stories/**/*.gallery.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The indicator gallery is indexed from the sample feed, not from a CSF file's exports.
  experimental_indexers: async (existing) => [galleryIndexer, ...(existing ?? [])],
  async viteFinal(viteConfig) {
    // The fixtures are imported through `new URL(…, import.meta.url)`; nothing else is public.
    return { ...viteConfig, publicDir: false, plugins: [...(viteConfig.plugins ?? []), galleryPlugin()] };
  },
};

export default config;
