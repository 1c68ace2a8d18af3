/**
 * Registers `<miv-feed>` and `<miv-indicator>` only: the lightest script for the most common page,
 * one or a few indicator charts. Pages that also use the comparison or the monitor elements load
 * `define.ts` (`miv-widgets.js`) instead; both may meet on one page.
 */
import { MivIndicator } from './components/miv-indicator/miv-indicator.js';
import { MivFeed } from './components/miv-feed/miv-feed.js';
import { defineElements } from './register.js';

defineElements({ 'miv-feed': MivFeed, 'miv-indicator': MivIndicator });

// Their typings, so that `import 'miv-widgets/define-indicator'` also declares the tags for TypeScript users.
export type { MivFeed, MivIndicator };
