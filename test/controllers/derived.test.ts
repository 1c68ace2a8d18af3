import { expect } from '@open-wc/testing';
import { Derived } from '../../src/controllers/derived.js';

describe('Derived', () => {
  it('computes again only when one of its inputs changes', () => {
    const derived = new Derived<string>();
    const feed = { id: 'feed' };
    let runs = 0;
    const get = (...inputs: unknown[]) => derived.get(inputs, () => `${++runs}:${inputs.length}`);
    expect(get(feed, 'zeeland', 5)).to.equal('1:3');
    expect(get(feed, 'zeeland', 5), 'same inputs').to.equal('1:3');
    expect(get({ id: 'feed' }, 'zeeland', 5), 'another feed object, even with the same content').to.equal('2:3');
    expect(get({ id: 'feed' }, 'zeeland', 5)).to.equal('3:3');
    expect(get(feed, 'zeeland', 5)).to.equal('4:3');
    expect(get(feed, 'de-baronie', 5), 'another attribute').to.equal('5:3');
    expect(get(feed, 'de-baronie', 5, 'en'), 'one input more').to.equal('6:4');
    expect(get(feed, 'de-baronie', NaN)).to.equal('7:3');
    expect(get(feed, 'de-baronie', NaN), 'NaN is the same NaN').to.equal('7:3');
  });
});
