import { expect } from '@open-wc/testing';
import { sparkline } from '../../src/charts/sparkline.js';

describe('sparkline', () => {
  it('scales the lowest value to the bottom and the highest to the top', () => {
    const g = sparkline([0, 5, 10], 100, 20, 0);
    expect(g.paths).to.deep.equal(['M0 20L50 10L100 0']);
    expect(g.last).to.deep.equal({ x: 100, y: 0 });
  });

  it('breaks the line at a gap and draws a lone value as a dot', () => {
    const g = sparkline([1, 2, null, 3, null, 4, 5], 60, 10, 0);
    expect(g.paths).to.have.length(2);
    expect(g.dots, '3 is halfway between 1 and 5').to.deep.equal([{ x: 30, y: 5 }]);
    expect(g.paths.join(' ')).not.to.contain('L30');
  });

  it('starts a new line after a series break, never joining the values on either side', () => {
    const g = sparkline([1, 2, 3, 4, 5], 40, 10, 0, [3]);
    expect(g.paths).to.deep.equal(['M0 10L10 7.5L20 5', 'M30 2.5L40 0']);
    expect(sparkline([1, 2, 3], 20, 10, 0, [2]).dots, 'a lone value after the break is a dot').to.deep.equal([
      { x: 20, y: 0 },
    ]);
  });

  it('does not stretch a small wobble over the full height', () => {
    // 100 → 101 moves 1 %; the range is widened to a quarter of 101, centred on 100,5.
    const g = sparkline([100, 101], 10, 100, 0);
    expect(g.paths).to.deep.equal(['M0 52L10 48']);
  });

  it('puts a flat series in the middle and draws nothing without numbers', () => {
    expect(sparkline([3, 3, 3], 40, 10).paths).to.deep.equal(['M2 5L20 5L38 5']);
    expect(sparkline([null, null], 40, 10)).to.deep.equal({ paths: [], dots: [] });
  });
});
