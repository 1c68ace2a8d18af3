/**
 * The rounding of every figure the library holds or compares: as the widgets print it (through
 * `Intl`), which is how a reader rounds too. Here, before the model, so that the feed builder rounds
 * the rates it computes the same way.
 */

/** A locale whose numbers, written without grouping, `Number()` reads back: `-1234.5`. */
const READ_BACK_LOCALE = 'en-US';

/** One format per number of decimals: making one costs far more than using it. */
const readBack = new Map<number, Intl.NumberFormat>();

/**
 * A number, or an exact decimal as a string (`245e-2`), rounded to `decimals` as the widgets'
 * `Intl` number formats print it: the format's own rounding, read back (see `asPrinted`).
 */
export function roundAsPrinted(value: number | `${number}`, decimals: number): number {
  let format = readBack.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(READ_BACK_LOCALE, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    readBack.set(decimals, format);
  }
  return Number(format.format(value));
}

/** The most decimals every `Intl.NumberFormat` accepts (ES2020; later ones take 100). */
export const MAX_DECIMALS = 20;

/**
 * Whether a survey margin can be written at all: some number of decimals shows a digit of it. One
 * that cannot (0, 1e-25) would print `± 0` and test as an exact estimate; a widget holds none
 * (`FeedIndex.points`), and `miv-feed build` and `validate` warn of it (`unwritableMarginWarning`).
 */
export function isWritableMargin(margin: number): boolean {
  return roundAsPrinted(margin, MAX_DECIMALS) !== 0;
}

/** A finite number's shortest decimal form as whole digits and a power of ten: 2.45 is 245 × 10⁻². */
function decimalForm(value: number): { digits: bigint; exponent: number } {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return { digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length };
}

/**
 * `numerator × times / denominator` with `decimals`, rounded as the widgets print it and as a
 * reader computes it: on the numbers' decimal forms. 49 per 20.000 inwoners is 2,45 per 1.000, printed
 * 2,5; divided and multiplied in binary it is 2,4499999…, which `Intl` prints 2,4, and `Math.round`
 * of it times ten gives 2,4 as well. Every rate and index a feed or a widget computes goes through
 * here, so that what it holds prints as the reader's own sum does. The denominator is not 0.
 */
export function printedRatio(numerator: number, denominator: number, decimals: number, times = 1): number {
  const [n, d, t] = [decimalForm(numerator), decimalForm(denominator), decimalForm(times)];
  // The exact quotient in units of one decimal more than printed, cut off rather than rounded: the
  // digit that decides the printed rounding stays as it is.
  const shift = n.exponent + t.exponent - d.exponent + decimals + 1;
  const power = (exponent: number) => 10n ** BigInt(Math.max(exponent, 0));
  const scaled = (n.digits * t.digits * power(shift)) / (d.digits * power(-shift));
  return roundAsPrinted(`${scaled}e-${decimals + 1}` as `${number}`, decimals);
}
