/**
 * The chart engine on its way, fetched without being run: the embed scripts fetch it so as soon as
 * an element that draws charts comes near the viewport (`src/embed/near-modules.ts`), and it runs at
 * the first drawing, not when it arrives, which on a fresh page is in the middle of the first
 * figures' build. Settles once it is fetched. Elements on a page without those scripts start the
 * engine themselves (`ChartController`).
 */
export const chartEnginePrefetch: { fetched?: Promise<unknown> } = {};
