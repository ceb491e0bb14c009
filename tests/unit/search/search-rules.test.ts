// What people type finds what they mean: the direction chosen, one typo, « non », abbreviations,
// official LER labels, and the typed words as an « Autre » card when nothing fits.
import { describe, expect, it } from 'vitest';
import { searchResources, suggestResources } from '../../../src/domain/resource-search';
import { matchWord, stem, WordMatch, words } from '../../../src/domain/search/words';
import { TAXONOMY } from '../../../src/domain';
import { LER_SPOKEN_WORDS, SPOKEN_WORDS } from '../../../src/domain/search/spoken-words';
import { SYNONYMS } from '../../../src/domain/taxonomy/synonyms';
import { fluxWasteHazard, normalizeLerCode } from '../../../src/domain/ler';

const first = (text: string, direction?: 'need' | 'offer') => suggestResources(text, { direction })[0];
const firstCode = (text: string, direction?: 'need' | 'offer') => {
  const s = first(text, direction);
  return s?.kind === 'entry' ? s.resource.code : s?.kind;
};

describe('words', () => {
  it('folds accents and plurals, and keeps « non X » as one negated word', () => {
    expect(words('Déchets NON dangereux')).toEqual(['dechet', '!dangereu']);
    expect(stem('palettes')).toBe('palette');
    expect(stem('métaux'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).toBe('metal');
    expect(stem('bureaux')).toBe('bureau');
  });

  it('forgives one typo in words of five letters or more, never in shorter ones', () => {
    expect(matchWord('palete', 'palette')).toBe(WordMatch.Typo);
    expect(matchWord('feraille', 'ferraille')).toBe(WordMatch.Typo);
    expect(matchWord('cartno', 'carton')).toBe(WordMatch.Typo); // two letters swapped
    expect(matchWord('plat', 'plot')).toBe(WordMatch.None);
    expect(matchWord(words('paletes')[0]!, words('palette')[0]!)).toBe(WordMatch.Typo); // as typed: plurals folded first
    expect(matchWord('palxxte', 'palette')).toBe(WordMatch.None); // two typos
  });

  it('a negated word matches only a negated word', () => {
    expect(matchWord('dangereu', '!dangereu')).toBe(WordMatch.None);
    expect(matchWord('!dangereu', 'dangereu')).toBe(WordMatch.None);
    expect(matchWord('!dang', '!dangereu')).toBe(WordMatch.Prefix);
  });
});

describe('suggestions', () => {
  it('only what fits the direction chosen', () => {
    // « Chaleur pour le procédé » is only ever needed: offered heat is waste heat.
    expect(firstCode('chaleur', 'offer')).toBe('nrj.waste-heat');
    expect(firstCode('chaleur', 'need')).toBe('nrj.process-heat');
    expect(suggestResources('chaleur', { direction: 'offer' }).map((s) => s.resource.code)).not.toContain('nrj.process-heat');
    expect(searchResources('électricité', { direction: 'offer' }).map((r) => r.code)).not.toContain('nrj.electricity');
  });

  it('reads past a quantity typed after the word', () => {
    expect(firstCode('palettes 30', 'offer')).toBe('mat.wood-pallets');
    expect(firstCode('carton 2 t par an', 'offer')).toBe('mat.cardboard');
    // Alone, « park » is the start of a word still being typed.
    expect(firstCode('park', 'need')).toBe('log.parking');
  });

  it('takes the typed words for an entry when the first one and most others name it', () => {
    expect(firstCode('copeaux inox 316L', 'offer')).toBe('mat.scrap-metal');
    expect(firstCode('fumier de stabulation', 'offer')).toBe('mat.manure');
    expect(firstCode('Azote gazeux excédentaire', 'need')).toBe('mat.industrial-gases');
    // The first word names nothing: the words stay a free card.
    expect(firstCode('capsules de café', 'offer')).toBe('free');
    // A word that may make a waste hazardous and names nothing is never dropped.
    expect(firstCode('terres très polluées', 'offer')).not.toBe('mat.inert-rubble');
    expect(firstCode('boues de curage du port', 'offer')).toBe('free');
    // Entry-only pickers still want every word.
    expect(searchResources('fumier de stabulation')).toEqual([]);
  });

  it('finds a word with one typo', () => {
    expect(firstCode('palete', 'offer')).toBe('mat.wood-pallets');
    expect(firstCode('feraille', 'offer')).toBe('mat.scrap-metal');
  });

  it('tells « non dangereux » from « dangereux »', () => {
    expect(firstCode('déchets non dangereux', 'offer')).toBe('mat.mixed-waste');
    const dangerous = suggestResources('déchets dangereux', { direction: 'offer' });
    expect(dangerous.map((s) => s.resource.code)).not.toContain('mat.mixed-waste');
    expect(firstCode('emballages dangereux', 'offer')).toBe('mat.soiled-packaging');
    // « non dangereux » said of a thing fits a non-hazardous entry, never a hazardous one.
    expect(['mat.plastic-film', 'mat.plastic-rigid']).toContain(firstCode('plastiques non dangereux', 'offer'));
    expect(suggestResources('solvants non dangereux', { direction: 'offer' }).map((s) => s.resource.code)).not.toContain('mat.solvents');
    // No entry is « hazardous waste » in general: the words become a free card (hazard unknown).
    expect(firstCode('déchets dangereux', 'offer')).toBe('free');
  });

  it('finds trade abbreviations', () => {
    expect(firstCode('D3E', 'offer')).toBe('mat.weee');
    expect(firstCode('DIB', 'offer')).toBe('mat.mixed-waste');
    expect(firstCode('DAE', 'offer')).toBe('mat.mixed-waste');
    expect(firstCode('REUT', 'offer')).toBe('eau.treated-wastewater');
    expect(firstCode('GNR', 'need')).toBe('nrj.vehicle-fuel');
    expect(firstCode('PEHD', 'offer')).toBe('mat.plastic-rigid');
    expect(firstCode('CSR', 'need')).toBe('nrj.biomass');
  });

  it('finds an entry by the official label of its LER code', () => {
    // 15 01 01 « emballages en papier/carton » is the cardboard entry's code.
    expect(firstCode('emballages en papier', 'offer')).toBe('mat.cardboard');
    expect(firstCode('accumulateurs au plomb', 'offer')).toBe('mat.batteries');
  });

  it('offers an official LER label no entry covers, as an « Autre » flux with its code', () => {
    const s = first('fibre de verre', 'offer');
    expect(s).toMatchObject({ kind: 'ler', wasteCode: '10 11 03', label: 'Déchets de matériaux à base de fibre de verre' });
    expect(s?.resource.isOther).toBe(true);
    // A label the list repeats under several chapters is offered once.
    const sands = suggestResources('sables provenant de lits fluidisés', { direction: 'offer' }).filter((x) => x.kind === 'ler');
    expect(sands.map((x) => x.label)).toEqual(['Sables provenant de lits fluidisés']);
    // Entries « non spécifiés ailleurs » are never suggested.
    expect(suggestResources('déchets non spécifiés ailleurs').filter((x) => x.kind === 'ler' && /99\*?$/.test(x.wasteCode))).toEqual([]);
  });

  it('turns the typed words into an « Autre » card when nothing fits, one Enter away', () => {
    const s = suggestResources('capsules de café', { direction: 'offer' });
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ kind: 'free', label: 'capsules de café' });
    expect(s[0]!.resource).toMatchObject({ isOther: true, family: 'materials' });
    // When something fits, the free card is still there, last.
    const pallets = suggestResources('palettes', { direction: 'offer' });
    expect(pallets.at(-1)).toMatchObject({ kind: 'free', label: 'palettes' });
  });

  it('files a free card under the family its words speak of, materials otherwise', () => {
    const last = (text: string, direction: 'offer' | 'need') => suggestResources(text, { direction }).at(-1)!;
    expect(last('location de minipelle', 'offer')).toMatchObject({ kind: 'free', resource: { code: 'log.other' } });
    expect(last('comptable à temps partagé', 'need')).toMatchObject({ kind: 'free', resource: { code: 'comp.other' } });
    expect(last('eaux grises', 'offer')).toMatchObject({ kind: 'free', resource: { code: 'eau.other' } });
    expect(last('capsules de café', 'offer')).toMatchObject({ kind: 'free', resource: { code: 'mat.other' } });
    // Only a material may be a waste of unknown hazard.
    expect(fluxWasteHazard({ resourceCode: last('location de minipelle', 'offer').resource.code })).toBe('non-hazardous');
  });

  it('keeps the family asked for (questionnaire sections)', () => {
    const energy = suggestResources('chaleur', { family: 'energy' });
    expect(energy.every((s) => s.resource.family === 'energy')).toBe(true);
    expect(energy.at(-1)).toMatchObject({ kind: 'free', resource: { code: 'nrj.other' } });
  });

  it('every entry is the first suggestion for its own label, in each direction it takes', () => {
    for (const r of TAXONOMY.filter((x) => !x.isOther)) {
      for (const d of r.directions) expect(firstCode(r.label, d), `${r.label} (${d})`).toBe(r.code);
    }
  });

  it('every synonym and spoken word brings its entry among the suggestions', () => {
    for (const r of TAXONOMY.filter((x) => !x.isOther)) {
      for (const w of [...(SYNONYMS[r.code] ?? []), ...(SPOKEN_WORDS[r.code] ?? [])]) {
        const codes = suggestResources(w, { direction: r.directions[0] }).map((x) => x.resource.code);
        expect(codes, `${w} → ${r.code}`).toContain(r.code);
      }
    }
  });

  it('spoken words and abbreviations name entries that exist', () => {
    const codes = new Set(TAXONOMY.map((r) => r.code));
    expect(Object.keys(SPOKEN_WORDS).filter((code) => !codes.has(code))).toEqual([]);
    // Names of official entries: codes of the list, in their official form, that no entry covers.
    const covered = new Set(TAXONOMY.map((r) => r.wasteCode && normalizeLerCode(r.wasteCode)));
    for (const code of Object.keys(LER_SPOKEN_WORDS)) {
      expect(normalizeLerCode(code), code).toBe(code);
      expect(covered.has(code), code).toBe(false);
    }
  });

  it('finds official entries by the names people give them', () => {
    expect(first('DASRI', 'offer')).toMatchObject({ kind: 'ler', wasteCode: '18 01 03*' });
    expect(first('VHU', 'offer')).toMatchObject({ kind: 'ler', wasteCode: '16 01 04*' });
    expect(first('amiante', 'offer')).toMatchObject({ kind: 'ler', wasteCode: '17 06 05*' });
    expect(first('terres polluées', 'offer')).toMatchObject({ kind: 'ler', wasteCode: '17 05 03*' });
  });
});
