/**
 * A value an element derives from its inputs (feed, attributes, dictionary, design tokens), computed
 * again only when one of them changes, as lit's `guard` does for templates and `@lit/task` for its
 * `args`. The inputs are listed where the value is computed, not folded into a key string that can
 * leave one out. The elements derive their dictionary, models and chart options through it.
 */
export class Derived<Value> {
  private last: { inputs: readonly unknown[]; value: Value } | undefined;

  /** The value for these inputs: the kept one while every input is the same (`Object.is`). */
  get(inputs: readonly unknown[], compute: () => Value): Value {
    const last = this.last;
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, i) => Object.is(input, inputs[i])))
      return last.value;
    const value = compute();
    this.last = { inputs, value };
    return value;
  }
}
