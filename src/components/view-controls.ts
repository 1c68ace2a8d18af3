/**
 * The reader's choices of a view, shared by the chart elements: a toggle between two or more ways of
 * showing the same figures (number or rate, values or index), as a labelled group of pressed buttons
 * that a keyboard reaches with Tab and a screen reader announces as "ingedrukt".
 */
import { css, html, type TemplateResult } from 'lit';

export interface ToggleOption {
  value: string;
  label: string;
}

export interface ToggleOptions {
  /** The group's label, visible and its accessible name. */
  label: string;
  /** The CSS part of the group. */
  part: string;
  options: readonly ToggleOption[];
  selected: string;
  onSelect: (value: string) => void;
  /**
   * Marks the feed's words in the labels with the feed's language (`markFeedWords`): the rate's
   * button is named by the feed's unit (`Per 1.000 inwoners`) in an English widget too.
   */
  mark?: (text: string) => unknown;
}

export function renderToggle({
  label,
  part,
  options,
  selected,
  onSelect,
  mark = (text) => text,
}: ToggleOptions): TemplateResult {
  const id = `${part}-label`;
  return html`<div class="toggle" part=${part} role="group" aria-labelledby=${id}>
    <span id=${id} class="toggle-label">${mark(label)}</span>
    ${options.map(
      (o) =>
        html`<button
          type="button"
          data-value=${o.value}
          aria-pressed=${String(o.value === selected)}
          @click=${() => o.value !== selected && onSelect(o.value)}
        >
          ${mark(o.label)}
        </button>`,
    )}
  </div>`;
}

export const viewControlStyles = css`
  .view-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em calc(2 * var(--_space));
    margin: 0 0 var(--_space);
  }
  .view-controls .period,
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: inherit;
  }
  .view-controls select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.15em 0.4em;
  }
  /* Filled, and bold besides. */
  .toggle button[aria-pressed='true'] {
    font-weight: 700;
    color: var(--_background);
    background: var(--_link);
  }
  /* Forced colours draw a backplate of the page's colour behind text, which hid the label in the
     colour of the page: the system's pair for a selection instead. */
  @media (forced-colors: active) {
    .toggle button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
  .group-rule {
    font-size: 0.9em;
    margin: 0 0 var(--_space);
  }
`;
