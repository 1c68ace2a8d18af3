import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL, MISSING_URL, NOT_JSON_URL } from '../test/fixtures/feeds.js';

interface Args {
  src: string;
  indicator: string;
  area: string;
  compare: string;
  from: string;
  to: string;
  showTable: boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-indicator',
  component: 'miv-indicator',
  args: {
    src: SMALL_FEED_URL,
    indicator: 'woninginbraak',
    area: 'GM0758',
    compare: '',
    from: '',
    to: '',
    showTable: false,
    lang: 'nl',
  },
  render: (args) =>
    html`<miv-indicator
      src=${args.src}
      indicator=${args.indicator}
      area=${args.area}
      compare=${args.compare || nothing}
      from=${args.from || nothing}
      to=${args.to || nothing}
      lang=${args.lang}
      ?show-table=${args.showTable}
    ></miv-indicator>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const SuppressedValue: Story = { args: { area: 'GM0748', compare: 'land', showTable: true } };
export const SurveyWithMargins: Story = { args: { indicator: 'onveilig-eigen-buurt' } };
export const NationalFallback: Story = { args: { indicator: 'mensenhandel-seksuele-uitbuiting' } };
export const NeutralIndicator: Story = { args: { indicator: 'halt-verwijzingen' } };
export const English: Story = { args: { lang: 'en' } };
export const UnknownIndicator: Story = { args: { indicator: 'bestaat-niet' } };
export const FeedNotFound: Story = { args: { src: MISSING_URL } };
export const FeedNotJson: Story = { args: { src: NOT_JSON_URL } };
