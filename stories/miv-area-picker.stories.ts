import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';

const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  area: string;
  urlParam: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-area-picker',
  component: 'miv-area-picker',
  args: { src: SAMPLE_FEED_URL, area: 'zeeland-west-brabant', urlParam: '', lang: 'nl' },
  render: (args) =>
    html`<miv-area-picker
      src=${args.src}
      area=${args.area}
      url-param=${args.urlParam || nothing}
      lang=${args.lang}
    ></miv-area-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SampleFeed: Story = {};
export const ReflectedInTheUrl: Story = { args: { urlParam: 'gebied' } };
export const English: Story = { args: { lang: 'en' } };
export const SmallFeed: Story = { args: { src: SMALL_FEED_URL, area: 'GM0758' } };
