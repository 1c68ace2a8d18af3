/**
 * The one period of a comparison or a map: fixed by the page in its markup, without a picker, or
 * the reader's to pick. A period set after the element was connected (a page restoring the reader's
 * choice from its URL), or one that follows the URL (`url-view`), keeps the picker, so that the
 * reader can choose again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { followedKeys } from '../view/url-state.js';

type Host = ReactiveControllerHost & HTMLElement & { period: string };

export class PeriodChoice implements ReactiveController {
  /** The period the reader picked, while the element's `period` does not hold it. */
  private picked = '';
  /** Whether the page set `period` in its markup, as the element was first connected. */
  private inMarkup: boolean | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.inMarkup ??= this.host.hasAttribute('period');
  }

  /** A period the page fixed: no picker, and the period is named in the header. */
  get fixed(): boolean {
    return this.inMarkup === true && !followedKeys(this.host).includes('period');
  }

  /** The period to show; empty for the latest with figures. */
  get asked(): string {
    return this.host.period || this.picked;
  }

  /**
   * The reader's pick. Following the URL (or restored from it), it is `period` itself, so that Back
   * to a link without one shows the latest.
   */
  pick(period: string): void {
    if (this.host.period || followedKeys(this.host).includes('period')) this.host.period = period;
    else {
      this.picked = period;
      this.host.requestUpdate();
    }
  }

  /** Another indicator or set of areas starts at its latest period. */
  forget(): void {
    this.picked = '';
  }
}
