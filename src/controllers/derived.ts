/**
 * A value computed from an explicit list of inputs and kept until one of them changes, in the spirit
 * of `@lit/task`'s `args`: each input is compared by identity (`Object.is`), so nothing is rebuilt on a
 * re-render that changed nothing, and no input can be forgotten by a hand-written cache key. The
 * elements derive their dictionary, model and chart option through it.
 */
export class Derived<Inputs extends readonly unknown[], Value> {
  private last: { inputs: Inputs; value: Value } | undefined;

  constructor(
    private readonly inputs: () => Inputs,
    private readonly compute: (inputs: Inputs) => Value,
  ) {}

  /** The value for the current inputs: computed again only when one of them differs from the last time. */
  get value(): Value {
    const inputs = this.inputs();
    const last = this.last;
    if (last && last.inputs.length === inputs.length && inputs.every((input, i) => Object.is(input, last.inputs[i])))
      return last.value;
    this.last = { inputs, value: this.compute(inputs) };
    return this.last.value;
  }
}
