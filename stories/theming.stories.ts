import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '@utrecht/design-tokens/dist/index.css';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';
import { DARK_TOKEN_VALUES } from './support/dark-tokens.js';
import { chartTokens, tokenStyle } from './support/tokens.js';

type Args = Record<string, string | undefined>;

const tokens = chartTokens();

const argTypes: ArgTypes<Args> = Object.fromEntries(
  tokens.map((token) => [
    token.name,
    { control: token.control, description: token.description, table: { category: 'Design tokens' } },
  ]),
);

/** Both chart elements on the survey indicator: lines, margin band, bars, error bars, changes. */
function charts(style: string) {
  // ECharts cannot read CSS variables: the elements resolve the tokens when they draw, so a token
  // change replaces the elements (keyed) instead of waiting for the next data change.
  return keyed(
    style,
    html`<div
      style="${style} display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr))"
    >
      <miv-indicator src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="GM0758"></miv-indicator>
      <miv-district-compare
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        level="gemeente"
        within="de-baronie"
        highlight="GM0758"
      ></miv-district-compare>
    </div>`,
  );
}

/**
 * Every `--miv-*` token the chart elements document (from the custom elements manifest), as a
 * control: edit one and both elements redraw with it. Copy the CSS from the story's source.
 */
const meta: Meta<Args> = {
  title: 'Tools/Theming playground',
  tags: ['!autodocs'],
  argTypes,
  render: (args) => {
    const style = tokenStyle(args);
    return html`<div style="font-family: system-ui, sans-serif">
      <p>
        CSS for these tokens:
        <code style="white-space: pre-wrap"
          >${style ? `miv-indicator, miv-district-compare { ${style} }` : '(defaults)'}</code
        >
      </p>
      ${charts(style)}
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The dark token set of `stories/support/tokens.ts`, as a starting point. */
export const DarkPreset: Story = {
  args: DARK_TOKEN_VALUES,
  decorators: [(story) => html`<div style="background: #121212; color: #ececec; padding: 1rem">${story()}</div>`],
};

/**
 * A gemeente page themed with NL Design System tokens (`@utrecht/design-tokens`): without any
 * `--miv-*` token the elements take the page's font, text, background, link and focus colours
 * (`--utrecht-document-*`, `--utrecht-link-color`, `--utrecht-focus-outline-color`).
 */
export const NlDesignSystem: Story = {
  name: 'NL Design System (Utrecht tokens)',
  render: () =>
    html`<div class="utrecht-theme utrecht-document" style="padding: 1rem">
      <h2 class="utrecht-heading-2">Hoe veilig is Breda?</h2>
      <p class="utrecht-paragraph">
        Deze grafieken nemen letter en kleuren over van het thema van de pagina.
        <a class="utrecht-link" href="#tokens">Een link in de huisstijl</a>.
      </p>
      ${charts('')}
    </div>`,
};
