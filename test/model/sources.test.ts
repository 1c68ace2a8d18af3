import { expect } from '@open-wc/testing';
import { buildSourcesOverview } from '../../src/model/sources.js';
import { buildProfile } from '../../src/model/profile.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { useSampleFeed } from '../helpers.js';

describe('the overview of sources', () => {
  const feed = useSampleFeed();

  it('gives a listed source without an address the one its indicators give, as their footers do', () => {
    const entry = buildSourcesOverview(feed()).find((e) => e.source.id === 'veiligheidsregio')!;
    expect(feed().sources!.find((s) => s.id === 'veiligheidsregio')!.url, 'the feed lists none').to.equal(undefined);
    expect(entry.source.url).to.equal('https://www.cbs.nl/');
    expect(entry.listed, 'still the listed entry').to.equal(true);
    const profile = buildProfile(feed(), { area: 'GM0758', indicators: ['woningbranden'] }, dictionaries.nl);
    expect(profile.sources.map((s) => s.url)).to.deep.equal(['https://www.cbs.nl/']);
  });

  it('keeps an address the listed source has, whatever its indicators give', () => {
    const withOwn = { ...feed(), sources: feed().sources!.map((s) => ({ ...s, url: s.url ?? 'https://vr.example/' })) };
    const entry = buildSourcesOverview(withOwn).find((e) => e.source.id === 'veiligheidsregio')!;
    expect(entry.source.url).to.equal('https://vr.example/');
  });
});
