/** Types for find-chrome.js, which the Node test configs (plain JS) and TypeScript tests share. */
export const CHROME_FLAGS: string[];
export function findChrome(): string;
