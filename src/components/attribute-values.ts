/**
 * Attributes that take one of a fixed set of values. Another value is ignored, as `<img loading="x">`
 * ignores one: the element does what it does without the attribute. The console says so, so that a
 * webmaster whose `sort="hoog"` sorts nothing learns why and what the element takes.
 */
import { langOf } from '../i18n/strings.js';

/** The values each attribute takes, by the attribute's name, which is also its property's. */
export type FixedValues = Readonly<Record<string, readonly string[]>>;

/**
 * The console's line for an attribute's value that the element does not use: `<miv-district-compare
 * sort="hoog">: onbekende waarde, genegeerd; mogelijk: fixed, value, name.` `why` says why, `aside`
 * what follows "genegeerd" (what would work), `possible` what it takes.
 */
export function warnIgnored(
  element: Element,
  attribute: string,
  value: string,
  why: string,
  possible: string,
  aside = '',
): void {
  console.warn(
    `miv-widgets: <${element.localName} ${attribute}="${value}">: ${why}, genegeerd${aside}; mogelijk: ${possible}.`,
  );
}

/** Warns, for each attribute of `fixed` that `changed` names, when its value is not one of its set. */
export function warnUnknownValues(
  element: HTMLElement,
  fixed: FixedValues,
  changed: ReadonlyMap<PropertyKey, unknown>,
): void {
  for (const [name, values] of Object.entries(fixed)) {
    if (!changed.has(name)) continue;
    const value: unknown = (element as unknown as Record<string, unknown>)[name];
    // An empty or removed attribute asks for the default.
    if (value === '' || value === null || value === undefined || values.includes(String(value))) continue;
    warnIgnored(element, name, String(value), 'onbekende waarde', values.join(', '));
  }
}

/** A number of milliseconds as an attribute or a property gives it, where it is positive and finite. */
export function positiveMs(value: unknown): number | undefined {
  // A string too, as a framework that sets properties may pass the attribute's text (`"5000"`).
  const ms = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  return ms > 0 && Number.isFinite(ms) ? ms : undefined;
}

/**
 * Warns when the attribute `name`, a number of milliseconds, is not a positive finite number
 * (`timeout="15 s"`, `timeout="0"`): the element waits `fallback` instead, as it does without it.
 */
export function warnInvalidMs(
  element: HTMLElement,
  name: string,
  fallback: number,
  changed: ReadonlyMap<PropertyKey, unknown>,
): void {
  if (!changed.has(name)) return;
  const value: unknown = (element as unknown as Record<string, unknown>)[name];
  const written = element.getAttribute(name);
  // As written where the attribute gave the value (`15 s`, not the `NaN` it became).
  const shown = written !== null && Object.is(Number(written), value) ? written : String(value);
  // An empty or removed attribute asks for the default.
  if (value === null || value === undefined || shown.trim() === '' || positiveMs(value) !== undefined) return;
  warnIgnored(
    element,
    name,
    shown,
    'geen geldig aantal milliseconden',
    `een getal groter dan 0 (standaard ${fallback})`,
  );
}

/**
 * Warns when the element's own `lang` asks for a language the interface does not have (`fr`): the
 * element speaks Dutch then, as it does for `nl-BE`. The page's language is not ours to question:
 * a French page may hold a Dutch widget.
 */
export function warnUnknownLanguage(
  element: HTMLElement & { lang: string },
  changed: ReadonlyMap<PropertyKey, unknown>,
): void {
  const { lang } = element;
  // Empty, or null once the attribute is removed: the language of the page or the feed.
  if (!changed.has('lang') || !lang || langOf(lang) !== 'nl' || /^nl(-|$)/i.test(lang)) return;
  console.warn(
    `miv-widgets: <${element.localName} lang="${lang}">: geen teksten in deze taal, Nederlands getoond; mogelijk: nl, en.`,
  );
}
