// Which company a spreadsheet line speaks of: SIRET first, else the name (no case or accents) and
// the postcode; two homonyms nothing tells apart are not guessed.
import { describe, expect, it } from 'vitest';
import { CompanyIndex } from '../../../src/exchange/company-match';

const company = (id: string, name: string, siret = '', address = '', territoryId = 'cu-creusot-montceau') => ({
  id,
  name,
  siret,
  address,
  territoryId,
});

const INDEX = new CompanyIndex([
  company('fonderie', 'Fonderie du Creusot', '41234567800012', '12 rue de la Forge, 71200 Le Creusot'),
  company('garage-creusot', 'Garage Martin', '', '71200 Le Creusot'),
  company('garage-montceau', 'Garage Martin', '', 'rue Centrale, 71300 Montceau'),
  company('boulangerie', 'Boulangerie Lépine', '', ''),
  { ...company('old', 'Ancienne Scierie'), deleted: true },
]);

describe('CompanyIndex.find', () => {
  it('finds by SIRET whatever the name says', () => {
    expect(INDEX.find({ siret: '412 345 678 00012', name: 'FDC' })?.id).toBe('fonderie');
  });

  it('finds by name and postcode, without case, accents or punctuation', () => {
    expect(INDEX.find({ name: 'GARAGE  MARTIN', postcode: '71300' })?.id).toBe('garage-montceau');
    expect(INDEX.find({ name: 'garage-martin', postcode: '71200' })?.id).toBe('garage-creusot');
    expect(INDEX.find({ name: 'boulangerie lepine', postcode: '71200' })?.id).toBe('boulangerie');
  });

  it('does not guess between homonyms, nor find a deleted company or another SIRET', () => {
    expect(INDEX.find({ name: 'Garage Martin' })).toBeUndefined();
    expect(INDEX.find({ name: 'Ancienne Scierie' })).toBeUndefined();
    expect(INDEX.find({ name: 'Fonderie du Creusot', siret: '52187654300013' })).toBeUndefined();
    expect(INDEX.find({ name: 'Fonderie du Creusot', territoryId: 'dijon-metropole' })).toBeUndefined();
  });
});
