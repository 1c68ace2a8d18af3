// The profile of the area the link names (?gebied=GM0758); without one, the element shows the unit.
import { readView } from '../dist/lib/view/view-state.js';

const { area } = readView(location.search);
if (area) document.querySelector('miv-profile').setAttribute('area', area);
