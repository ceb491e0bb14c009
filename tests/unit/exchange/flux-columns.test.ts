// The mapping step's first guess: each column of a flux spreadsheet given a meaning from its
// header (the app's own export among them), as chosen last time when remembered; cells read the
// French way; and the review's choices taken again for the next file.
import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblems, mappingToRemember } from '../../../src/exchange/flux-columns';
import { FLUX_HEADERS } from '../../../src/exchange/flux-csv';
import { parseDirection, parsePeriod, parseUnit, postcodeOf } from '../../../src/exchange/flux-cells';
import { choicesWithMemory, mapResourceWords, resourceWordKey, wordsToRemember } from '../../../src/exchange/flux-resource-map';

describe('guessMapping', () => {
  it('recognises every column of the flux export it needs to read it back', () => {
    const mapping = guessMapping([...FLUX_HEADERS]);
    const byHeader = Object.fromEntries(FLUX_HEADERS.map((h, i) => [h, mapping[i]]));
    expect(byHeader).toMatchObject({
      Entreprise: 'companyName',
      SIRET: 'siret',
      Ressource: 'resource',
      'Code ressource': 'resourceCode',
      Libellé: 'label',
      Sens: 'direction',
      Quantité: 'quantity',
      Unité: 'unit',
      Période: 'period',
      Description: 'description',
      'Gestion actuelle': 'currentHandling',
      'Coût annuel (€)': 'annualCost',
      'Code déchet (LER)': 'wasteCode',
      Confidentiel: 'confidential',
      Famille: undefined,
    });
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it('reads a programme’s own headers without case or accents, each meaning to one column', () => {
    expect(guessMapping(['RAISON SOCIALE', 'CP', 'Nature du flux', 'Type', 'Qté', 'Unité', 'Nom', 'Couleur'])).toEqual([
      'companyName',
      'postcode',
      'resource',
      'direction',
      'quantity',
      'unit',
      undefined,
      undefined,
    ]);
  });

  it('prefers what was chosen last time, including a column left out', () => {
    const headers = ['Établissement', 'Matière', 'Flux', 'Entrant/Sortant'];
    const remembered = mappingToRemember(headers, ['companyName', 'resource', undefined, 'direction']);
    expect(remembered).toEqual({ etablissement: 'companyName', matiere: 'resource', flux: 'ignore', 'entrant sortant': 'direction' });
    expect(guessMapping(headers, remembered)).toEqual(['companyName', 'resource', undefined, 'direction']);
  });

  it('says what is missing before an import can run', () => {
    expect(mappingProblems(['quantity', 'quantity'])).toEqual([
      'Choisissez la colonne de l’entreprise (raison sociale ou SIRET).',
      'Choisissez la colonne du sens (besoin ou offre).',
      'Choisissez la colonne de la ressource.',
      '« Quantité » est choisi pour plusieurs colonnes : une seule.',
    ]);
  });
});

describe('cells read the French way', () => {
  it('reads directions as programmes write them', () => {
    expect(['Besoin', 'recherche', 'Recherché', 'ENTRANT', 'Offre', 'propose', 'À donner', 'sortant', '?'].map(parseDirection)).toEqual([
      'need',
      'need',
      'need',
      'need',
      'offer',
      'offer',
      'offer',
      'offer',
      null,
    ]);
  });

  it('converts units to the app’s, with a period said with the unit', () => {
    expect(parseUnit('tonnes')).toEqual({ unit: 't', factor: 1 });
    expect(parseUnit('m³')).toEqual({ unit: 'm3', factor: 1 });
    expect(parseUnit('hl')).toEqual({ unit: 'L', factor: 100 });
    expect(parseUnit('g')).toEqual({ unit: 'kg', factor: 0.001 });
    expect(parseUnit('t/an')).toEqual({ unit: 't', factor: 1, period: 'year' });
    expect(parseUnit('MWh par mois')).toEqual({ unit: 'MWh', factor: 1, period: 'month' });
    expect(parseUnit('palette(s)')).toEqual({ unit: 'pallet', factor: 1 });
    expect(parseUnit('')).toBeUndefined();
    expect(parseUnit('boisseaux')).toBeNull();
    expect(['par an', 'Mensuel', '/sem.', 'ponctuel', '', 'parfois'].map((p) => parsePeriod(p.replace('/', '')))).toEqual([
      'year',
      'month',
      'week',
      'once',
      undefined,
      null,
    ]);
  });

  it('finds the postcode of a cell or an address', () => {
    expect(postcodeOf('71 200')).toBe('71200');
    expect(postcodeOf('12 rue de la Forge, 71200 Le Creusot')).toBe('71200');
    expect(postcodeOf('Route de Paray')).toBeUndefined();
  });
});

describe('review choices remembered', () => {
  it('preselects what was chosen for a word at an earlier review, so the same file maps the same way', () => {
    const words = mapResourceWords([
      { text: 'copeaux de bois', direction: 'need', row: 2 },
      { text: 'truc bizarre xyz', direction: 'offer', row: 3 },
      { text: 'carton', direction: 'offer', row: 4 },
    ]);
    const first = choicesWithMemory(words, {});
    first.choices.set(resourceWordKey('copeaux de bois', 'need'), { resourceCode: 'mat.wood-offcuts', label: '' });
    first.choices.set(resourceWordKey('truc bizarre xyz', 'offer'), undefined);
    const remembered = wordsToRemember(first.words, first.choices);
    // Only the words that were reviewed: « carton » is sure and never asked.
    expect(remembered).toEqual({ 'need|copeaux de bois': { resourceCode: 'mat.wood-offcuts', label: '' }, 'offer|truc bizarre xyz': null });

    // A sure word changed by the person is remembered too.
    first.choices.set(resourceWordKey('carton', 'offer'), { resourceCode: 'mat.paper', label: '' });
    expect(wordsToRemember(first.words, first.choices)['offer|carton']).toEqual({ resourceCode: 'mat.paper', label: '' });

    const next = choicesWithMemory(mapResourceWords([{ text: 'Copeaux de BOIS', direction: 'need', row: 9 }]), remembered);
    expect(next.choices.get('need|copeaux de bois')).toEqual({ resourceCode: 'mat.wood-offcuts', label: '' });
    expect(next.words[0]).toMatchObject({ sure: false, remembered: true });
  });
});
