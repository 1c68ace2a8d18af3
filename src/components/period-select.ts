/**
 * A native period picker. A `<select>` is operable by keyboard and announced by every screen reader
 * without any script of ours, and it stays compact for the eleven years of a yearly series.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Strings } from '../i18n/strings.js';
import { formatPeriod } from '../model/format.js';

export interface PeriodSelectOptions {
  /** Element id of the `<select>`, unique within the shadow root. */
  id: string;
  label: string;
  /** Periods oldest first; the newest is listed first, as it is picked most. */
  periods: readonly string[];
  selected: string;
  strings: Strings;
  onSelect: (period: string) => void;
}

export function renderPeriodSelect(options: PeriodSelectOptions): TemplateResult {
  const { id, label, periods, selected, strings, onSelect } = options;
  return html`<div class="period">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      part="period"
      .value=${live(selected)}
      @change=${(event: Event) => onSelect((event.target as HTMLSelectElement).value)}
    >
      ${[...periods]
        .reverse()
        .map((p) => html`<option value=${p} ?selected=${p === selected}>${formatPeriod(p, strings)}</option>`)}
    </select>
  </div>`;
}
