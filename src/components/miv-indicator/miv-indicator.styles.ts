import { css } from 'lit';

export const indicatorStyles = css`
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1.5em;
    margin-bottom: 0.25em;
  }
  .latest {
    margin: 0;
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .period {
    color: var(--_muted);
  }
  .missing {
    margin: 0;
  }
  .changes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .value {
    font-size: var(--miv-indicator-value-font-size, 2em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .polarity,
  .fallback {
    font-size: 0.9em;
    margin: 0 0 var(--_space);
  }
  .polarity {
    color: var(--_muted);
  }
  .fallback {
    font-weight: 600;
  }
`;
