/**
 * The base of every element with a title (all but the area picker): the level of that title's
 * heading, which a page sets to fit its own outline.
 */
import { property } from 'lit/decorators.js';
import { MivDataElement } from './miv-data-element.js';

export abstract class MivTitledElement extends MivDataElement {
  /**
   * The level of the element's title, 1 to 6 (default 2), so that the element fits the outline of
   * the page around it; its other headings follow one level or more below it.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The title's level as set, or 2 where `heading-level` is not a level. */
  protected get titleLevel(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }
}
