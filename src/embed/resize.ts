/**
 * Optional host-page script for iframe embeds: sizes every `<iframe data-miv-embed>` to the height its
 * widget reports, so the frame never scrolls or leaves a gap. A message is only believed when it comes
 * from that very frame's window and from the origin of the frame's `src`.
 */
import { MAX_FRAME_HEIGHT, isHeightMessage } from './protocol.js';

window.addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-miv-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
    // Through the CSSOM rather than a style attribute, so a strict style-src does not block it.
    frame.style.height = `${Math.min(event.data.height, MAX_FRAME_HEIGHT)}px`;
    return;
  }
});
