import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
// The theme packages (dev dependencies): each scopes its tokens to its own class.
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/design-tokens/dist/dark/index.css';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '../test/fixtures/nl-design-system-page.css';
import { SMALL_FEED_URL } from '../test/fixtures/feeds.js';
import { HOST_THEMES, themedPage } from '../test/fixtures/themes.js';
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
    return html`<div>
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
 * A preset per real theme: a page of the theme (heading, paragraph, link, built from the NL Design
 * System components) with the three elements, and no `--miv-*` token at all. Font, size, text,
 * background, link and focus colours come from the theme's tokens; where a theme's colour would not
 * be readable on the element's background the element keeps its own, and the console says why.
 */
function preset(id: string): Story {
  const theme = HOST_THEMES.find((t) => t.id === id)!;
  return {
    name: `Preset: ${theme.name}`,
    render: () =>
      themedPage(
        theme,
        html`<div style="display: grid; gap: 2rem">
          ${charts('')}
          <miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>
        </div>`,
      ),
  };
}

/** `@utrecht/design-tokens`, class `utrecht-theme`: the `--utrecht-*` tokens. */
export const Utrecht = preset('utrecht');
/** Its dark variant, `utrecht-theme--color-scheme-dark`: the theme's black focus ring would vanish, so the elements keep their own. */
export const UtrechtDark = preset('utrecht-dark');
/** `@rijkshuisstijl-community/design-tokens`, class `rhc-theme`: `--basis-*`, `--nl-*` and `--utrecht-*` tokens. */
export const Rijkshuisstijl = preset('rijkshuisstijl');
/** `@nl-design-system-unstable/voorbeeld-design-tokens`, class `voorbeeld-theme`: the newer `--basis-*` and `--nl-*` tokens only. */
export const Voorbeeld = preset('voorbeeld');
/** `@gemeente-denhaag/design-tokens-components`, class `denhaag-theme`. */
export const DenHaag = preset('denhaag');
/** No tokens at all: the elements inherit the page's own font, size and text colour. */
export const PlainPage = preset('plain');
