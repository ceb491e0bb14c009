// Picking a flux's LER code: by the digits people read on a waste register, or by words of the label.
import { describe, expect, it } from 'vitest';
import { searchLer } from '../../../src/domain/search/ler-search';

const codes = (text: string, limit?: number) => searchLer(text, limit).map((e) => e.code);

describe('searching the list of waste', () => {
  it('finds codes by their first digits, spaces and star optional, in the order of the list', () => {
    expect(codes('15 01', 20)).toEqual([
      '15 01 01',
      '15 01 02',
      '15 01 03',
      '15 01 04',
      '15 01 05',
      '15 01 06',
      '15 01 07',
      '15 01 09',
      '15 01 10*',
      '15 01 11*',
    ]);
    expect(codes('160601')).toEqual(['16 06 01*']);
    expect(codes('16 06 01*')).toEqual(['16 06 01*']);
  });

  it('finds labels by words, plurals and one typo forgiven, every word needed', () => {
    expect(codes('accumulateurs plomb')[0]).toBe('16 06 01*');
    expect(codes('emballages en verre')[0]).toBe('15 01 07');
    expect(codes('gâteaux de filtrasion', 100)).toEqual(expect.arrayContaining(['11 01 09*', '11 01 10']));
    expect(codes('emballages zzz')).toEqual([]);
  });

  it('tells « dangereuses » entries apart by the words typed', () => {
    const found = searchLer('terres cailloux substances dangereuses');
    expect(found[0]).toMatchObject({ code: '17 05 03*', hazardous: true, hazardKind: 'mirror' });
  });
});
