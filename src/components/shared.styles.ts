/**
 * Styles every chart element shares. Component tokens fall back to global `--miv-*` tokens, and
 * those to NL Design System tokens of the host page where one exists, so a themed site needs no
 * extra CSS.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --_font: var(--miv-font-family, var(--utrecht-document-font-family, system-ui, sans-serif));
    --_text: var(--miv-color-text, var(--utrecht-document-color, #1a1a1a));
    --_muted: var(--miv-color-text-muted, #555555);
    --_background: var(--miv-color-background, var(--utrecht-document-background-color, #ffffff));
    --_link: var(--miv-color-link, var(--utrecht-link-color, #0b5cad));
    --_border: var(--miv-color-border, #c8c8c8);
    --_space: var(--miv-space, 0.75rem);
    --_radius: var(--miv-radius, 4px);
    --_chart-height: var(--miv-chart-height, 320px);
    --_favourable: var(--miv-color-favourable, #00735c);
    --_unfavourable: var(--miv-color-unfavourable, #b3261e);
    --_neutral: var(--miv-color-neutral, #555555);
    --_focus: var(--miv-focus-outline-color, var(--utrecht-focus-outline-color, #0b5cad));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.45;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .figure {
    margin: 0;
  }
  .chart,
  .engine {
    height: var(--_chart-height);
    width: 100%;
  }
  .status {
    min-height: var(--_chart-height);
    padding: var(--_space);
  }
  .status.loading {
    /* About a ready element's height: headline and summary lines, notes, actions and footer. */
    min-height: calc(var(--_chart-height) + 32em);
    padding: 0;
  }
  .error {
    border-inline-start: 4px solid var(--_unfavourable);
  }
  .no-data {
    min-height: auto;
    border-inline-start: 4px solid var(--_border);
  }
  /* The loading placeholder: about the ready element's height, so the page does not jump. */
  .skeleton {
    display: grid;
    gap: 0.6em;
  }
  .bone {
    display: block;
    height: 1em;
    width: 60%;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.4;
  }
  .bone.title {
    height: 1.4em;
    width: 80%;
  }
  .bone.value {
    height: 2.2em;
    width: 30%;
  }
  .bone.chart {
    height: var(--_chart-height);
    width: 100%;
  }
  .notes {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    margin: var(--_space) 0;
  }
  .downloads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-size: 0.9em;
  }
  .summary {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sample {
    display: inline-block;
    margin: 0 0 var(--_space);
    padding: 0.1em 0.5em;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
    font-size: 0.85em;
    font-weight: 600;
  }
  .footer dl {
    display: grid;
    gap: 0.25em;
    margin: var(--_space) 0 0;
    font-size: 0.85em;
  }
  .footer dl > div {
    display: flex;
    gap: 0.5em;
  }
  .footer dt {
    font-weight: 600;
    min-width: 7em;
  }
  .footer dd {
    margin: 0;
  }
  .duiding blockquote {
    margin: 0 0 var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
  }
  .duiding h3 {
    font-size: 1em;
    margin: var(--_space) 0 0.25em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.2em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* A value and its margin stay on one line; a narrow table scrolls instead. */
  td {
    white-space: nowrap;
  }
  .table {
    overflow-x: auto;
  }
  .legend {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
`;
