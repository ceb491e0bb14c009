// Company names beside the projector's room picture: whole on two lines when they fit.
import { describe, expect, it } from 'vitest';
import { nameLines } from '../../../src/ui/workshops/RoomGraph';

describe('names in the room picture', () => {
  it('keeps a short name on one line and cuts a longer one between words', () => {
    expect(nameLines('Garage Dupont')).toEqual(['Garage Dupont']);
    expect(nameLines('Cartonnages Morel')).toEqual(['Cartonnages', 'Morel']);
    expect(nameLines('Imprimerie Bertin et Fils')).toEqual(['Imprimerie', 'Bertin et Fils']);
  });

  it('ends only what still does not fit with « … »', () => {
    expect(nameLines('Établissements Lefort-Duchêne et Compagnie')).toEqual(['Établissements', 'Lefort-Duchêne…']);
    expect(nameLines('Chaudronnerieindustrielle Bourguignonne')).toEqual(['Chaudronneriei…', 'Bourguignonne']);
    expect(nameLines('  SCOP   Bois  ')).toEqual(['SCOP Bois']);
  });
});
