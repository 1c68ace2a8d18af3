/**
 * Whether the chart engine is on its way already, fetched without being run. The embed scripts fetch
 * it so as soon as an element that draws charts comes near the viewport (`src/embed/near-modules.ts`),
 * and it runs at the first drawing, not when it arrives, which on a fresh page is in the middle of
 * the first figures' build. Elements on a page without those scripts start it themselves
 * (`ChartController`).
 */
export const chartEnginePrefetch = { started: false };
