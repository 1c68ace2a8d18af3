/**
 * Registers `<miv-feed>` and `<miv-indicator>` only: the lightest module for the most common page,
 * one or a few indicator charts. Pages that also use the comparison or the monitor elements load
 * `define.ts` instead; both may meet on one page.
 */
import { elementModules } from './elements.js';
import { loadAndDefine } from './register.js';
import type { MivIndicator } from './components/miv-indicator/miv-indicator.js';
import type { MivFeed } from './components/miv-feed/miv-feed.js';

await loadAndDefine(elementModules, ['miv-feed', 'miv-indicator']);

// Their typings, so that `import 'miv-widgets/define-indicator'` also declares the tags for TypeScript users.
export type { MivFeed, MivIndicator };
