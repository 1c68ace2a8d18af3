import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL, MISSING_URL } from '../test/fixtures/feeds.js';

const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  indicator: string;
  level: string;
  within: string;
  period: string;
  highlight: string;
  sort: string;
  showTable: boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-district-compare',
  component: 'miv-district-compare',
  args: {
    src: SMALL_FEED_URL,
    indicator: 'woninginbraak',
    level: 'district',
    within: '',
    period: '',
    highlight: '',
    sort: 'fixed',
    showTable: false,
    lang: 'nl',
  },
  argTypes: {
    level: { control: 'inline-radio', options: ['district', 'gemeente'] },
    sort: { control: 'inline-radio', options: ['fixed', 'value', 'name'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) =>
    html`<miv-district-compare
      src=${args.src}
      indicator=${args.indicator}
      level=${args.level}
      within=${args.within || nothing}
      period=${args.period || nothing}
      highlight=${args.highlight || nothing}
      sort=${args.sort}
      lang=${args.lang}
      ?show-table=${args.showTable}
    ></miv-district-compare>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const GemeentenWithinDistrict: Story = { args: { level: 'gemeente', within: 'de-baronie' } };
export const Highlight: Story = { args: { level: 'gemeente', within: 'de-baronie', highlight: 'GM0758' } };
export const Suppressed: Story = { args: { level: 'gemeente', within: 'de-baronie', showTable: true } };
export const SurveyWithMargins: Story = { args: { indicator: 'onveilig-eigen-buurt', highlight: 'de-baronie' } };
export const NeutralIndicator: Story = { args: { indicator: 'halt-verwijzingen', sort: 'name' } };
export const NationalOnly: Story = { args: { indicator: 'mensenhandel-seksuele-uitbuiting' } };
export const FixedPeriod: Story = { args: { period: '2020' } };
/** A period the feed has no figures for (a link older than the feed): the latest, under a notice. */
export const PeriodWithoutFigures: Story = { args: { period: '2010' } };
export const English: Story = { args: { lang: 'en', level: 'gemeente', within: 'de-baronie', highlight: 'GM0758' } };
export const FeedNotFound: Story = { args: { src: MISSING_URL } };

/** The gemeenten of Zeeland-West-Brabant in one CBS size class, per inwoner, and why they belong together. */
export const SizeClassMembers: Story = {
  args: {
    src: SAMPLE_FEED_URL,
    indicator: 'explosies-panden',
    within: 'group:grootteklasse-50000-100000',
  },
};
