/**
 * The choices a page presets on an element that lets the reader choose further (a filter's theme or
 * district, the area picker's area). An id the feed does not have is not a reason to show nothing:
 * the element shows every theme or district instead, and says which id it did not find.
 */
import type { Feed } from '../feed/schema.js';
import { MivError } from '../feed/errors.js';
import { indexFeed } from './series.js';

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
  const found = index.areas.get(district);
  if (found?.level === 'district') return { id: district };
  const message = `Geen district: "${district}"`;
  return {
    id: '',
    unknown: found
      ? new MivError('unknown-area', message, { id: district, notDistrict: found.name })
      : index.unknown('unknown-area', district, message, (a) => a.level === 'district'),
  };
}
