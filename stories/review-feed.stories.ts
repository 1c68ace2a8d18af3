import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';
import { DEFAULT_AREA, SAMPLE_FEED_URL } from './gallery/indicator-card.js';
import { feedVariant } from './support/story-feeds.js';
import { StoryFeedReview } from './tools/feed-review.js';

// Defined here, not in the module: the package's `sideEffects` list lets the bundler drop a bare import.
if (!customElements.get('story-feed-review')) customElements.define('story-feed-review', StoryFeedReview);
interface Args {
  src: string;
  area: string;
  lang: string;
}

/**
 * For reviewers before a feed is published: enter the feed's URL (the server must allow CORS from
 * this Storybook) or drop the JSON file, and see every indicator of *that* feed, grouped by theme,
 * with what is missing as red badges, or every validation problem by its JSON path. A link can
 * carry the feed: add `&args=src:<encoded URL>` to this story's address.
 */
const meta: Meta<Args> = {
  title: 'Review/Feed review',
  tags: ['!autodocs'],
  args: { src: SAMPLE_FEED_URL, area: DEFAULT_AREA, lang: 'nl' },
  argTypes: {
    src: { control: 'text', description: 'Feed URL loaded first.' },
    area: { control: 'text', description: 'Area of the line charts and highlighted bars.' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<story-feed-review
      src=${(loaded['src'] as string | undefined) ?? args.src}
      label=${(loaded['label'] as string | undefined) ?? ''}
      area=${args.area}
      lang=${args.lang}
    ></story-feed-review>`,
};
export default meta;

type Story = StoryObj<Args>;

/** All 66 indicators of the sample feed: the whole gallery on one page. */
export const SampleFeed: Story = { name: 'Sample feed (all indicators)' };

export const SmallTestFeed: Story = { args: { src: SMALL_FEED_URL } };

/** What a reviewer sees for a feed with mistakes: each problem with its JSON path. */
export const FeedWithProblems: Story = {
  loaders: [
    async () => ({
      src: await feedVariant('review-problems', (feed) => {
        Object.assign(feed.indicators[1] ?? {}, { polarity: 'lower-is-better', unit: '' });
        Object.assign(feed.series[2] ?? {}, { area: 'GM0000', periods: ['2015', '2016 (voorlopig)'] });
        Object.assign(feed.meta, { updated: '15-06-2026' });
      }),
      label: 'The small test feed with mistakes',
    }),
  ],
};
