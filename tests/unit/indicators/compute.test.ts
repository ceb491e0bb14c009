// The device's indicator computation on the shared fixture: every figure, per territory and for
// the programme, matches the answers worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  furthestStage,
  indicatorTables,
  quarterRange,
  rangeLabel,
  IndicatorQuerySchema,
} from '../../../src/domain/indicators';
import {
  ALL_TERRITORIES,
  C,
  D,
  G,
  EXPECTED,
  EXPECTED_MONTHS,
  EXPECTED_TOP,
  FOLLOWUPS,
  YEAR_2025,
  fixtureInput,
} from '../../fixtures/indicators';

describe('programme indicators on the device', () => {
  const report = computeIndicators(fixtureInput(ALL_TERRITORIES, true));

  it('counts every figure of the programme as worked out by hand', () => {
    expect(report.total).toEqual(EXPECTED.total);
  });

  it('counts every figure of each territory, a lead spanning two territories in both', () => {
    expect(report.territoryIds).toEqual([...ALL_TERRITORIES].sort());
    expect(report.territories).toEqual(EXPECTED.territories);
  });

  it('lists the top resources offered and sought, and the months of the year', () => {
    expect(report.topResources).toEqual(EXPECTED_TOP);
    expect(report.months).toEqual(EXPECTED_MONTHS);
  });

  it('keeps to the territories chosen: the total of one territory is that territory', () => {
    const dijon = computeIndicators(fixtureInput([D], false));
    expect(dijon.territoryIds).toEqual([D]);
    expect(dijon.territories[D]).toEqual(EXPECTED.territories[D]);
    // The admin belongs to every territory but counts in the programme's total only.
    expect(dijon.total).toEqual(EXPECTED.territories[D]);
  });

  it('gives a territory the same figures whatever else is selected', () => {
    // c8, of Creusot, attended only a Dijon workshop: Creusot counts it with or without Dijon.
    for (const selection of [[C], [C, D], [C, G]]) {
      expect(computeIndicators(fixtureInput(selection, false)).territories[C]).toEqual(EXPECTED.territories[C]);
    }
    expect(EXPECTED.territories[C]!.companies.workshop).toBe(3);
    expect(computeIndicators(fixtureInput([C], false)).total).toEqual(EXPECTED.territories[C]);
  });

  it('counts a lead spanning two territories once in a total of both, and no admin outside the programme', () => {
    const both = computeIndicators(fixtureInput([C, D], false));
    expect(both.total.synergies.substitution.energy).toBe(1);
    expect(both.total.funnel.proposed).toBe(8);
    expect(both.total.accounts.byRole).toEqual({ admin: 0, referent: 1, advisor: 2, animator: 1 });
    expect(report.territories[G]!.accounts.active).toBe(0);
  });

  it('counts a lead as it stood at the period’s end: implemented in 2025, rejected in 2026', () => {
    const l10 = FOLLOWUPS.find((l) => l.id === 'L10')!;
    expect(l10.status).toBe('rejected');
    const dijon = report.territories[D]!;
    expect(dijon.rejected['no-interest']).toBe(0);
    expect(dijon.funnel.implemented).toBe(2);
    expect(dijon.gains.realised.materials.eurSaved).toBe(100);
    expect(dijon.gains.expected.materials.eurSaved).toBe(1550.5);
    // Counted up to mid-2026, the same lead is rejected: no gains, one rejection; it still reached the stage.
    const later = computeIndicators({ ...fixtureInput([D], false), range: { from: '2025-01-01', to: '2026-06-30' } });
    expect(later.total.rejected['no-interest']).toBe(1);
    expect(later.total.funnel.implemented).toBe(2);
    expect(later.total.gains.realised.materials.eurSaved).toBe(0);
    expect(later.total.gains.expected.materials.eurSaved).toBe(1500.5);
  });

  it('leaves deleted companies out of workshop participations', () => {
    // w1 lists c1, c3, c6 (deleted) and c8.
    expect(report.territories[D]!.workshops).toEqual({ held: 1, participations: 3, companies: 3 });
  });

  it('reads the furthest stage from the history before the end of the period', () => {
    const l5 = FOLLOWUPS.find((l) => l.id === 'L5')!;
    expect(furthestStage(l5, Date.parse('2026-01-01T00:00:00Z'))).toBe(1);
    expect(furthestStage(l5, Date.parse('2026-02-01T00:00:00Z'))).toBe(3);
  });

  it('gives the convention table and conversion rates', () => {
    const tables = indicatorTables(report, { [D]: 'Dijon métropole', [C]: 'CU Creusot-Montceau' });
    const convention = tables.find((t) => t.id === 'convention')!;
    expect(convention.rows.find((r) => r[0] === 'Dijon métropole')).toEqual(['Dijon métropole', 3, 3, 4, 2]);
    expect(convention.rows.at(-1)).toEqual(['Programme', 6, 5, 5, 3]);
    const funnel = tables.find((t) => t.id === 'funnel')!;
    expect(funnel.rows.map((r) => r.slice(1))).toEqual([
      [8, undefined, 100],
      [6, 75, 75],
      [4, 66.7, 50],
      [3, 75, 37.5],
      [2, 66.7, 25],
    ]);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });
});

describe('indicator periods', () => {
  it('names years, quarters and custom ranges in French', () => {
    expect(rangeLabel(YEAR_2025)).toBe('année 2025');
    expect(quarterRange(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(rangeLabel(quarterRange(2025, 2))).toBe('T2 2025');
    expect(rangeLabel({ from: '2025-03-01', to: '2025-06-15' })).toBe('du 01/03/2025 au 15/06/2025');
  });

  it('reads the route query, refusing a reversed period in French', () => {
    expect(IndicatorQuerySchema.parse({ from: '2025-01-01', to: '2025-03-31', territory: `${D},${C}` })).toEqual({
      range: { from: '2025-01-01', to: '2025-03-31' },
      territoryIds: [D, C],
    });
    const bad = IndicatorQuerySchema.safeParse({ from: '2025-05-01', to: '2025-01-01' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('La date de fin précède la date de début');
  });
});
