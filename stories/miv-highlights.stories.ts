import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';

const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  district: string;
  theme: string;
  limit: number;
  shared: boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-highlights',
  component: 'miv-highlights',
  args: { src: SAMPLE_FEED_URL, district: '', theme: '', limit: 5, shared: false, lang: 'nl' },
  render: (args) =>
    html`<miv-highlights
      src=${args.src}
      district=${args.district || nothing}
      theme=${args.theme || nothing}
      limit=${args.limit}
      ?shared=${args.shared}
      lang=${args.lang}
    ></miv-highlights>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllDistricts: Story = {};
export const OneDistrict: Story = { args: { district: 'zeeland' } };
/** A district's own opvallendheden, and beside them what the other districts shared. */
export const SharedByOtherDistricts: Story = { args: { district: 'de-baronie', shared: true } };
export const OneTheme: Story = { args: { theme: 'digitale-veiligheid', limit: 3 } };
export const English: Story = { args: { lang: 'en' } };
export const SmallFeed: Story = { args: { src: SMALL_FEED_URL } };
