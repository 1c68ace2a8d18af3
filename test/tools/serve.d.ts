/** Types for serve.js, which the benchmark and example checks (plain JS) and TypeScript tests share. */
export function serve(): Promise<{ origin: string; close: () => Promise<void> }>;
