import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

interface Args {
  src: string;
  area: string;
  lang: string;
}

/**
 * `<miv-feed>` states the feed, language and area once; the picker changes the area of everything
 * inside it. The second chart sets its own area, which wins.
 */
const meta: Meta<Args> = {
  title: 'Elements/miv-feed',
  component: 'miv-feed',
  args: { src: SAMPLE_FEED_URL, area: 'de-baronie', lang: 'nl' },
  render: (args) =>
    html`<miv-feed src=${args.src} area=${args.area} lang=${args.lang}>
      <miv-area-picker></miv-area-picker>
      <miv-theme theme="veilige-buurt-en-omgeving" style="margin-block: 1rem"></miv-theme>
      <miv-indicator indicator="woninginbraak"></miv-indicator>
      <miv-indicator indicator="woninginbraak" area="NL01"></miv-indicator>
    </miv-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

export const PickerThemeAndCharts: Story = {};
export const English: Story = { args: { lang: 'en' } };

/**
 * With `url-state` the view is kept in the query string: choose an area, a period in the comparison
 * or a theme in the URL (`?thema=zorg-en-veiligheid`), and Back and Forward step through the choices.
 * Only the elements marked `url-view` follow the URL; the second chart keeps its own indicator.
 */
export const ViewInTheUrl: Story = {
  render: (args) =>
    html`<miv-feed src=${args.src} area=${args.area} lang=${args.lang} url-state>
      <miv-area-picker></miv-area-picker>
      <miv-theme url-view theme="veilige-buurt-en-omgeving" style="margin-block: 1rem"></miv-theme>
      <miv-district-compare url-view indicator="woninginbraak"></miv-district-compare>
      <miv-indicator indicator="halt-verwijzingen"></miv-indicator>
    </miv-feed>`,
};
