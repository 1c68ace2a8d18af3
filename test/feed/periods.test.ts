import { expect } from '@open-wc/testing';
import type { Area } from '../../src/feed/schema.js';
import { existsBetween, existsIn, nextPeriod, periodBounds, periodParts, periodYear } from '../../src/feed/periods.js';

// The mergers of the sample feed: Haaren ended with 2020, Altena began in 2019.
const haaren: Area = { id: 'GM0788', name: 'Haaren', level: 'gemeente', validTo: '2020-12-31' };
const altena: Area = { id: 'GM1959', name: 'Altena', level: 'gemeente', validFrom: '2019-01-01' };
const breda: Area = { id: 'GM0758', name: 'Breda', level: 'gemeente' };

describe('periods', () => {
  it('reads years, half-years and quarters', () => {
    expect(periodParts('2024')).to.deep.equal({ year: '2024' });
    expect(periodParts('2024-H2')).to.deep.equal({ year: '2024', part: { kind: 'H', number: 2 } });
    expect(periodParts('2023-Q3')).to.deep.equal({ year: '2023', part: { kind: 'Q', number: 3 } });
  });

  it('gives the calendar year of any period', () => {
    expect(['2019', '2019-H1', '2020-H2', '2021-Q4'].map(periodYear)).to.deep.equal(['2019', '2019', '2020', '2021']);
  });

  it('gives the period after a year, a half-year or a quarter, across the turn of the year', () => {
    expect(['2024', '2024-H1', '2024-H2', '2024-Q3', '2024-Q4'].map(nextPeriod)).to.deep.equal([
      '2025',
      '2024-H2',
      '2025-H1',
      '2024-Q4',
      '2025-Q1',
    ]);
  });

  it('spans a period from its first to its last day, leap days included', () => {
    expect(periodBounds('2024')).to.deep.equal(['2024-01-01', '2024-12-31']);
    expect(periodBounds('2024-H1')).to.deep.equal(['2024-01-01', '2024-06-30']);
    expect(periodBounds('2024-H2')).to.deep.equal(['2024-07-01', '2024-12-31']);
    expect(periodBounds('2024-Q1')).to.deep.equal(['2024-01-01', '2024-03-31']);
    expect(periodBounds('2023-Q1')).to.deep.equal(['2023-01-01', '2023-03-31']);
    expect(periodBounds('2024-Q4')).to.deep.equal(['2024-10-01', '2024-12-31']);
  });
});

describe('area validity', () => {
  it('knows in which periods a merged or new gemeente exists', () => {
    expect(['2019', '2020', '2020-H2', '2021', '2021-Q1'].map((p) => existsIn(haaren, p))).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(['2018', '2018-Q4', '2019', '2019-H1'].map((p) => existsIn(altena, p))).to.deep.equal([
      false,
      false,
      true,
      true,
    ]);
    expect(existsIn(breda, '1990')).to.equal(true);
  });

  it('counts a single day of overlap', () => {
    expect(existsBetween(haaren, '2020-12-31', '2021-06-30')).to.equal(true);
    expect(existsBetween(haaren, '2021-01-01', '2021-06-30')).to.equal(false);
    expect(existsBetween(altena, '2018-07-01', '2019-01-01')).to.equal(true);
    expect(existsBetween(altena, '2018-07-01', '2018-12-31')).to.equal(false);
  });

  it('without an end, asks whether the area still exists from a day on', () => {
    expect(existsBetween(haaren, '2026-06-15')).to.equal(false);
    expect(existsBetween(haaren, '2020-06-15')).to.equal(true);
    // An area that begins later exists from that day on as well.
    expect(existsBetween(altena, '2010-01-01')).to.equal(true);
    expect(existsBetween(breda, '2026-06-15')).to.equal(true);
  });
});
