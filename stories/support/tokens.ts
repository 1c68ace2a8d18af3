/**
 * The `--miv-*` design tokens of the chart elements, read from the custom elements manifest (the
 * `@cssprop` JSDoc of each element), so the playground lists exactly what the elements document.
 */
import manifest from '../../custom-elements.json';
import { seriesTokens, type LineRole } from '../../src/tokens/tokens.js';

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string }[];
}

export interface Token {
  name: string;
  description: string;
  /** Which control edits it in Storybook. */
  control: 'color' | 'text';
}

const CHART_ELEMENTS = ['miv-indicator', 'miv-district-compare'];

/** The lines of each role of a series row (`seriesTokens`), in words. */
const ROLE_WORDS: Record<LineRole, string> = {
  main: "the area's own line",
  district: "a district's line",
  eenheid: "the eenheid's line",
  land: "Nederland's line",
  group: "a group's line",
  gemeente: "another gemeente's line, and of a second line of one kind",
};

/** Every token of the chart elements, in the order of their documentation, without repeats. */
export function chartTokens(): Token[] {
  const tokens = new Map<string, Token>();
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as ManifestDeclaration[]);
  for (const declaration of declarations) {
    if (!declaration.tagName || !CHART_ELEMENTS.includes(declaration.tagName)) continue;
    for (const { name, description = '' } of declaration.cssProperties ?? []) {
      if (!tokens.has(name)) tokens.set(name, { name, description, control: controlFor(name) });
    }
  }
  // `--miv-color-series-1` documents its siblings in words; the chart reads one per series row.
  seriesTokens.forEach(({ role }, i) => {
    const name = `--miv-color-series-${i + 1}`;
    if (!tokens.has(name)) tokens.set(name, { name, description: `Colour of ${ROLE_WORDS[role]}.`, control: 'color' });
  });
  return [...tokens.values()];
}

function controlFor(name: string): Token['control'] {
  return name.includes('-color') ? 'color' : 'text';
}

/** `{ '--miv-color-text': '#fff' }` → `--miv-color-text: #fff;`, skipping tokens left empty. */
export function tokenStyle(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([name, value]) => name.startsWith('--miv-') && value)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
}
