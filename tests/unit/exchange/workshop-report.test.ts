// The workshop report: who came and at which table, what each offered and sought (a confidential
// quantity never written), the synergies between participants only; and its CSV for French Excel.
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
  createdAt: 0,
  updatedAt: 0,
});

const companies = [company('imprimerie', 'Imprimerie Bertin', 2), company('cartons', 'Cartonnages Morel', 0), company('garage', 'Garage Dupont', 1)];
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
  it('lists the participants by name with their table and resources, a confidential quantity hidden', () => {
    const r = report();
    expect(r.companies.map((c) => [c.company.name, c.table, c.enteredHere])).toEqual([
      ['Cartonnages Morel', 'Table 1', 1],
      ['Imprimerie Bertin', 'Table 2', 1],
    ]);
    expect(r.companies[0]!.offers).toEqual(['Cartons et emballages carton (quantité confidentielle)', 'Palettes bois']);
    expect(r.companies[1]!.needs).toEqual(['Cartons et emballages carton (2 t/mois)']);
    // Entered during the workshop, live, by participants: the garage's need and the deleted flux do not count.
    expect(r.fluxEntered).toBe(2);
  });

  it('keeps only the synergies joining two participants', () => {
    const r = report();
    expect(r.synergies.length).toBeGreaterThan(0);
    for (const s of r.synergies) expect(s.companyIds.filter((id) => workshop.companyIds.includes(id)).length).toBeGreaterThanOrEqual(2);
    expect(r.synergies.some((s) => s.companyIds.includes('garage') && s.companyIds.length === 2)).toBe(false);
    expect(r.synergies.some((s) => s.kind === 'substitution' && s.resourceCodes.includes('mat.cardboard'))).toBe(true);
  });

  it('writes a CSV for French Excel: BOM, semicolons, names rather than ids, no confidential quantity', () => {
    const csv = workshopReportToCsv(report());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.replace('\uFEFF', '').split(/\r?\n/);
    expect(lines[0]).toBe('Entreprise;Table;Propose;Recherche;Flux saisis pendant l’atelier');
    expect(lines[1]).toBe('Cartonnages Morel;Table 1;Cartons et emballages carton (quantité confidentielle) | Palettes bois;;1');
    expect(csv).not.toMatch(/3 t\/mois/);
    expect(csv).toContain('Cartonnages Morel | Imprimerie Bertin');
    expect(csv).not.toContain('cartons;');
  });
});
