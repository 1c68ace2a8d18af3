/**
 * The theme's cards as a screen reader gives them: a card's button (or link) is named by what the
 * card is, the indicator with its figure and change; the special period the change reads and the Bron
 * are its description.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MivTheme } from '../../src/components/miv-theme/miv-theme.js';
import { SMALL_FEED_URL, smallFeed } from '../fixtures/feeds.js';
import { feedUrl } from '../helpers.js';
import { axeFindings } from './axe.js';

/** A node of Chromium's accessibility tree with its description. */
interface DescribedNode {
  role: string;
  name: string;
  description?: string;
  children: DescribedNode[];
}

/** The cards as Chromium gives them (`role`, name and description), no-break spaces as spaces. */
async function cardNodes(role: string): Promise<{ name: string; description: string }[]> {
  const found: { name: string; description: string }[] = [];
  const plain = (text = '') => text.replace(/\u00a0/g, ' ');
  findAccessibilityNode<DescribedNode>((await a11ySnapshot({})) as unknown as DescribedNode, (node) => {
    if (node.role === role) found.push({ name: plain(node.name), description: plain(node.description) });
    return false;
  });
  return found;
}

async function theme(src: string, hrefTemplate = ''): Promise<MivTheme> {
  const el = await fixture<MivTheme>(
    html`<miv-theme
      src=${src}
      theme="veilige-buurt-en-omgeving"
      area="GM0758"
      href-template=${hrefTemplate}
    ></miv-theme>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'), 'the cards are drawn');
  return el;
}

describe("the theme's cards in the accessibility tree", () => {
  for (const [kind, role, template] of [
    ['buttons', 'button', ''],
    ['links', 'link', 'detail.html?indicator={indicator}&area={area}'],
  ] as const)
    it(`as ${kind}: named by the indicator, its figure and change, described by the Bron`, async () => {
      const el = await theme(SMALL_FEED_URL, template);
      expect(await cardNodes(role)).to.deep.equal([
        {
          name: 'Woninginbraak 3,0* woninginbraken per 1.000 inwoners 2025 (voorlopig) even hoog als in 2024',
          description: 'Bron: CBS (Bbv) / Politie',
        },
        {
          name: 'Onveilig in buurt 18,7 % van de inwoners van 15 jaar en ouder 2025, marge ± 2,0 procentpunt (95 %) gelijk aan 2023 (verschil niet significant)',
          description: 'Bron: CBS Veiligheidsmonitor',
        },
      ]);
      // Its visible text is its name (WCAG 2.5.3), and the rest of the card passes as well.
      expect((await axeFindings(el)).violations).to.deep.equal([]);
    });

  it('describes a card by the special period its change reads, then its Bron', async () => {
    const feed = await smallFeed();
    // Breda's burglary without figures for 2022–2024: 2025 is compared with 2021, a Corona year.
    const breda = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.values = breda.values.map((v, i) => (['2022', '2023', '2024'].includes(breda.periods[i]!) ? null : v));
    breda.status = { ...breda.status, '2022': 'suppressed', '2023': 'suppressed', '2024': 'suppressed' };
    await theme(feedUrl(feed));
    const [burglary] = await cardNodes('button');
    expect(burglary!.name).to.not.contain('Bron');
    expect(burglary!.description).to.equal('Bijzondere periode 2020–2021 (Corona) Bron: CBS (Bbv) / Politie');
  });
});
