/** The query string a shared link carries: read back exactly what was written, other parameters kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readView, viewHref } from '../../src/view/view-state.js';

test('a view written to a link reads back the same, in Dutch parameter names', () => {
  const href = viewHref(
    { area: 'GM0758', indicator: 'woninginbraak', from: '2019', to: '2024', compare: 'group:g50-100k' },
    'https://www.breda.nl/veiligheid?utm=nieuwsbrief',
  );
  assert.equal(
    href,
    'https://www.breda.nl/veiligheid?utm=nieuwsbrief&gebied=GM0758&indicator=woninginbraak&van=2019&tot=2024&vergelijk=group%3Ag50-100k',
  );
  assert.deepEqual(readView(new URL(href).search), {
    area: 'GM0758',
    indicator: 'woninginbraak',
    from: '2019',
    to: '2024',
    compare: 'group:g50-100k',
  });
});

test('an empty value removes its parameter; unknown and empty parameters are not part of the view', () => {
  const href = viewHref({ area: '', period: '2023' }, 'https://example.org/?gebied=GM0758&thema=');
  assert.equal(href, 'https://example.org/?thema=&periode=2023');
  assert.deepEqual(readView('?thema=&periode=2023&x=1'), { period: '2023' });
});
