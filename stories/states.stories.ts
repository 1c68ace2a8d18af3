import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { MISSING_URL, NOT_JSON_URL, SMALL_FEED_URL } from '../test/fixtures/feeds.js';
import { feedVariant, OFFLINE_FEED_URL, PENDING_FEED_URL, stubUnreachableFeeds } from './support/story-feeds.js';
import { DARK_TOKENS } from './support/dark-tokens.js';

interface Args {
  src: string;
  indicator: string;
  /** The line chart's area, and the highlighted bar. */
  area: string;
  level: string;
  within: string;
  from: string;
  to: string;
  period: string;
  showTable: boolean;
  lang: string;
  /** Milliseconds before the feed request fails; the elements' default is 15 s. */
  timeout: number;
}

/**
 * Every state of the two chart elements, side by side: `<miv-indicator>` (trend) and
 * `<miv-district-compare>` (bars). Both share the loading and error handling of their base class,
 * so a state that looks wrong in one usually looks wrong in the other. No story touches a network:
 * unreachable feeds are stubbed and broken feeds are variants of the small test feed.
 */
const meta: Meta<Args> = {
  title: 'States/Chart elements',
  tags: ['!autodocs'],
  args: {
    src: SMALL_FEED_URL,
    indicator: 'woninginbraak',
    area: 'GM0758',
    level: 'district',
    within: '',
    from: '',
    to: '',
    period: '',
    showTable: false,
    lang: 'nl',
    timeout: 15000,
  },
  argTypes: {
    level: { control: 'inline-radio', options: ['district', 'gemeente'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  loaders: [
    async () => {
      stubUnreachableFeeds();
      return {};
    },
  ],
  render: (args, { loaded }) => {
    const src = (loaded['src'] as string | undefined) ?? args.src;
    return html`<style>
        .miv-pair {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
          gap: 2rem;
          align-items: start;
        }
        .miv-pair .tag {
          margin: 0 0 0.5rem;
          font:
            0.8rem ui-monospace,
            monospace;
          color: inherit;
          opacity: 0.8;
        }
      </style>
      <div class="miv-pair">
        <section aria-label="miv-indicator">
          <p class="tag">&lt;miv-indicator&gt;</p>
          <miv-indicator
            src=${src}
            indicator=${args.indicator}
            area=${args.area}
            from=${args.from || nothing}
            to=${args.to || nothing}
            lang=${args.lang}
            ?show-table=${args.showTable}
            .timeout=${args.timeout}
          ></miv-indicator>
        </section>
        <section aria-label="miv-district-compare">
          <p class="tag">&lt;miv-district-compare&gt;</p>
          <miv-district-compare
            src=${src}
            indicator=${args.indicator}
            level=${args.level}
            within=${args.within || nothing}
            period=${args.period || nothing}
            highlight=${args.area}
            lang=${args.lang}
            ?show-table=${args.showTable}
            .timeout=${args.timeout}
          ></miv-district-compare>
        </section>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Serves a changed copy of the small feed; the story's `src` is ignored. */
function withFeed(name: string, change: Parameters<typeof feedVariant>[1]): Story['loaders'] {
  return [async () => ({ src: await feedVariant(name, change) })];
}

/** The skeleton that holds the place while the feed loads: this feed never answers. */
export const Loading: Story = { args: { src: PENDING_FEED_URL } };

/** The request gets no answer within `timeout` (2 s here). */
export const ErrorTimeout: Story = { name: 'Error: time-out', args: { src: PENDING_FEED_URL, timeout: 2000 } };

/** The server cannot be reached (offline, DNS, refused connection, CORS). */
export const ErrorNetwork: Story = { name: 'Error: network', args: { src: OFFLINE_FEED_URL } };

export const ErrorHttp404: Story = { name: 'Error: HTTP 404', args: { src: MISSING_URL } };

export const ErrorNotJson: Story = { name: 'Error: not JSON', args: { src: NOT_JSON_URL } };

/** The details list every problem with its JSON path. */
export const ErrorSchema: Story = {
  name: 'Error: schema mismatch',
  loaders: withFeed('schema', (feed) => {
    Object.assign(feed.indicators[0] ?? {}, { polarity: 'lower-is-better', decimals: -1 });
    Object.assign(feed.series[0] ?? {}, { periods: ['2015', 'vorig jaar'] });
  }),
};

export const ErrorVersion: Story = {
  name: 'Error: unsupported version',
  loaders: withFeed('version', (feed) => {
    feed.schemaVersion = 2 as 1;
  }),
};

export const ErrorUnknownIndicator: Story = { name: 'Error: unknown indicator', args: { indicator: 'bestaat-niet' } };

export const ErrorUnknownArea: Story = { name: 'Error: unknown area', args: { area: 'GM9999', within: 'GM9999' } };

/** An id typed in another case (or a name given for the id): the message names the id meant. */
export const ErrorAreaMeant: Story = { name: 'Error: area in lower case', args: { area: 'gm0758' } };

/** An indicator that the feed describes but has no figures for: stated, not raised as an alert. */
export const NoData: Story = {
  args: { indicator: 'zonder-cijfers' },
  loaders: withFeed('no-data', (feed) => {
    const template = feed.indicators.find((i) => i.id === 'halt-verwijzingen');
    if (template) feed.indicators.push({ ...template, id: 'zonder-cijfers', title: 'Indicator zonder cijfers' });
  }),
};

/**
 * Baarle-Nassau: too few burglaries to publish in several years (`x`), never drawn as zero; 2025 among
 * them, so the headline shows 2024's figure and says that 2025 has none, and why.
 */
export const SuppressedValues: Story = {
  args: { area: 'GM0744', level: 'gemeente', within: 'de-baronie', showTable: true },
};

/** The latest year is provisional (`2025*`). */
export const ProvisionalValues: Story = { args: { showTable: true } };

/** No regional figures exist: the national trend is shown, and said so in words. */
export const NationalFallback: Story = { args: { indicator: 'mensenhandel-seksuele-uitbuiting' } };

/** Veiligheidsmonitor figures with their 95 % margins: a band on the line, error bars on the bars. */
export const SurveyMargins: Story = {
  args: { indicator: 'onveilig-eigen-buurt', level: 'gemeente', within: 'de-baronie' },
};

/** The COVID years as a special period: a shaded band with its label, named in the notes, no break. */
export const SpecialPeriod: Story = { args: { from: '2017', to: '2023' } };

/** A method change in 2019: the lines stop before it, and nothing is compared across it. */
export const SeriesBreak: Story = {
  loaders: withFeed('series-break', (feed) => {
    const burglary = feed.indicators.find((i) => i.id === 'woninginbraak');
    if (burglary) burglary.breaks = [{ period: '2019', reason: 'Nieuwe registratiemethode' }];
  }),
};

/**
 * A boundary change in 2021, inside the COVID years' band: the break's label runs up from the axis,
 * clear of the band's own label at the top.
 */
export const SeriesBreakInSpecialPeriod: Story = {
  name: 'Series break in a special period',
  loaders: withFeed('series-break-special-period', (feed) => {
    const burglary = feed.indicators.find((i) => i.id === 'woninginbraak');
    if (burglary) burglary.breaks = [{ period: '2021', reason: 'Herindeling' }];
  }),
};

/** Names at the length a real feed may have: nothing may overflow or overlap. */
export const LongNames: Story = {
  args: { level: 'gemeente', within: 'de-baronie' },
  loaders: withFeed('long-names', (feed) => {
    const burglary = feed.indicators.find((i) => i.id === 'woninginbraak');
    if (burglary) {
      burglary.title =
        'Diefstal uit woning, inclusief pogingen en diefstal uit bijgebouwen zoals schuren en garages (woninginbraak)';
      burglary.unit = 'per 1.000 inwoners van 15 jaar en ouder, naar woongemeente van het slachtoffer';
    }
    for (const area of feed.areas) {
      if (area.id === 'GM0758') area.name = 'Breda (inclusief de voormalige gemeenten Nieuw-Ginneken en Teteringen)';
      if (area.id === 'de-baronie') area.name = 'District De Baronie (Breda, Etten-Leur, Baarle-Nassau e.o.)';
      if (area.id === 'GM0744') area.name = 'Baarle-Nassau en de Belgische enclaves van Baarle-Hertog';
    }
  }),
};

const narrow: Decorator = (story) => html`<div style="width: 320px">${story()}</div>`;

/** The narrowest width a page may give (WCAG reflow at 320 CSS px): the charts stack. */
export const Width320: Story = { name: '320 px wide', decorators: [narrow], args: { showTable: true } };

const darkPage: Decorator = (story) =>
  html`<div style="${DARK_TOKENS} background: #121212; color: #ececec; padding: 1rem">${story()}</div>`;

/**
 * The elements do not follow `prefers-color-scheme` by themselves: a dark host page sets the
 * `--miv-*` tokens (here the ones in `stories/support/tokens.ts`), and the charts read them.
 */
export const Dark: Story = { name: 'Dark host page', decorators: [darkPage] };

/**
 * Storybook cannot switch the operating system's contrast theme. To check Windows High Contrast /
 * forced colours: in Chromium open DevTools → ⋮ → More tools → Rendering → "Emulate CSS media
 * feature forced-colors: active", then look at this story. Headless Chromium only emulates the media
 * query without repainting in system colours, so this stays a manual check.
 */
export const ForcedColours: Story = {
  name: 'Forced colours (how to check)',
  decorators: [
    (story) =>
      html`<p style="max-width: 60ch">
          Emulate <code>forced-colors: active</code> in DevTools (Rendering panel) to see this story in forced colours:
          lines, bars, focus rings and the status marks must stay visible in the system colours.
        </p>
        ${story()}`,
  ],
  args: { indicator: 'onveilig-eigen-buurt' },
};

export const English: Story = { args: { lang: 'en', showTable: true } };
