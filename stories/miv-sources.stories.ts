import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';

const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  theme: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-sources',
  component: 'miv-sources',
  args: { src: SAMPLE_FEED_URL, theme: '', lang: 'nl' },
  render: (args) => html`<miv-sources src=${args.src} theme=${args.theme || nothing} lang=${args.lang}></miv-sources>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllSources: Story = {};
export const OneTheme: Story = { args: { theme: 'georganiseerde-criminaliteit' } };
export const English: Story = { args: { lang: 'en' } };
/** A feed without a `sources` list: every source as the indicators name it, dates unknown. */
export const FeedWithoutSources: Story = { args: { src: SMALL_FEED_URL } };
