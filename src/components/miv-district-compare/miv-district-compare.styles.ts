import { css } from 'lit';

export const districtCompareStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(2 * var(--_space));
  }
  .period,
  .sort {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 var(--_space);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.15em 0.4em;
  }
  /* The bars (and the values' backgrounds) on whole pixels: sharp edges, as ECharts' own bars had,
     where the areas that draw them blur a pixel at each edge. Not the lines, whose 1,5 px would come
     out 1 or 2 px wide by where they fall. The downloaded image does the same (crispFills). */
  .engine svg path:not([fill='none']) {
    shape-rendering: crispEdges;
  }
  .polarity {
    font-size: 0.9em;
    margin: 0 0 var(--_space);
  }
  /*
   * Never shorter than the bars need, whatever height the tokens give: a house style's one height for
   * every chart (320px) drew 37 gemeenten's names over each other, and an invalid one drew nothing.
   */
  .bars .chart,
  .bars .engine {
    min-height: var(--_bars-height);
  }
  /* Where the chart-height token is no length (shared.styles.ts): the height the bars need. */
  .bars {
    --_chart-default-height: var(--_bars-height);
  }
  .layout {
    display: grid;
    /* One column that can narrow below the drawing's width: an auto column kept the chart as wide as
       it was drawn when its box narrowed (a phone turned upright), and ECharts never redrew it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space) calc(2 * var(--_space));
  }
  @container (min-width: 46em) {
    .layout.with-aside {
      grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
    }
  }
  .opvallendheden-title {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .opvallendheden article {
    margin: 0 0 var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
  }
  .opvallendheid-title {
    font-size: 0.95em;
    margin: 0;
  }
  .opvallendheden p {
    margin: 0.2em 0;
    font-size: 0.9em;
  }
  .opvallendheden footer {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .no-area-data p {
    margin: 0 0 0.4em;
  }
  @media print {
    .opvallendheden article {
      break-inside: avoid;
    }
    .opvallendheden-title {
      break-after: avoid;
    }
  }
`;
