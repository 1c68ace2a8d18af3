/**
 * The Dutch words of the map, which only `<miv-map>` and its model read: they travel in its chunk,
 * not with every chart. `src/model/map.ts` adds them to the dictionary (`addDutch`) when it loads.
 */
import type { Strings } from './strings.js';

export const nlMapWords: Pick<Strings, 'map'> = {
  map: {
    chartLabel: (title, areas, period) => `Kaart: ${title}, ${areas}, ${period}`,
    attribution: 'Kaartgrenzen: CBS en Kadaster (PDOK), vereenvoudigd',
    keys: 'Pijltjestoetsen: door de gemeenten, in de volgorde van de tabel. Home en End: eerste en laatste. Enter: kies de gemeente. Escape: stoppen.',
    countOnly: (title) =>
      `De kaart kleurt geen aantallen: een groot aantal in een grote gemeente zegt niet meer dan een klein aantal in een kleine. Deze indicator (${title}) is een aantal; kies een cijfer per inwoner, een percentage of een enquêtecijfer, of vergelijk de gemeenten in de tabel.`,
    legend: 'Legenda',
    method: {
      equal: (step) => `Klassen van gelijke breedte (${step})`,
      quantile: 'Klassen met ongeveer evenveel gemeenten (kwantielen), grenzen afgerond',
    },
    range: (from, to, last) => (last ? `${from} tot en met ${to}` : `${from} tot ${to}`),
    gemeenten: (count) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'}`,
    meaning: {
      worse: 'Hoe sterker de kleur, hoe hoger het cijfer; hoger is ongunstig.',
      better: 'Hoe sterker de kleur, hoe hoger het cijfer; hoger is gunstig.',
      neutral: 'Hoe sterker de kleur, hoe hoger het cijfer; hoger is niet beter of slechter.',
    },
    hatched: 'Gearceerd: geen cijfer',
    surveyMargins:
      'Enquêtecijfers hebben een foutmarge: twee gemeenten in verschillende klassen verschillen niet altijd significant. De tabel geeft de marges.',
    notOnMap: (areas, count) =>
      `De kaart toont de gemeenten van nu; ${areas} ${count === 1 ? 'staat' : 'staan'} er niet op.`,
    grownSince: (areas, count, period) =>
      count === 1
        ? `${areas} is getekend in de grenzen van nu; het cijfer van ${period} geldt voor de grenzen van toen.`
        : `${areas} zijn getekend in de grenzen van nu; de cijfers van ${period} gelden voor de grenzen van toen.`,
    summary: {
      extremes: (period, highest, lowest) => `In ${period} het hoogst in ${highest} en het laagst in ${lowest}.`,
      allEqual: (period, value, complete) =>
        complete
          ? `In ${period} hadden alle gemeenten hetzelfde cijfer: ${value}.`
          : `In ${period} hadden alle gemeenten met een cijfer dezelfde waarde: ${value}.`,
      without: (count, list) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'} zonder cijfer: ${list}.`,
    },
  },
};
