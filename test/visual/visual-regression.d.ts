// The package's index.d.ts re-exports `./browser/commands.mjs`, whose types sit in `commands.d.ts`,
// which TypeScript does not look for next to an `.mjs` file: declare the one function used here.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` (see `visual-regression.config.js`). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
