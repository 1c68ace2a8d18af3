import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL, MISSING_URL } from '../test/fixtures/feeds.js';

/** The sample feed: all 66 indicators of the monitor, with fictitious numbers, duiding and opvallendheden. */
const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  area: string;
  themes: string;
  indicators: string;
  heading: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-profile',
  component: 'miv-profile',
  args: {
    src: SAMPLE_FEED_URL,
    area: 'GM0758',
    themes: '',
    indicators: '',
    heading: '',
    lang: 'nl',
  },
  parameters: {
    docs: {
      description: {
        component:
          'The handout for the beleidsdialoog. Print the story (or use its button) to see the paper version: A4, a page per theme, the header on every page.',
      },
    },
  },
  render: (args) =>
    html`<miv-profile
      src=${args.src}
      area=${args.area}
      themes=${args.themes || nothing}
      indicators=${args.indicators || nothing}
      heading=${args.heading || nothing}
      lang=${args.lang}
    ></miv-profile>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Breda: Story = {};
export const OneTheme: Story = { args: { area: 'de-baronie', themes: 'zorg-en-veiligheid' } };
export const ChosenIndicators: Story = {
  args: {
    indicators: 'woninginbraak, drugsdumpingen, e33-verward-gedrag',
    heading: 'Veiligheidsprofiel Breda, voorjaar 2026',
  },
};
export const English: Story = { args: { lang: 'en', themes: 'digitale-veiligheid' } };
export const SmallFeed: Story = { args: { src: SMALL_FEED_URL } };
export const UnknownTheme: Story = { args: { themes: 'bestaat-niet' } };
export const FeedNotFound: Story = { args: { src: MISSING_URL } };
