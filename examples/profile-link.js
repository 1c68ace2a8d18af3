// Keeps the demo's link to the printable profile on the area chosen in the page.
import { viewHref } from '../dist/lib/view/view-state.js';

const feed = document.querySelector('miv-feed');
const link = document.querySelector('a[data-profile-link]');
const follow = () => (link.href = viewHref({ area: feed.getAttribute('area') ?? '' }, link.href));
new MutationObserver(follow).observe(feed, { attributes: true, attributeFilter: ['area'] });
follow();
