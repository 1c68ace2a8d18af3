/**
 * Inline style properties set through the CSSOM (`style.setProperty`), which a page's Content Security
 * Policy allows. lit's `styleMap` writes the `style` attribute on its first render (only its updates
 * go through the CSSOM), which `style-src 'self'` without 'unsafe-inline' refuses: until the next
 * render the properties were missing (a tooltip's mark of 0 × 0 px on a chart's first hover, a
 * legend's swatches without colour) and the page reported a violation for each.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names (dash-case, custom properties included) and their values. */
export type StyleProperties = Readonly<Record<string, string>>;

class StylePropertiesDirective extends Directive {
  private names: readonly string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() binds to an element: <div ${…}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.names = Object.keys(properties);
    return noChange;
  }
}

/** Sets the element's inline style properties: `<div ${styleProperties({ width: '4px' })}>`. */
export const styleProperties = directive(StylePropertiesDirective);
