// What an animator types at a table finds the right card: start of a word, synonyms, no accents.
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../../src/domain';
import { searchResources } from '../../../src/domain/resource-search';
import { SYNONYMS } from '../../../src/domain/taxonomy/synonyms';

const first = (text: string) => searchResources(text)[0]?.code;

describe('resource search', () => {
  it('finds the card from the start of a word of its label', () => {
    expect(first('pal')).toBe('mat.wood-pallets');
    expect(first('carton')).toBe('mat.cardboard');
    expect(first('ferraille')).toBe('mat.scrap-metal');
  });

  it('finds it from what people say rather than the label', () => {
    expect(first('sst')).toBe('comp.training-sst');
    expect(first('caces')).toBe('comp.training-caces');
    expect(first('d3e')).toBe('mat.weee');
    expect(first('covoit')).toBe('comp.carpooling');
    expect(searchResources('chaleur').map((r) => r.code)).toContain('nrj.waste-heat');
  });

  it('ignores accents and case, and needs every typed word', () => {
    expect(first('DECHETS verts')).toBe('mat.green-waste');
    expect(first('electricite')).toBe('nrj.electricity');
    expect(searchResources('palettes zzz')).toEqual([]);
    expect(searchResources('   ')).toEqual([]);
  });

  it('never offers the catch-all « Autre » entries, and keeps synonyms on known codes', () => {
    expect(searchResources('autre')).toEqual([]);
    const codes = new Set(TAXONOMY.map((r) => r.code));
    expect(Object.keys(SYNONYMS).filter((code) => !codes.has(code))).toEqual([]);
  });
});
