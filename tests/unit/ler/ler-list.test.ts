// The official list of waste as shipped: complete, well formed, hazardous flags and mirror pairs
// as in annex II of article R. 541-8 of the code de l'environnement.
import { describe, expect, it } from 'vitest';
import { allLerCodes, isHazardousLerCode, isLerCode, LER_CODE_FORMAT, normalizeLerCode } from '../../../src/domain/ler';
import { findLer, lerDisplay, lerEntries } from '../../../src/domain/ler/catalogue';
import { LER_CHAPTERS, LER_SECTIONS } from '../../../src/domain/ler/list';

describe('the list of waste', () => {
  it('holds the 842 entries of the 2014 list, 408 of them hazardous, in 20 chapters', () => {
    const entries = lerEntries();
    expect(entries).toHaveLength(842);
    expect(entries.filter((e) => e.hazardous)).toHaveLength(408);
    expect(Object.keys(LER_CHAPTERS)).toHaveLength(20);
    expect(new Set(entries.map((e) => e.code)).size).toBe(842);
  });

  it('writes every code in its official form, under a chapter and a section that exist', () => {
    for (const e of lerEntries()) {
      expect(e.code).toMatch(LER_CODE_FORMAT);
      expect(e.label.length).toBeGreaterThan(3);
      expect(LER_SECTIONS[e.section.code], e.code).toBeDefined();
      expect(e.chapter.label, e.code).not.toBe('');
    }
  });

  it('the light code list of the app shell and the labelled list agree', () => {
    expect(allLerCodes()).toEqual(lerEntries().map((e) => e.code));
  });

  it('labels sampled codes as the legal text does', () => {
    expect(findLer('15 01 01')?.label).toBe('emballages en papier/carton');
    expect(findLer('17 01 01')?.label).toBe('béton');
    expect(findLer('16 06 01')?.label).toBe('accumulateurs au plomb');
    expect(findLer('02 01 06')?.label).toMatch(/^fèces, urine et fumier/);
    expect(findLer('10 09 08')?.label).toMatch(/^noyaux et moules de fonderie ayant subi la coulée/);
    expect(findLer('15 01 10')?.section.label).toBe(
      "emballages et déchets d'emballages (y compris les déchets d'emballages municipaux collectés séparément)",
    );
    // A footnote call of the text is not part of the label.
    expect(findLer('20 01 35')?.label).not.toMatch(/\(\d\)/);
  });

  it('flags hazardous entries, absolute or mirror', () => {
    expect(findLer('16 06 01')).toMatchObject({
      code: '16 06 01*',
      hazardous: true,
      hazardKind: 'absolute',
    });
    expect(findLer('15 01 10*')).toMatchObject({
      hazardous: true,
      hazardKind: 'absolute',
    });
    expect(findLer('13 02 05*')).toMatchObject({
      hazardous: true,
      hazardKind: 'absolute',
    });
    expect(findLer('15 01 01')).toMatchObject({
      hazardous: false,
      hazardKind: 'none',
    });
    expect(findLer('17 05 03*')).toMatchObject({
      hazardous: true,
      hazardKind: 'mirror',
      mirrors: ['17 05 04'],
    });
    expect(findLer('17 05 04')).toMatchObject({
      hazardous: false,
      hazardKind: 'mirror',
      mirrors: ['17 05 03*'],
    });
    expect(findLer('10 09 08')?.mirrors).toEqual(['10 09 07*']);
    // One non-hazardous entry may mirror several hazardous ones, a range included.
    expect(findLer('16 02 14')?.mirrors).toEqual(['16 02 09*', '16 02 10*', '16 02 11*', '16 02 12*', '16 02 13*']);
    expect(findLer('20 01 36')?.mirrors).toEqual(['20 01 21*', '20 01 23*', '20 01 35*']);
  });

  it('mirror pairs always join a hazardous entry and a non-hazardous one, both ways', () => {
    const mirrors = lerEntries().filter((e) => e.hazardKind === 'mirror');
    expect(mirrors.length).toBeGreaterThan(250);
    for (const e of mirrors) {
      for (const other of e.mirrors) {
        const counterpart = findLer(other)!;
        expect(counterpart.hazardous, `${e.code} ↔ ${other}`).toBe(!e.hazardous);
        expect(counterpart.mirrors).toContain(e.code);
      }
    }
  });
});

describe('codes as typed', () => {
  it('finds a code with or without spaces, dots or star', () => {
    expect(normalizeLerCode('160601')).toBe('16 06 01*');
    expect(normalizeLerCode('16.06.01')).toBe('16 06 01*');
    expect(normalizeLerCode(' 15 01 01 ')).toBe('15 01 01');
    expect(findLer('150110')?.code).toBe('15 01 10*');
  });

  it('refuses codes the list does not have', () => {
    expect(isLerCode('15 01 08')).toBe(false);
    expect(isLerCode('99 99 99')).toBe(false);
    expect(isLerCode('15 01')).toBe(false);
    expect(isLerCode('carton')).toBe(false);
    expect(findLer('15 01 08')).toBeUndefined();
  });

  it('says a code is hazardous from the list, whether or not the star was typed', () => {
    expect(isHazardousLerCode('16 06 01')).toBe(true);
    expect(isHazardousLerCode('15 01 10*')).toBe(true);
    expect(isHazardousLerCode('15 01 01')).toBe(false);
    // A star on a non-hazardous entry does not make it hazardous, an unknown code is not an entry.
    expect(isHazardousLerCode('15 01 01*')).toBe(false);
    expect(isHazardousLerCode('99 99 99*')).toBe(false);
  });

  it('shows a code with its label', () => {
    expect(lerDisplay(findLer('15 01 01')!)).toBe('15 01 01 — Emballages en papier/carton');
  });
});
