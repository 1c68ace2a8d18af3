import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL, MISSING_URL } from '../test/fixtures/feeds.js';

/** The sample feed: all 66 indicators of the monitor, with fictitious numbers. */
const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  theme: string;
  area: string;
  sort: string;
  hrefTemplate: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-theme',
  component: 'miv-theme',
  args: {
    src: SAMPLE_FEED_URL,
    theme: 'georganiseerde-criminaliteit',
    area: 'de-baronie',
    sort: 'feed',
    hrefTemplate: '',
    lang: 'nl',
  },
  argTypes: {
    theme: {
      control: 'select',
      options: [
        'georganiseerde-criminaliteit',
        'zorg-en-veiligheid',
        'digitale-veiligheid',
        'veilige-buurt-en-omgeving',
      ],
    },
    sort: { control: 'inline-radio', options: ['feed', 'change'] },
  },
  render: (args) =>
    html`<miv-theme
      src=${args.src}
      theme=${args.theme}
      area=${args.area}
      sort=${args.sort}
      href-template=${args.hrefTemplate || nothing}
      lang=${args.lang}
    ></miv-theme>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const LargestChangeFirst: Story = { args: { sort: 'change' } };
export const Gemeente: Story = { args: { area: 'GM0758', theme: 'veilige-buurt-en-omgeving' } };
export const CardsAsLinks: Story = { args: { hrefTemplate: 'detail.html?indicator={indicator}&area={area}' } };
export const English: Story = { args: { lang: 'en' } };
export const SmallFeed: Story = { args: { src: SMALL_FEED_URL, theme: 'veilige-buurt-en-omgeving', area: 'GM0758' } };
export const UnknownTheme: Story = { args: { theme: 'bestaat-niet' } };
export const FeedNotFound: Story = { args: { src: MISSING_URL } };
