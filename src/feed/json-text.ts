/**
 * The library's errors for feed text that is not JSON, shared by the page and the feed worker so
 * that both report the same kinds and messages. The page loads it only when a feed fails to parse.
 */
import { MivError } from './errors.js';

/**
 * Whether text that is not valid JSON is JSON cut off midway: it opens an object or a list that
 * never closes, or ends inside a string. Only called after `JSON.parse` has failed.
 */
export function looksTruncated(text: string): boolean {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** Why `text`, which `JSON.parse` refused, is no feed: kind `truncated` or `not-json`. */
export function jsonError(text: string, url: string): MivError {
  return looksTruncated(text)
    ? new MivError('truncated', `De feed houdt na ${text.length} tekens midden in de JSON op`, { url })
    : new MivError('not-json', 'De feed is geen geldige JSON', { url });
}
