import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // The accessibility panel runs axe on every story; violations count as failures, not hints.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Reviewing indicators', '*'],
          'Review',
          'Indicator gallery',
          'Elements',
          'States',
          'Tools',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
