// The workshop report: who came and at which table, what each offered and sought (nothing of a
// confidential flux), the synergies between participants only; and its CSV for French Excel.
import { describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../../../src/domain/workshop';
import { buildWorkshopReport, workshopReportToCsv } from '../../../src/exchange/workshop-report';
import { MatchEngine } from '../../../src/matching/engine';
import { company, flux } from '../../fixtures/matching';

const workshop = WorkshopSchema.parse({
  id: 'w1',
  title: 'Atelier Cap Nord',
  date: '2026-03-12',
  territoryId: 'dijon-metropole',
  tables: [
    { id: 't1', name: 'Table 1', companyIds: ['cartons'] },
    { id: 't2', name: 'Table 2', companyIds: ['imprimerie'] },
  ],
  companyIds: ['cartons', 'imprimerie'],
  animators: ['Alice Martin'],
  createdAt: 0,
  updatedAt: 0,
});

const companies = [
  company('imprimerie', 'Imprimerie Bertin', 2),
  company('cartons', 'Cartonnages Morel', 0),
  company('garage', 'Garage Dupont', 1),
];
const allFlux = [
  flux('f1', 'cartons', 'mat.cardboard', 'offer', { quantity: 3, unit: 't', period: 'month', confidential: true, workshopId: 'w1' }),
  flux('f2', 'cartons', 'mat.wood-pallets', 'offer'),
  flux('f3', 'imprimerie', 'mat.cardboard', 'need', { quantity: 2, unit: 't', period: 'month', workshopId: 'w1' }),
  flux('f4', 'garage', 'mat.cardboard', 'need', { workshopId: 'w1' }),
  flux('f5', 'imprimerie', 'mat.wood-pallets', 'need', { deleted: true, workshopId: 'w1' }),
];

function report() {
  const engine = new MatchEngine({ topN: 5, now: 1 });
  engine.load({ companies, flux: allFlux });
  return buildWorkshopReport(workshop, companies, allFlux, engine.synergies());
}

describe('workshop report', () => {
  it('lists the participants by name with their table and resources, nothing of a confidential flux', () => {
    const r = report();
    expect(r.companies.map((c) => [c.company.name, c.table, c.enteredHere])).toEqual([
      ['Cartonnages Morel', 'Table 1', 0],
      ['Imprimerie Bertin', 'Table 2', 1],
    ]);
    expect(r.companies[0]!.offers.map((f) => f.what)).toEqual(['Palettes bois']);
    expect(r.companies[1]!.needs.map((f) => f.what)).toEqual(['Cartons et emballages carton (2 t/mois)']);
    // Entered during the workshop, live, shown, by participants: not the garage's need, the deleted
    // flux, nor the confidential one (counting it would tell it exists).
    expect(r.fluxEntered).toBe(1);
    expect(r.animation).toBe('Alice Martin');
  });

  it('keeps only the synergies joining two participants, named, and none through a confidential flux', () => {
    const shown = { ...allFlux[0]!, confidential: false };
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies, flux: [shown, ...allFlux.slice(1)] });
    const open = buildWorkshopReport(workshop, companies, [shown, ...allFlux.slice(1)], engine.synergies());
    expect(open.synergies.map((s) => s.sentence)).toContain(
      'Cartonnages Morel → Imprimerie Bertin : cartons et emballages carton (3 t/mois)',
    );
    for (const s of open.synergies) for (const id of s.companyIds) expect(workshop.companyIds).toContain(id);
    // The same cardboard marked confidential: the synergy is gone from the report.
    expect(report().synergies.some((s) => s.fluxIds.includes('f1'))).toBe(false);
  });

  it('writes a CSV for French Excel: BOM, semicolons, who animated, names rather than ids, the confidentiality note', () => {
    const csv = workshopReportToCsv(report());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.replace('\uFEFF', '').split(/\r?\n/);
    expect(lines[0]).toBe('Animation;Alice Martin');
    expect(lines[2]).toBe('Entreprise;Table;Propose;Recherche;Flux saisis pendant l’atelier');
    expect(lines[3]).toBe('Cartonnages Morel;Table 1;Palettes bois;;0');
    expect(csv).toContain('quantité et présence confidentielles');
    expect(csv).not.toMatch(/3 t\/mois/);
    expect(csv).not.toMatch(/garage|Garage/);
  });

  it('gives the referent a copy with the confidential flux marked, its synergy too, and still no outsider', () => {
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies, flux: allFlux });
    const r = buildWorkshopReport(workshop, companies, allFlux, engine.synergies(), 'referent');
    expect(r.companies[0]!.offers).toEqual([
      { what: 'Cartons et emballages carton (3 t/mois)', confidential: true },
      { what: 'Palettes bois', confidential: false },
    ]);
    const cardboard = r.synergies.find((s) => s.fluxIds.includes('f1'));
    expect(cardboard?.confidential).toBe(true);
    // Who confided it: the referent knows whom not to betray.
    expect(cardboard?.confidentialNames).toEqual(['Cartonnages Morel']);
    expect(r.synergies.filter((s) => s.confidential).every((s) => s.fluxIds.includes('f1'))).toBe(true);
    // The confidential card was entered during the workshop: the referent's count holds it.
    expect(r.fluxEntered).toBe(2);
    const csv = workshopReportToCsv(r).replace('\uFEFF', '');
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toMatch(/^"?Document interne/);
    expect(csv).toContain('Cartons et emballages carton (3 t/mois) — quantité et présence confidentielles | Palettes bois');
    expect(csv).toMatch(/Cartonnages Morel → Imprimerie Bertin : cartons[^\n]*;quantité et présence confidentielles \(Cartonnages Morel\)/);
    expect(csv).not.toMatch(/garage|Garage|ne figurent pas/);
  });
});
