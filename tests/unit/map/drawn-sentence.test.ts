// What screen readers hear of the map: its groups, companies and lines in view, and, zoomed out,
// that only the best lines are drawn and how many more appear when zooming in.
import { describe, expect, it } from 'vitest';
import { drawnSentence } from '../../../src/ui/map/MapCanvas';

/** French numbers group thousands with a narrow no-break space. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('the map said to screen readers', () => {
  it('says how many lines are left out while zoomed out', () => {
    expect(plain(drawnSentence({ clusters: 46, companies: 0, synergies: 2000, synergiesInView: 20000 }))).toBe(
      'Visibles sur la carte : 46 groupes d’entreprises, 0 entreprise, 2 000 synergies (les meilleures ; 18 000 autres apparaissent en zoomant).',
    );
  });

  it('says nothing more when every line in view is drawn', () => {
    expect(drawnSentence({ clusters: 0, companies: 2, synergies: 1, synergiesInView: 1 })).toBe(
      'Visibles sur la carte : 2 entreprises, 1 synergie.',
    );
  });
});
