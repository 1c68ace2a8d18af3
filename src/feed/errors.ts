/** What went wrong, as a machine-readable kind that `miv-error` events carry. */
export type ErrorKind =
  /** The element has no feed address: no `src` of its own and no surrounding `<miv-feed src>`. */
  | 'no-src'
  | 'network'
  | 'http'
  | 'timeout'
  | 'not-json'
  /** The answer stopped in the middle of the JSON (a broken connection or a full disk at the publisher). */
  | 'truncated'
  | 'schema'
  | 'version'
  | 'unknown-indicator'
  | 'unknown-area'
  | 'no-data'
  /** The chart engine could not be loaded or could not draw; the numbers are still shown as text. */
  | 'chart'
  | 'unknown-theme'
  /** The element's own code could not be loaded (a chunk missing after an upgrade): a line of text stands in its place. */
  | 'element';

/**
 * What is wrong with a part of a feed that does not match the schema, one key for each sentence
 * (`IssueWords`): `expected` a type, `oneOf` the values allowed, a text not formed as a `date`,
 * `period`, `url`, `email`, `language` code, `inSentence` or `id` should be, and so on.
 */
export type IssueKey =
  | 'missing'
  | 'expected'
  | 'oneOf'
  | 'date'
  | 'period'
  | 'url'
  | 'email'
  | 'language'
  | 'inSentence'
  | 'id'
  | 'empty'
  | 'atLeast'
  | 'atMost'
  | 'periodKey'
  | 'invalid';

/** The words of the issues, in one language; `arg` is the issue's own (a type, the values, a number). */
export type IssueWords = Record<IssueKey, (arg: string) => string>;

/** One problem in a feed: where (a JSON path such as `indicators[12].polarity`) and what. */
export interface FeedIssue {
  path: string;
  /** In Dutch, for the team that publishes the feed (`miv-feed validate`, `miv-error`'s message). */
  message: string;
  /** What `message` says, for a widget to say in its reader's language; absent where there is only the Dutch. */
  said?: { key: IssueKey; arg?: string };
}

/**
 * Every failure the library reports is a `MivError`, so an element can map it to a message and an
 * event without inspecting strings.
 */
export class MivError extends Error {
  override readonly name = 'MivError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /**
     * `notDistrict`: the name of the area `id`, asked for (by its id or its name) as a district but
     * of another level;
     * `meant`: the feed's entry an unknown `id` probably stands for.
     */
    readonly detail: {
      status?: number;
      issues?: FeedIssue[];
      id?: string;
      url?: string;
      notDistrict?: string;
      meant?: { id: string; name: string };
    } = {},
  ) {
    super(message);
  }
}

/** Formats a path from zod (`['indicators', 12, 'polarity']`) the way a reader writes it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(feed)';
}
