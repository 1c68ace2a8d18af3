import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';

/** The full sample feed: all 37 gemeenten of the unit, so the map is whole. */
const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  indicator: string;
  area: string;
  period: string;
  classes: string;
  showTable: boolean;
  colorScheme: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/miv-map',
  component: 'miv-map',
  args: {
    src: SAMPLE_FEED_URL,
    indicator: 'woninginbraak',
    area: '',
    period: '',
    classes: 'equal',
    showTable: false,
    colorScheme: '',
    lang: 'nl',
  },
  argTypes: {
    classes: { control: 'inline-radio', options: ['equal', 'quantile'] },
    colorScheme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) =>
    html`<miv-map
      src=${args.src}
      indicator=${args.indicator}
      area=${args.area || nothing}
      period=${args.period || nothing}
      classes=${args.classes}
      color-scheme=${args.colorScheme || nothing}
      lang=${args.lang}
      ?show-table=${args.showTable}
    ></miv-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A rate, where a higher value is worse: oranges to red. */
export const Rate: Story = {};
/** A survey value (Veiligheidsmonitor): coloured like a rate; the summary does not call differences significant. */
export const SurveyValue: Story = { args: { indicator: 'onveilig-eigen-buurt' } };
/** A neutral indicator: blues, no good or bad colours. */
export const NeutralIndicator: Story = { args: { indicator: 'halt-verwijzingen' } };
/** A higher value is better: greens. */
export const HigherIsBetter: Story = { args: { indicator: 'rapportcijfer-veiligheid-buurt' } };
/** The gemeenten of one district. */
export const District: Story = { args: { area: 'de-baronie' } };
/** A gemeente: the gemeenten of its district, with that one emphasised, and the table. */
export const GemeenteEmphasised: Story = { args: { area: 'GM0758', showTable: true } };
/** Quantile classes: about as many gemeenten in each class. */
export const Quantiles: Story = { args: { classes: 'quantile' } };
/** A suppressed gemeente is hatched and the legend explains the CBS symbol. */
export const Suppressed: Story = { args: { src: SMALL_FEED_URL } };
/** A count is not coloured: the element says why. */
export const CountNotColoured: Story = { args: { indicator: 'drugsdumpingen' } };
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const English: Story = { args: { lang: 'en', area: 'GM0758' } };
