/** Types for example-checks.js, which check-examples.js (plain JS) and the examples test share. */
import type { Browser } from 'puppeteer-core';
export const EXAMPLE_PAGES: string[];
export const TIMEOUT_MS: number;
export function checkExample(
  browser: Browser,
  origin: string,
  name: string,
  options?: { screenshot?: string },
): Promise<{ widgets: number; problems: string[] }>;
