/**
 * The size tokens (font, spacing, chart height) and the fallback chain every token follows, apart
 * from the colours of `tokens.ts` (which exports them too): the embed scripts read them to hold an
 * element's place before its code arrives, and should not carry the colour table for that.
 */

export interface SizeToken {
  name: string;
  variable: string;
  /** The default; for an inherited token, only where there is no page to inherit from (a chart drawn outside a browser). */
  value?: string;
  page?: readonly string[];
  inherit?: true;
}

/** Size of the body text; the headings and the headline value scale with it. */
export const fontSizeToken: SizeToken = {
  name: 'font-size',
  variable: '--_font-size',
  page: ['--nl-paragraph-font-size', '--basis-text-font-size-md', '--utrecht-document-font-size'],
  inherit: true,
};

/** Height of the chart; the loading state reserves it too. */
export const chartHeightToken: SizeToken = { name: 'chart-height', variable: '--_chart-height', value: '320px' };

export const sizeTokens: readonly SizeToken[] = [
  /** Font of all text, in the chart too. */
  {
    name: 'font-family',
    variable: '--_font',
    value: 'system-ui, sans-serif',
    page: ['--nl-paragraph-font-family', '--basis-text-font-family-default', '--utrecht-document-font-family'],
    inherit: true,
  },
  fontSizeToken,
  /** Base spacing. */
  { name: 'space', variable: '--_space', value: '0.75rem' },
  /** Corner radius of buttons and marks. */
  { name: 'radius', variable: '--_radius', value: '4px' },
  chartHeightToken,
];

/** What a token's chain needs of it: its name and the page's tokens it falls back to. */
type ChainedToken = { name: string; page?: readonly string[] };

/**
 * A token's chain as one CSS value: the component token (with `component`), the global token, the
 * page's tokens (unless `page` is false), then `tail`. Without a tail the value is invalid where
 * nothing is set, and a property that inherits (font, colour) then takes the page's value.
 */
export function tokenChain(
  token: ChainedToken,
  component: string | undefined,
  tail: string | undefined,
  { page = true }: { page?: boolean } = {},
): string {
  const names = [
    ...(component ? [`--miv-${component}-${token.name}`] : []),
    `--miv-${token.name}`,
    ...(page ? (token.page ?? []) : []),
  ];
  return names.reduceRight<string | undefined>(
    (inner, name) => (inner ? `var(${name}, ${inner})` : `var(${name})`),
    tail,
  )!;
}
