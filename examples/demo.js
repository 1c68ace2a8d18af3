// The demo monitor's page logic: theme tabs (the WAI-ARIA tabs pattern), opening an indicator in the
// detail view, and the page URL (?gebied=…&thema=…&indicator=…) so that a link reopens the same view.
// The widgets themselves need none of this; it is the glue a webmaster would write.

/** The indicator the detail view opens with, per theme, until the reader picks one. */
const FIRST_INDICATOR = {
  'georganiseerde-criminaliteit': 'drugsdumpingen',
  'zorg-en-veiligheid': 'e33-verward-gedrag',
  'digitale-veiligheid': 'slachtoffer-online-oplichting',
  'veilige-buurt-en-omgeving': 'woninginbraak',
};

const feed = document.querySelector('miv-feed');
const theme = document.querySelector('miv-theme');
const panel = document.getElementById('thema-paneel');
const tabs = [...document.querySelectorAll('[aria-label="Thema’s"] [role="tab"]')];
const indicator = document.querySelector('miv-indicator');
const compare = document.querySelector('miv-district-compare');
const detailHeading = document.getElementById('detail-kop');

function writeUrl(changes) {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(changes)) url.searchParams.set(key, value);
  history.replaceState(history.state, '', url);
}

/** Compares gemeenten when a gemeente is chosen, districts otherwise. */
function showArea(area) {
  compare.setAttribute('level', area.startsWith('GM') ? 'gemeente' : 'district');
  compare.setAttribute('highlight', area);
}

function showIndicator(id) {
  indicator.setAttribute('indicator', id);
  compare.setAttribute('indicator', id);
  document.querySelector('miv-map').setAttribute('indicator', id);
}

function selectTab(tab, { focus = false, write = true } = {}) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
  }
  if (focus) tab.focus();
  panel.setAttribute('aria-labelledby', tab.id);
  theme.setAttribute('theme', tab.dataset.theme);
  if (write) {
    showIndicator(FIRST_INDICATOR[tab.dataset.theme]);
    writeUrl({ thema: tab.dataset.theme, indicator: FIRST_INDICATOR[tab.dataset.theme] });
  }
}

for (const tab of tabs) tab.addEventListener('click', () => selectTab(tab));

document.querySelector('[aria-label="Thema’s"]').addEventListener('keydown', (event) => {
  const index = tabs.indexOf(document.activeElement);
  if (index < 0) return;
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(tabs[(next + tabs.length) % tabs.length], { focus: true });
});

// A card of the theme overview, or an indicator named in a highlight: open it in the detail view.
document.addEventListener('miv-select', (event) => {
  const { area, indicator: id } = event.detail;
  if (area && area !== feed.area) feed.area = area;
  showArea(feed.area);
  if (!id) return;
  showIndicator(id);
  writeUrl({ gebied: feed.area, indicator: id });
  detailHeading.scrollIntoView({
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
  detailHeading.focus({ preventScroll: true });
});

// Reopen what the link names; the area picker reads ?gebied= itself.
const params = new URL(location.href).searchParams;
const linkedTab = tabs.find((t) => t.dataset.theme === params.get('thema'));
if (linkedTab) selectTab(linkedTab, { write: false });
showIndicator(params.get('indicator') || FIRST_INDICATOR[theme.getAttribute('theme')]);
showArea(params.get('gebied') || feed.getAttribute('area'));

// The detail view's two tabs: the charts, or the map of the gemeenten for the same indicator. The map
// loads its code and boundaries only when its tab is first shown.
const viewTabs = [...document.querySelectorAll('[aria-label="Weergave"] [role="tab"]')];
function selectView(tab, focus = false) {
  for (const t of viewTabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
}
for (const tab of viewTabs) tab.addEventListener('click', () => selectView(tab));
document.querySelector('[aria-label="Weergave"]').addEventListener('keydown', (event) => {
  const index = viewTabs.indexOf(document.activeElement);
  if (index < 0 || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
  event.preventDefault();
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: viewTabs.length - 1 }[event.key];
  selectView(viewTabs[(next + viewTabs.length) % viewTabs.length], true);
});
