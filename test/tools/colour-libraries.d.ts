/** The parts of chroma-js and color-blind that the palette check uses (neither ships its own types). */
declare module 'chroma-js' {
  const chroma: {
    /** CIEDE2000 colour difference. */
    deltaE(a: string, b: string): number;
  };
  export default chroma;
}

declare module 'color-blind' {
  type Simulate = (colour: string) => string;
  const blind: Record<
    | 'protanopia'
    | 'protanomaly'
    | 'deuteranopia'
    | 'deuteranomaly'
    | 'tritanopia'
    | 'tritanomaly'
    | 'achromatopsia'
    | 'achromatomaly',
    Simulate
  >;
  export default blind;
}
