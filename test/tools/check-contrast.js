/**
 * Reports the WCAG contrast of the colour tokens against the background, and warns below 4.5:1 for
 * text and 3:1 for lines, bars and the focus ring. Without arguments it checks the default light and
 * dark themes; with a JSON file of tokens (`{ "--miv-color-text": "#222", … }`) it checks those, laid
 * over the defaults the elements take with them: the dark ones where the file's background is dark,
 * as an element on that background does, else the light ones. Exits with 1 when anything is too faint.
 *
 *   npm run check:contrast
 *   npm run check:contrast -- my-theme.json
 */
import { readFileSync } from 'node:fs';
import { tokenValues } from '../../src/tokens/tokens.ts';
import { checkContrast, isDark, REQUIRED } from '../../src/tokens/contrast.ts';

/** The tokens of `file` over the defaults an element on their background takes. */
function themeOf(file) {
  const tokens = JSON.parse(readFileSync(file, 'utf8'));
  const background = tokens['--miv-color-background'];
  return { ...tokenValues(background && isDark(background) ? 'dark' : 'light'), ...tokens };
}

const file = process.argv[2];
const themes = file ? { [file]: themeOf(file) } : { light: tokenValues('light'), dark: tokenValues('dark') };

let failures = 0;
for (const [name, values] of Object.entries(themes)) {
  console.log(`\n${name} (background ${values['--miv-color-background']})`);
  for (const row of checkContrast(values)) {
    const ratio = row.ratio === undefined ? 'unreadable' : `${row.ratio.toFixed(2)}:1`;
    const mark = row.ok ? 'ok  ' : 'WARN';
    if (!row.ok) failures++;
    console.log(
      `  ${mark} ${row.token.padEnd(28)} ${row.value.padEnd(26)} ${ratio.padStart(8)}  (${row.need}, needs ${REQUIRED[row.need]}:1)`,
    );
  }
}
console.log(failures ? `\n${failures} token(s) below the WCAG minimum.` : '\nEvery token meets its WCAG minimum.');
process.exitCode = failures ? 1 : 0;
