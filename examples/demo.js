// The demo monitor's page logic: theme tabs (the WAI-ARIA tabs pattern) and opening an indicator in
// the detail view. The view itself (?gebied=…&thema=…&indicator=…&periode=…) is kept by
// <miv-feed url-state>: these controls announce what the reader chose, the feed writes it to the
// link and sets it on the elements marked url-view, also on Back and Forward. The widgets need none
// of this; it is the glue a webmaster would write.

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
const tablist = document.querySelector('[aria-label="Thema’s"]');
const tabs = [...tablist.querySelectorAll('[role="tab"]')];
const compare = document.querySelector('miv-district-compare');
const detailHeading = document.getElementById('detail-kop');

/** Puts a choice in the link; an empty value takes its key out (the element's own default). */
function announce(change) {
  tablist.dispatchEvent(new CustomEvent('miv-view-change', { detail: change, bubbles: true }));
}

/** The tabs show the theme the overview shows, whoever set it: a tab, a link, Back or Forward. */
function showTheme() {
  const selected = tabs.find((t) => t.dataset.theme === theme.getAttribute('theme')) ?? tabs[0];
  for (const t of tabs) {
    t.setAttribute('aria-selected', String(t === selected));
    t.tabIndex = t === selected ? 0 : -1;
  }
  panel.setAttribute('aria-labelledby', selected.id);
}

/** Compares gemeenten when a gemeente is chosen, districts otherwise. */
function showArea() {
  const area = feed.getAttribute('area') ?? '';
  compare.setAttribute('level', area.startsWith('GM') ? 'gemeente' : 'district');
  compare.setAttribute('highlight', area);
}

function selectTab(tab, { focus = false } = {}) {
  if (focus) tab.focus();
  const id = tab.dataset.theme;
  // Another theme opens with its first indicator at its latest period.
  announce({ theme: id, indicator: FIRST_INDICATOR[id], period: '' });
}

for (const tab of tabs) tab.addEventListener('click', () => selectTab(tab));

tablist.addEventListener('keydown', (event) => {
  const index = tabs.indexOf(document.activeElement);
  if (index < 0) return;
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(tabs[(next + tabs.length) % tabs.length], { focus: true });
});

// A card of the theme overview, or an indicator named in a highlight: open it in the detail view.
// A highlight is a link to that view; cancelling its event opens it here without loading the page.
document.addEventListener('miv-select', (event) => {
  if (!['miv-theme', 'miv-highlights'].includes(event.target.localName)) return;
  const { area, indicator, period, theme: themeOf } = event.detail;
  if (!indicator) return;
  event.preventDefault();
  announce({ ...(area ? { area } : {}), ...(themeOf ? { theme: themeOf } : {}), indicator, period: period ?? '' });
  detailHeading.scrollIntoView({
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
  detailHeading.focus({ preventScroll: true });
});

// A gemeente chosen on the map (a click, or Enter while walking it) becomes the page's area.
document.addEventListener('miv-select', (event) => {
  if (event.target.localName !== 'miv-map' || !event.detail.area) return;
  announce({ area: event.detail.area });
});

new MutationObserver(showTheme).observe(theme, { attributeFilter: ['theme'] });
new MutationObserver(showArea).observe(feed, { attributeFilter: ['area'] });
showTheme();
showArea();

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
