/**
 * The choices a page presets on an element that lets the reader choose further (a filter's theme or
 * district, the area picker's area). An id the feed does not have is not a reason to show nothing:
 * the element shows every theme or district instead, and says which id it did not find.
 */
import type { Feed } from '../feed/schema.js';
import { MivError } from '../feed/errors.js';
import { meantEntry } from '../feed/meant.js';
import { indexFeed, type FeedIndex } from './series.js';

/** What the element starts at: the id asked for, or `''` (everything) with the error for an unknown one. */
export interface Preset {
  id: string;
  unknown?: MivError;
}

/** A theme id, or `''` for every theme. */
export function themePreset(feed: Feed, id: string): Preset {
  if (!id || feed.themes.some((t) => t.id === id)) return { id };
  return { id: '', unknown: indexFeed(feed).unknown('unknown-theme', id, `Onbekend thema: "${id}"`) };
}

/** An area id; the unit and the gemeenten are areas as much as the districts. */
export function areaPreset(feed: Feed, id: string): Preset {
  if (!id || indexFeed(feed).areas.has(id)) return { id };
  return { id: '', unknown: indexFeed(feed).unknown('unknown-area', id, `Onbekend gebied: "${id}"`) };
}

/**
 * The district to start at: `district` where given, else the district `area` lies in (none for the
 * unit or Nederland). An area of another level given as the district is named as such.
 */
export function districtPreset(feed: Feed, district: string, area: string): Preset {
  const index = indexFeed(feed);
  if (!district) {
    const preset = areaPreset(feed, area);
    return preset.unknown ? preset : { id: index.lineage(area).find((a) => a.level === 'district')?.id ?? '' };
  }
  if (index.areas.get(district)?.level === 'district') return { id: district };
  return { id: '', unknown: notADistrict(index, district) };
}

/**
 * The error for `id` given where a district belongs (`within`, a district filter), which is no
 * district's id: an area of another level, given by its id or its name (`breda`), is named as such
 * ("Breda („GM0758”) is geen district."); anything else is not found, with the district meant if any.
 */
export function notADistrict(index: FeedIndex, id: string): MivError {
  const area = index.areas.get(id) ?? meantEntry(index.feed.areas, id, (a) => [a.id, a.name]);
  if (area && area.level !== 'district')
    return new MivError('unknown-area', `Geen district: "${id}"`, { id: area.id, notDistrict: area.name });
  return index.unknown('unknown-area', id, `Onbekend gebied: "${id}"`, (a) => a.level === 'district');
}
