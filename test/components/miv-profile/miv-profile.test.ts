import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivProfile } from '../../../src/components/miv-profile/miv-profile.js';
import type { MivErrorDetail } from '../../../src/components/miv-data-element.js';
import { failOnConsoleErrors, feedUrl, SAMPLE_FEED_URL, useSampleFeed } from '../../helpers.js';
import { axeFindings } from '../../a11y/axe.js';

const cards = (el: MivProfile) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
const part = (el: MivProfile, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** A card's duiding as read: each label of what it is about, each text and each byline. */
const duidingLines = (card: HTMLElement) =>
  [...card.querySelectorAll('[part="duiding"] :is(.duiding-scope, blockquote > p, footer)')].map((line) =>
    line.textContent!.replace(/\s+/g, ' ').trim(),
  );

async function profile(attributes = { area: 'GM0758', themes: '', indicators: '', heading: '' }): Promise<MivProfile> {
  const el = await fixture<MivProfile>(
    html`<miv-profile
      src=${SAMPLE_FEED_URL}
      area=${attributes.area}
      themes=${attributes.themes}
      indicators=${attributes.indicators}
      heading=${attributes.heading}
    ></miv-profile>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', { timeout: 8000 });
  return el;
}

/** The names of the regions on the page, as Chromium gives them to a screen reader's list of landmarks. */
async function regionNames(): Promise<string[]> {
  type Node = { role: string; name: string; children: Node[] };
  const names: string[] = [];
  findAccessibilityNode<Node>((await a11ySnapshot({})) as unknown as Node, (node) => {
    if (node.role === 'region') names.push(node.name);
    return false;
  });
  return names;
}

/** The document's page rules, as the element adopted them. */
const pageRules = () =>
  document.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule) => rule instanceof CSSPageRule)
    .map((rule) => rule.cssText)
    .join('\n');

describe('<miv-profile>', () => {
  failOnConsoleErrors();
  const sampleFeed = useSampleFeed();
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows every indicator of every theme with figure, sparkline, changes, duiding and findings', async () => {
    const feed = sampleFeed();
    const el = await profile();
    expect(part(el, 'title').textContent).to.equal('Veiligheidsprofiel Breda');
    const sections = [...el.shadowRoot!.querySelectorAll('[part="theme"]')];
    expect(sections.map((s) => s.querySelector('h3')!.textContent)).to.deep.equal(
      [...feed.themes].sort((a, b) => a.order - b.order).map((t) => t.title),
    );
    expect(cards(el)).to.have.length(feed.indicators.length);
    for (const card of cards(el)) expect(card.querySelector('svg[part="sparkline"]'), card.textContent!).to.exist;

    const title = feed.indicators.find((i) => i.id === 'misdrijven-totaal')!.shortTitle;
    const crime = cards(el).find((c) => c.querySelector('h4')!.textContent === title)!;
    expect(crime.querySelector('[part="value"]')!.textContent).to.match(/^\d/);
    expect(crime.querySelectorAll('[part="change"]')).to.have.length(2);
    const breda = feed.duiding.find((d) => d.indicator === 'misdrijven-totaal' && d.area === 'GM0758')!;
    expect(crime.querySelector('[part="duiding"]')!.textContent).to.contain(breda.text);
    // A region per card with duiding, each named after its indicator: a list of regions tells them apart.
    expect(crime.querySelector('[part="duiding"]')!.getAttribute('aria-label')).to.equal(`Duiding bij ${title}`);
    const regions = [...el.shadowRoot!.querySelectorAll('[part="duiding"]')].map((r) => r.getAttribute('aria-label'));
    expect(new Set(regions).size).to.equal(regions.length);

    const findings = [...el.shadowRoot!.querySelectorAll('[part="findings"] li')];
    expect(findings.length).to.be.greaterThan(0);
    for (const f of findings)
      expect(f.textContent).to.match(
        /Rekenregel\s+(Grootste veranderingen|Ver van het landelijke cijfer|Omslag in de trend):/,
      );
  });

  it('gives each figure its footnotes: margin, breaks with their notes, special periods, Toelichting, Bron', async () => {
    const feed = sampleFeed();
    const el = await profile();
    const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
    const cardOf = (id: string) => {
      const title = feed.indicators.find((i) => i.id === id)!.shortTitle;
      return cards(el).find((c) => c.querySelector('h4')!.textContent === title)!;
    };
    const notesOf = (id: string) => [...cardOf(id).querySelectorAll('[part="notes"] li')].map(text);

    // A survey value with its 95 % margin; the change since the break says why there is one.
    const unsafe = cardOf('onveilig-eigen-buurt');
    expect(unsafe.querySelector('.period')!.textContent).to.equal('2025, marge ± 2,31 procentpunt (95\u00a0%)');
    expect(text(unsafe.querySelector('[part="change"]:last-of-type'))).to.match(/^→ sinds 2021 \(na de trendbreuk\)/);
    const survey = [...unsafe.closest('[part="theme"]')!.querySelectorAll('[part="theme-notes"] li')]
      .map(text)
      .indexOf(
        'Vernieuwde Veiligheidsmonitor: andere vragenlijst en weging; de cijfers vanaf 2021 zijn niet te vergelijken met die van 2019.',
      );
    expect(survey).to.be.at.least(0);
    expect(notesOf('onveilig-eigen-buurt')).to.deep.equal([`Trendbreuk 2021, zie noot ${survey + 1}`]);
    // A registered count has no margin; its sparkline holds the COVID years.
    expect(text(cardOf('woninginbraak').querySelector('.period'))).not.to.contain('marge');
    expect(notesOf('woninginbraak')).to.deep.equal(['Bijzondere periode 2020–2021 (Corona)']);
    expect(notesOf('drugsdumpingen')).to.deep.equal([]);

    // Toelichting: what is counted, and the feed's caveat where it gives one; then the source.
    const trafficking = feed.indicators.find((i) => i.id === 'mensenhandel-seksuele-uitbuiting')!;
    expect([...cardOf(trafficking.id).querySelectorAll('[part="about"] p')].map(text)).to.deep.equal([
      `Toelichting: ${trafficking.definition} ${trafficking.explanation}`,
      `Bron: ${trafficking.source.name}`,
    ]);
  });

  it('says the reason of a break once per theme, in a numbered note the cards refer to', async () => {
    // Tilburg took part of Haaren in 2021: nearly every series breaks there, for that one reason.
    const feed = sampleFeed();
    const el = await profile({ area: 'GM0855', themes: '', indicators: '', heading: '' });
    const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    const haaren = feed.indicators.find((i) => i.id === 'drugsdumpingen')!.breaks![0]!.reason;
    const theme = el.shadowRoot!.querySelector<HTMLElement>('[part="theme"]')!;
    const notesOf = (id: string) => {
      const title = feed.indicators.find((i) => i.id === id)!.shortTitle;
      const card = cards(el).find((c) => c.querySelector('h4')!.textContent === title)!;
      return [...card.querySelectorAll('[part="notes"] li')].map(text);
    };

    // Two cards with the same break share its note, which holds the reason; the theme says it once.
    // The feed's note on Tilburg's 2021, which the change since the break starts from, is note 2.
    expect(notesOf('bibob-weigeringen')).to.deep.equal(['Trendbreuk 2021, zie noot 1']);
    expect(notesOf('drugsdumpingen')).to.deep.equal(['Trendbreuk 2021, zie noot 1', 'Cijfer 2021, zie noot 2']);
    const notes = theme.querySelector('[part="theme-notes"]')!;
    expect(notes.tagName).to.equal('OL');
    expect([...notes.querySelectorAll('li')].map(text)).to.deep.equal([
      haaren,
      'Inclusief een deel van de voormalige gemeente Haaren.',
    ]);
    expect(text(theme).split(haaren)).to.have.length(2);

    // Each theme numbers its own notes from 1, every one referred to, under a heading one below the
    // theme's that names the list for a screen reader.
    for (const section of el.shadowRoot!.querySelectorAll('[part="theme"]')) {
      const list = section.querySelector('[part="theme-notes"]')!;
      const label = section.querySelector(`#${list.getAttribute('aria-labelledby')}`)!;
      expect([label.tagName, label.textContent]).to.deep.equal(['H4', 'Noten']);
      const items = [...list.querySelectorAll('li')].map(text);
      expect(new Set(items).size).to.equal(items.length);
      // Also where the reason breaks yearly series in 2021 and half-year ones in its 1e halfjaar.
      expect(text(section).split(haaren).length, 'the reason at most once').to.be.at.most(2);
      // `Trendbreuk 2021, zie noten 1 en 2`, `Cijfer 2021, zie noot 2`: the period and the numbers of its notes.
      const refs = [...section.querySelectorAll('[part="notes"] li')]
        .map((li) => /^((?:Trendbreuk|Cijfers?) .+), zie noo?t(?:en)? (.+)$/.exec(text(li)))
        .filter((ref) => ref !== null)
        .map(([, name, numbers]) => `${name}: ${numbers!.split(/, | en /).join(' ')} `);
      items.forEach(
        (item, i) =>
          expect(
            refs.some((ref) => ref.includes(` ${i + 1} `)),
            item,
          ).to.be.true,
      );
    }
    // A survey's new method and Haaren's end, both in 2021: one break named, with both notes (the
    // feed's note on Tilburg's 2021 took number 2 on a card before).
    expect(notesOf('onveilig-eigen-buurt')).to.deep.equal([
      'Trendbreuk 2021, zie noten 1 en 3',
      'Cijfer 2021, zie noot 2',
    ]);
  });

  it('says the period a duiding is about after its author and date', async () => {
    const el = await profile();
    const bylines = [...el.shadowRoot!.querySelectorAll('[part="duiding"] footer')].map((f) =>
      f.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(bylines).to.include('— Veilig Thuis Zeeland, 9 april 2026, over 2020');
    expect(bylines).to.include('— Gemeente Breda, Gemeente, 6 mei 2026, over 2025');
    expect(bylines).to.include('— Politie Zeeland-West-Brabant, Politie, 14 april 2026');
  });

  it('names the level shown and the period of a duiding about the area shown for the asked one', async () => {
    // Without Sluis' own vandalism figures, district Zeeland's card and duiding stand in.
    const feed = structuredClone(sampleFeed());
    feed.series = feed.series.filter((s) => !(s.indicator === 'vernielingen-openbare-ruimte' && s.area === 'GM1714'));
    const el = await fixture<MivProfile>(
      html`<miv-profile src=${feedUrl(feed)} area="GM1714" indicators="vernielingen-openbare-ruimte"></miv-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', { timeout: 8000 });
    const card = cards(el)[0]!;
    expect(card.textContent).to.contain('Geen eigen cijfer');
    expect(duidingLines(card)).to.deep.equal([
      'Duiding voor district Zeeland',
      feed.duiding.find((d) => d.indicator === 'vernielingen-openbare-ruimte' && d.area === 'zeeland')!.text,
      '— District Zeeland, Gemeenten in het district, 28 april 2026, over 2025',
    ]);
  });

  it("labels what a duiding is about where it is not the area's own: its district's and unit's after it, then the general one", async () => {
    // Goes has no words of its own in the sample: one is added, and one of the unit.
    const feed = structuredClone(sampleFeed());
    const entry = { indicator: 'opkomsttijd-brandweer', date: '2026-05-01', author: 'Analist' };
    feed.duiding.push(
      { ...entry, area: 'zeeland-west-brabant', text: 'Over de eenheid.' },
      { ...entry, area: 'GM0664', text: 'Over Goes zelf.' },
    );
    const el = await fixture<MivProfile>(
      html`<miv-profile
        src=${feedUrl(feed)}
        area="GM0664"
        indicators="opkomsttijd-brandweer e33-verward-gedrag"
      ></miv-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', { timeout: 8000 });
    const textOf = (id: string, area?: string) => feed.duiding.find((d) => d.indicator === id && d.area === area)!.text;
    const texts = (card: HTMLElement) => duidingLines(card).filter((line) => !line.startsWith('—'));
    // Cards in the themes' order: Zorg en Veiligheid before Veilige buurt.
    const [confused, fire] = cards(el);
    expect(texts(fire!)).to.deep.equal([
      'Over Goes zelf.',
      'Duiding voor district Zeeland',
      textOf('opkomsttijd-brandweer', 'zeeland'),
      'Duiding voor Eenheid Zeeland-West-Brabant',
      'Over de eenheid.',
    ]);
    // The police's words about the whole unit beside Goes' falling figure: said to be general.
    expect(texts(confused!)).to.deep.equal(['Algemene duiding', textOf('e33-verward-gedrag')]);
    expect(part(el, 'duiding-scope').textContent, 'a CSS part').to.equal('Algemene duiding');
  });

  it('shows the opvallendheden the districts share, with district and date, and not the ones they keep', async () => {
    const feed = sampleFeed();
    const el = await profile();
    const shared = [...el.shadowRoot!.querySelectorAll('[part="shared"] article')].map((a) => a.textContent!);
    for (const o of feed.opvallendheden) {
      const shown = shared.some((text) => text.includes(o.title));
      expect(shown, o.title).to.equal(o.shared);
    }
    const burglary = shared.find((text) => text.includes('Woninginbraak in De Baronie blijft laag'))!;
    expect(burglary).to.contain('De Baronie');
    expect(burglary).to.contain('2026');
  });

  it('lists each source its cards name once, at the end, with table, dates, publisher and address', async () => {
    const el = await profile({ area: 'GM0664', themes: '', indicators: '', heading: '' });
    const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    const named = cards(el).map((c) => text(c.querySelector('[part="about"] p:last-child')!).replace(/^Bron: /, ''));
    const list = part(el, 'sources');
    expect(text(list.querySelector('h3')!)).to.equal('Bronnen');
    const entries = [...list.querySelectorAll('li')];
    const names = entries.map((li) => text(li.querySelector('h4')!));
    expect(names).to.deep.equal([...new Set(named)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(names.length).to.be.lessThan(named.length);

    const openData = entries[names.indexOf('Politie Open Data')]!;
    expect([...openData.querySelectorAll('p, dl > div')].map(text)).to.deep.equal([
      'tabel 47022NED “Geregistreerde misdrijven; soort misdrijf, wijk, buurt, maand”, gepubliceerd 1 juni 2026',
      'Uitgever: Politie',
      'Volgende update verwacht: 1 juli 2026',
      'https://data.politie.nl/',
    ]);
    // The address is the link's text: on paper it is read, not clicked.
    expect(openData.querySelector('a')!.getAttribute('href')).to.equal('https://data.politie.nl/');
    // A source the feed does not list: its name and the address its indicator gives, no guessed date.
    const lbb = entries[names.indexOf('Justis / LBB')]!;
    expect([...lbb.querySelectorAll('p, dl > div')].map(text)).to.deep.equal(['https://www.justis.nl/']);
    // One whose indicators give nothing but its name: the name alone, no table or date made up.
    const zvh = entries[names.indexOf('Zorg- en Veiligheidshuis')]!;
    expect(text(zvh)).to.equal('Zorg- en Veiligheidshuis');
    // A region under its heading, where a screen reader finds it.
    expect(await regionNames()).to.include('Bronnen');
  });

  it('says in words whether a finding is good or bad news, right after its change', async () => {
    // Not by the arrow's colour alone (WCAG 1.4.1): the word belongs to the change, not to the period note.
    const el = await profile({ area: 'GM0855', themes: '', indicators: 'winkeldiefstal', heading: '' });
    const title = sampleFeed().indicators.find((i) => i.id === 'winkeldiefstal')!.shortTitle;
    const shoplifting = cards(el).find((c) => c.querySelector('h4')!.textContent === title)!;
    const findings = [...shoplifting.querySelectorAll('[part="findings"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(findings).to.include(
      'Rekenregel Omslag in de trend: ↓ 0,4 lager dan in 2024 (-11 %), gunstig, na 3 stijgingen op rij. Eerdere cijfers van de reeks vallen in de bijzondere periode 2020–2021 (Corona).',
    );
  });

  it('on an English page marks the feed’s words in a finding as Dutch: the name of its special period', async () => {
    const el = await fixture<MivProfile>(
      html`<miv-profile lang="en" src=${SAMPLE_FEED_URL} area="GM0855" indicators="winkeldiefstal"></miv-profile>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="findings"]'), 'the findings are drawn', {
      timeout: 8000,
    });
    const finding = [...el.shadowRoot!.querySelectorAll('[part="findings"] li')].find((li) =>
      li.textContent!.includes('special period'),
    )!;
    expect(finding.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Rule Trend reversal: ↓ 0.4 lower than in 2024 (-11%), favourable, after 3 rises in a row. Earlier figures in the series fall within the special period 2020–2021 (Corona).',
    );
    expect([...finding.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).to.deep.equal([
      ['nl', 'Corona'],
    ]);
    expect(finding.matches(':lang(en)'), 'its own words are English').to.equal(true);
  });

  it('names each theme’s shared opvallendheden after the theme, so that its region is told apart', async () => {
    const feed = sampleFeed();
    await profile();
    const names = await regionNames();
    expect(names.filter((name) => name.startsWith('Gedeeld door de districten'))).to.deep.equal(
      [...feed.themes].sort((a, b) => a.order - b.order).map((t) => `Gedeeld door de districten over ${t.title}`),
    );
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
  });

  it('passes axe on screen with all of Breda: duiding, findings and shared opvallendheden', async () => {
    const el = await profile();
    const { violations } = await axeFindings(el);
    expect(violations).to.deep.equal([]);
  });

  it('includes the chosen themes and indicators only, under its own title', async () => {
    const el = await profile({
      area: 'de-baronie',
      themes: '',
      indicators: 'woninginbraak, drugsdumpingen',
      heading: 'Veiligheidsbeeld De Baronie',
    });
    expect(part(el, 'title').textContent).to.equal('Veiligheidsbeeld De Baronie');
    expect(cards(el).map((c) => c.querySelector('h4')!.textContent)).to.deep.equal([
      'Drugsafvaldumpingen',
      'Woninginbraak',
    ]);
    expect(pageRules()).to.contain('Veiligheidsbeeld De Baronie');
  });

  it('says so when a theme is unknown', async () => {
    const el = document.createElement('miv-profile');
    Object.assign(el, { src: SAMPLE_FEED_URL, area: 'GM0758', themes: 'bestaat-niet' });
    const error = new Promise<MivErrorDetail>((resolve) =>
      el.addEventListener('miv-error', (e) => resolve((e as CustomEvent<MivErrorDetail>).detail), { once: true }),
    );
    await fixture(el);
    expect((await error).kind).to.equal('unknown-theme');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('puts title, area, feed date and page number in the page margins while it is on the page', async () => {
    const el = await profile();
    const rules = pageRules();
    expect(rules).to.match(/size: a4/i);
    expect(rules).to.contain('Veiligheidsprofiel Breda');
    expect(rules).to.contain('Breda · Stand: 15 juni 2026');
    expect(rules).to.contain('counter(page)');
    el.remove();
    expect(pageRules()).to.equal('');
  });

  it('gives a second profile on the page a printed page of its own, with its own title and area', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <miv-profile src=${SAMPLE_FEED_URL} area="GM0758" indicators="woninginbraak"></miv-profile>
        <miv-profile src=${SAMPLE_FEED_URL} area="GM0748" indicators="woninginbraak"></miv-profile>
      </div>`,
    );
    const [breda, bergenOpZoom] = [...container.querySelectorAll<MivProfile>('miv-profile')];
    for (const el of [breda!, bergenOpZoom!])
      await waitUntil(() => el.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', { timeout: 8000 });
    /** Each profile in printing order: the first on the page without a name, the next on `miv-profile-2`. */
    const expectPrintedInOrder = (...inOrder: [MivProfile, string][]) => {
      const rules = pageRules().split(/\n(?=@page)/);
      expect(rules).to.have.length(inOrder.length);
      for (const [i, [el, area]] of inOrder.entries()) {
        expect(rules[i]).to.match(i === 0 ? /^@page \{/ : /^@page miv-profile-2 \{/);
        expect(rules[i]).to.contain(`Veiligheidsprofiel ${area}`);
        expect(getComputedStyle(el).page).to.equal(i === 0 ? 'auto' : 'miv-profile-2');
      }
    };
    expectPrintedInOrder([breda!, 'Breda'], [bergenOpZoom!, 'Bergen op Zoom']);
    // Moved to the end of the page, Breda prints after Bergen op Zoom.
    container.append(breda!);
    expectPrintedInOrder([bergenOpZoom!, 'Bergen op Zoom'], [breda!, 'Breda']);
    // The one left prints on the page without a name.
    breda!.remove();
    expectPrintedInOrder([bergenOpZoom!, 'Bergen op Zoom']);
  });

  it('prints with the browser’s own print dialog, and the button is not on paper', async () => {
    const el = await profile();
    const button = part(el, 'print');
    expect(button.textContent!.trim()).to.equal('Afdrukken / PDF');
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    expect(getComputedStyle(button).display).not.to.equal('none');

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(button).display).to.equal('none');
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part="theme"]')];
    expect(getComputedStyle(first!).breakBefore, 'the first theme follows the title').to.equal('auto');
    expect(getComputedStyle(second!).breakBefore).to.equal('page');
    expect(getComputedStyle(cards(el)[0]!).breakInside).to.equal('avoid');
    // Paper is white: dark text even when the screen version is dark.
    el.setAttribute('color-scheme', 'dark');
    const [r, g, b] = getComputedStyle(cards(el)[0]!).color.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, 'dark text on paper').to.be.below(200);
  });

  for (const width of [320, 1280]) {
    it(`fits ${width} px wide without scrolling sideways; cards ${width < 500 ? 'stack' : 'sit side by side'}`, async () => {
      await setViewport({ width, height: 900 });
      try {
        const el = await profile();
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        for (const card of cards(el)) expect(card.scrollWidth, card.textContent!).to.be.at.most(card.clientWidth);
        const lefts = new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left)));
        if (width < 500) expect(lefts.size).to.equal(1);
        else expect(lefts.size).to.be.greaterThan(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
