import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL, MISSING_URL, NOT_JSON_URL } from '../test/fixtures/feeds.js';

const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  indicator: string;
  area: string;
  compare: string;
  from: string;
  to: string;
  showTable: boolean;
  lang: string;
  measure: string;
  scale: string;
  base: string;
  scaleControl: boolean;
  periodControl: boolean;
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
    measure: '',
    scale: '',
    base: '',
    scaleControl: false,
    periodControl: false,
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
      measure=${args.measure || nothing}
      scale=${args.scale || nothing}
      base=${args.base || nothing}
      ?scale-control=${args.scaleControl}
      ?period-control=${args.periodControl}
    ></miv-indicator>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const SuppressedValue: Story = { args: { area: 'GM0748', compare: 'land', showTable: true } };
export const SurveyWithMargins: Story = { args: { indicator: 'onveilig-eigen-buurt' } };
export const NationalFallback: Story = { args: { indicator: 'mensenhandel-seksuele-uitbuiting' } };
export const NeutralIndicator: Story = { args: { indicator: 'halt-verwijzingen' } };
export const PeriodRange: Story = { args: { from: '2019', to: '2023', compare: 'land' } };
export const English: Story = { args: { lang: 'en' } };
/** From the full sample feed: half-years, a series break and a neutral polarity. */
export const HalfYears: Story = { args: { src: SAMPLE_FEED_URL, indicator: 'veilig-thuis-meldingen', area: 'GM0748' } };
/** From the full sample feed: a gemeente without its own figure, shown with its district's. */
export const DistrictFallback: Story = {
  args: { src: SAMPLE_FEED_URL, indicator: 'slachtoffer-online-oplichting', area: 'GM0748' },
};
/** From the full sample feed: a higher-is-better percentage. */
export const HigherIsBetter: Story = {
  args: {
    src: SAMPLE_FEED_URL,
    indicator: 'weerbaar-awareness',
    area: 'GM0748',
  },
};
/**
 * From the full sample feed: Tholen's weapon offences, a rate of nine cases in 2024 and four in 2025.
 * The feed carries the counts behind it, so the fall has no percentage and no green ("van 0,34 naar
 * 0,15"). In gemeenten under 25.000 inwoners such counts, and the rates on them, are secret.
 */
export const SmallCountsBehindARate: Story = {
  args: { src: SAMPLE_FEED_URL, indicator: 'wapenmisdrijven', area: 'GM0716' },
};
export const NoDataForRange: Story = { args: { from: '2030' } };
export const UnknownIndicator: Story = { args: { indicator: 'bestaat-niet' } };
export const UnknownArea: Story = { args: { area: 'GM9999' } };
export const FeedNotFound: Story = { args: { src: MISSING_URL } };
export const FeedNotJson: Story = { args: { src: NOT_JSON_URL } };

/** A count beside its CBS size class: per 100.000 inwoners by default, with a toggle to the number. */
export const PerInwonerBesideSizeClass: Story = {
  args: {
    src: SAMPLE_FEED_URL,
    indicator: 'explosies-panden',
    compare: 'group:grootteklasse-150000-250000 group:grootteklasse-150000-250000-nl',
  },
};
/** Breda's burglary rate beside its size class in the unit and in Nederland. */
export const BredaBesideSizeClass: Story = {
  args: {
    src: SAMPLE_FEED_URL,
    compare: 'group:grootteklasse-150000-250000 group:grootteklasse-150000-250000-nl',
  },
};
/** Every line 100 in 2019: Breda's trend beside its size class and Nederland, with the toggle back to values. */
export const IndexView: Story = {
  args: {
    src: SAMPLE_FEED_URL,
    compare: 'group:grootteklasse-150000-250000-nl land',
    scale: 'index',
    base: '2019',
  },
};
/** The reader picks the first and last period. */
export const PeriodControl: Story = { args: { src: SAMPLE_FEED_URL, periodControl: true, scaleControl: true } };
