import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE_FEED_URL } from './gallery/indicator-card.js';
import { StoryEmbedGenerator } from './tools/embed-generator.js';

// Defined here, not in the module: the package's `sideEffects` list lets the bundler drop a bare import.
if (!customElements.get('story-embed-generator')) customElements.define('story-embed-generator', StoryEmbedGenerator);
interface Args {
  src: string;
}

/**
 * Choose the element, indicator, area and options; the preview shows the widget as it will look,
 * and "Copy" puts the HTML on the clipboard (or selects it where the clipboard is not allowed).
 * Replace the feed URL in the snippet by the address your monitor team publishes.
 */
const meta: Meta<Args> = {
  title: 'Tools/Embed code generator',
  tags: ['!autodocs'],
  args: { src: SAMPLE_FEED_URL },
  argTypes: { src: { control: 'text', description: 'Feed the choices and the preview come from.' } },
  parameters: { layout: 'padded' },
  render: (args) => html`<story-embed-generator src=${args.src}></story-embed-generator>`,
};
export default meta;

export const Generator: StoryObj<Args> = {};
