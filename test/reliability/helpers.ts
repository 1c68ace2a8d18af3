/** Helpers for the reliability tests: feeds served by the test server's `/__miv-test__/` routes, and waiting for elements. */
import { TaskStatus } from '@lit/task';
import { oneEvent } from '@open-wc/testing';
import type { MivErrorDetail } from '../../src/components/miv-data-element.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';

let counter = 0;

/** An id no other test uses, so that requests and kept copies never mix between tests. */
export function uniqueId(name: string): string {
  return `${name}-${Date.now().toString(36)}-${counter++}`;
}

/** Stores `body` on the test server and returns the URL that serves it (add `?status=…` etc. to fail). */
export async function serveFeed(id: string, body: unknown): Promise<string> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`/__miv-test__/feed/${id}`, { method: 'PUT', body: text });
  if (!response.ok) throw new Error(`PUT failed: ${response.status}`);
  return new URL(`/__miv-test__/feed/${id}`, location.href).href;
}

/** The small feed's text, served under a fresh id. */
export async function serveSmallFeed(name: string): Promise<{ id: string; url: string; text: string }> {
  const text = await (await fetch(SMALL_FEED_URL)).text();
  const id = uniqueId(name);
  return { id, url: await serveFeed(id, text), text };
}

/** Makes later requests for `feed/<id>` fail (or slow down) as `query` says, at the same URL. */
export async function setMode(id: string, query: string): Promise<void> {
  await fetch(`/__miv-test__/mode/${id}?${query}`, { method: 'POST' });
}

export interface Hits {
  hits: number;
  cookies: boolean[];
  /** Requests the client gave up on while the server was still waiting. */
  abandoned: number;
}

/** How often the server was asked for `feed/<id>`, whether each request carried a cookie, how many were abandoned. */
export async function hitsOf(id: string): Promise<Hits> {
  return (await (await fetch(`/__miv-test__/hits/${id}`)).json()) as Hits;
}

/** Creates `<tag>` with `props`, attaches it to `parent` and returns it with its first `miv-error` (if any comes). */
export function mount<E extends HTMLElement>(
  tag: string,
  props: Record<string, unknown>,
  parent: Element = document.body,
): { el: E; error: Promise<MivErrorDetail> } {
  const el = document.createElement(tag) as E;
  Object.assign(el, props);
  const error = oneEvent(el, 'miv-error').then((e) => (e as CustomEvent<MivErrorDetail>).detail);
  parent.append(el);
  return { el, error };
}

/** Text of the element's shadow root (or of one part of it), with runs of white space collapsed. */
export function shownText(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The text of every live region of `role` in `root`, in the shadow roots of its elements too: what a
 * screen reader announces by itself.
 */
export function alertsIn(root: ParentNode, role = 'alert'): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.getAttribute('role') === role
      ? [(el.querySelector('p') ?? el).textContent!.replace(/\s+/g, ' ').trim()]
      : []),
    ...(el.shadowRoot ? alertsIn(el.shadowRoot, role) : []),
  ]);
}

/** Waits until `check` holds, polling each frame; fails after `ms`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Runs `start` as if `ms` had passed: `loadFeed` reads the clock when it is called, to tell whether
 * a failure it shares with later calls is still recent.
 */
export function later<T>(ms: number, start: () => T): T {
  const now = performance.now.bind(performance);
  performance.now = () => now() + ms;
  try {
    return start();
  } finally {
    delete (performance as { now?: unknown }).now;
  }
}

/** Where the element's feed task stands; undefined for an element without one. */
const feedStatus = (el: Element) => (el as Element & { feedTask?: { status: TaskStatus } }).feedTask?.status;

/** Whether the element has its feed, built or not. */
export const feedLoaded = (el: Element): boolean => feedStatus(el) === TaskStatus.COMPLETE;

/** Whether the element's feed task has finished (with the feed or an error) and the result is rendered. */
export const isSettled = (el: Element): boolean => {
  const status = feedStatus(el);
  // The first render only follows the task, so also look for content.
  return (
    (status === TaskStatus.COMPLETE || status === TaskStatus.ERROR) &&
    el.shadowRoot?.querySelector('[aria-busy]') === null &&
    el.shadowRoot.childElementCount > 0
  );
};

/** Whether the element shows its loading state. */
export const isLoading = (el: Element): boolean => el.shadowRoot?.querySelector('[aria-busy="true"]') !== null;
