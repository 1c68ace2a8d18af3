/**
 * The theming guide's tables, generated: the token table from `src/tokens/tokens.ts` and the CSS
 * parts per element from the custom elements manifest. The Storybook docs page renders them, and a
 * Node test holds the README's copies to them.
 */
import { colourTokens, sizeTokens, type ColourToken, type SizeToken } from '../../src/tokens/tokens.js';

const code = (text: string) => `\`${text}\``;

/** What comes between the `--miv-*` token and the default, in order. */
function fallbacks(t: ColourToken | SizeToken): string {
  const steps = [...(t.page ?? []).map(code), ...(t.inherit ? ['the page’s own (inherited)'] : [])];
  return steps.length ? steps.join(' → ') : '—';
}

/** One row per token: the chain after `--miv-<component>-<name>` and `--miv-<name>`, and the defaults. */
export function tokenRows(): string[][] {
  return [
    ...colourTokens.map((t) => [
      code(`--miv-${t.name}`),
      fallbacks(t),
      code(t.light),
      code(t.dark),
      code(t.forced),
      t.contrast,
    ]),
    ...sizeTokens.map((t) => [
      code(`--miv-${t.name}`),
      fallbacks(t),
      t.value ? code(t.value) : '—',
      t.value ? 'same' : '—',
      '—',
      '—',
    ]),
  ];
}

export const TOKEN_HEADER = ['Token', 'Then, in order', 'Light', 'Dark', 'Forced colours', 'Contrast need'];

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

/** One row per element: its tag and its CSS parts, in the order its documentation gives them. */
export function partRows(manifest: { modules: { declarations?: unknown[] }[] }): string[][] {
  return (
    manifest.modules
      .flatMap((m) => (m.declarations ?? []) as ManifestDeclaration[])
      .filter((d) => d.tagName && d.cssParts?.length)
      // By tag: the analyzer's order of modules differs from run to run.
      .sort((a, b) => a.tagName!.localeCompare(b.tagName!))
      .map((d) => [code(`<${d.tagName}>`), d.cssParts!.map((p) => code(p.name)).join(', ')])
  );
}

export const PART_HEADER = ['Element', 'CSS parts'];

/** A Markdown table. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
