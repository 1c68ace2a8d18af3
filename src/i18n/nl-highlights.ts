/**
 * The Dutch words of the highlights, which only `<miv-highlights>` and `<miv-profile>` read: they
 * travel in their chunk, not with every chart. `src/model/highlights.ts` adds them to the dictionary
 * (`addDutch`) when it loads.
 */
import type { Strings } from './strings.js';

/** A registered difference needs `minPrintedUnits` of the last decimal: with one decimal as the example. */
const rounding = (units: number) =>
  `, en minstens ${units} in de laatste decimaal: bij één decimaal 0,${units}, want een verschil van 0,${units - 1} kan door afronding komen`;

export const nlHighlightWords: Pick<Strings, 'highlights' | 'sharedHighlights'> = {
  highlights: {
    title: 'Opvallendheden',
    district: 'District',
    allDistricts: 'Alle districten',
    theme: 'Thema',
    allThemes: 'Alle thema’s',
    showsAllDistricts: 'U ziet alle districten.',
    showsAllThemes: 'U ziet alle thema’s.',
    shown: (notes, shared, found, district, theme) =>
      `${notes} ${notes === 1 ? 'opvallendheid' : 'opvallendheden'}${shared ? `, ${shared} gedeeld door andere districten` : ''} en ${found} gevonden ${found === 1 ? 'cijfer' : 'cijfers'} voor ${district ?? 'alle districten'}, ${theme ?? 'alle thema’s'}`,
    authored: 'Door de districten gesignaleerd',
    authoredIntro: 'Geschreven en geduid door de districten zelf.',
    noneAuthored: 'Geen opvallendheden van de districten voor deze keuze.',
    shared: 'gedeeld met alle districten',
    notShared: 'alleen binnen het district',
    indicators: 'Indicatoren',
    detected: 'Automatisch gevonden in de cijfers',
    detectedIntro: 'Gevonden met een vaste rekenregel, zonder duiding: een aanleiding om te bespreken, geen conclusie.',
    noneDetected: 'Geen cijfers die volgens de rekenregels opvallen.',
    byRule: 'Rekenregel',
    open: 'Bekijk',
    rules: {
      'largest-change': {
        title: 'Grootste veranderingen',
        explain: (pct, min, small, _change, units) =>
          `Het laatste cijfer ligt minstens ${pct}\u00a0% hoger of lager dan in de periode ervoor${rounding(units)} (enquêtecijfers: alleen een significant verschil; aantallen pas vanaf ${min}, en geen cijfer dat op minder dan ${small} gevallen berust; niet over een trendbreuk heen).`,
      },
      'far-from-national': {
        title: 'Ver van het landelijke cijfer',
        explain: (pct, _min, small, _change, units) =>
          `Het laatste cijfer ligt minstens ${pct}\u00a0% boven of onder dat van Nederland in dezelfde periode${rounding(units)} (enquêtecijfers: alleen een verschil dat de bron significant noemt; aantallen tellen niet mee, en geen cijfer dat op minder dan ${small} gevallen berust).`,
      },
      'trend-reversal': {
        title: 'Omslag in de trend',
        explain: (run, min, small, pct, units) =>
          `Het laatste cijfer gaat de andere kant op na ${run} stijgingen of ${run} dalingen op rij en ligt minstens ${pct}\u00a0% hoger of lager dan in de periode ervoor. Elke stap is minstens ${units} in de laatste decimaal (bij één decimaal 0,${units}), want een verschil van 0,${units - 1} kan door afronding komen. Enquêtecijfers: alleen significante verschillen; aantallen pas vanaf ${min}, en geen cijfer dat op minder dan ${small} gevallen berust; niet over een trendbreuk heen; halfjaren met hetzelfde halfjaar.`,
      },
    },
    finding: (indicator, area, value, period, phrase, provisional) =>
      `${indicator} in ${area}: ${value} in ${period}${provisional ? ` (${provisional} cijfer)` : ''}, ${phrase}`,
    afterRun: (run, direction) => `, na ${run} ${direction === 'up' ? 'stijgingen' : 'dalingen'} op rij`,
  },
  sharedHighlights: {
    title: 'Gedeeld door andere districten',
    intro: (district) =>
      `Opvallendheden die de andere districten met alle districten delen, naast die van ${district} zelf.`,
    none: 'De andere districten hebben voor deze keuze niets gedeeld.',
  },
};
