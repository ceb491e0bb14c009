import { describe, expect, it } from 'vitest';
import { withSearchKey } from '../../../src/db/database';
import { changeStatus, openFollowup, setGains, setNextAction } from '../../../src/db/followups';
import { FollowupSchema, snapshotOf, territoriesOf, applyTransition } from '../../../src/domain';
import { parseCsv } from '../../../src/exchange/csv';
import { FOLLOWUP_HEADERS, exportFollowupsCsv, followupsToCsv } from '../../../src/exchange/followups-csv';
import { MatchEngine } from '../../../src/matching/engine';
import { freshDatabase } from '../../fixtures/db';
import { REFERENT, sampleFollowup } from '../../fixtures/followups';
import { company, flux } from '../../fixtures/matching';

const column = (rows: string[][], header: string, row = 1) => rows[row]![rows[0]!.indexOf(header)];

describe('follow-ups CSV for French Excel', () => {
  it('writes status, dates, next action, gains with t CO2e and its origin, companies and resources', async () => {
    const db = await freshDatabase();
    const f = sampleFollowup();
    for (const c of f.snapshot.companies) {
      await db.companies.put(
        withSearchKey({
          ...c,
          siret: '',
          naf: '',
          address: '',
          zone: '',
          contact: { name: '', role: '', email: '', phone: '' },
          consent: false,
          notes: '',
          createdAt: 1,
          updatedAt: 1,
          rev: 0,
          deleted: false,
        }),
      );
    }
    const synergy = {
      id: f.synergyId,
      kind: f.snapshot.kind,
      family: f.snapshot.family,
      resourceCodes: f.snapshot.resourceCodes,
      fluxIds: ['a', 'b'],
      companyIds: f.snapshot.companies.map((c) => c.id),
      territoryIds: f.territoryIds,
      score: 82,
      scoreParts: { resource: 100, quantity: 70, distance: 60, timing: 100 },
      distanceKm: 78,
      explanation: f.snapshot.explanation,
      computedAt: 1,
    };
    const opened = await openFollowup(synergy, REFERENT);
    await changeStatus(opened.id, 'retained', REFERENT);
    await setNextAction(opened.id, { text: 'Visite commune', dueDate: '2026-12-01', assigneeName: 'Rémi Référent' }, REFERENT);
    await setGains(opened.id, 'expectedGains', { tonnesDiverted: 12.5, co2: { factorId: 'steel-scrap', quantity: 12.5 } }, REFERENT);
    await setGains(opened.id, 'realisedGains', { eurSaved: 3000, tco2eOverride: 10, overrideReason: 'Bilan fournisseur' }, REFERENT);

    const text = await exportFollowupsCsv();
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, ';');
    expect(rows[0]).toEqual([...FOLLOWUP_HEADERS]);
    expect(rows).toHaveLength(2);
    expect(column(rows, 'Statut')).toBe('Retenue (à étudier)');
    expect(column(rows, 'Entreprises')).toBe('Fonderie du Creusot ; Menuiserie Bois & Cie');
    expect(column(rows, 'Territoires')).toMatch(/Creusot.*;.*Dijon/);
    expect(column(rows, 'Ressources')).toBe('Chutes de bois non traité');
    expect(column(rows, 'Type')).toBe('Substitution');
    expect(column(rows, 'Prochaine action')).toBe('Visite commune');
    expect(column(rows, 'Échéance')).toBe('01/12/2026');
    expect(column(rows, 'Responsable')).toBe('Rémi Référent');
    expect(column(rows, 'Statut changé le')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(column(rows, 'Attendu – Tonnes détournées (t/an)')).toBe('12,5');
    expect(column(rows, 'Attendu – Émissions évitées (t CO2e/an)')).toBe('15,75');
    expect(column(rows, 'Attendu – origine du chiffre CO2e')).toMatch(/^Facteur : Acier recyclé.*ADEME Base Carbone.*\(2017\)$/);
    expect(column(rows, 'Réalisé – Économies (€/an)')).toBe('3000');
    expect(column(rows, 'Réalisé – Émissions évitées (t CO2e/an)')).toBe('10');
    expect(column(rows, 'Réalisé – origine du chiffre CO2e')).toBe('Saisi manuellement : Bilan fournisseur');
  });

  it('writes the reason of an Écartée synergy, orders by pipeline and guards formulas', () => {
    const rejected = applyTransition(sampleFollowup({ id: 'sub_1', synergyId: 'sub:1' }), 'rejected', {
      actor: REFERENT,
      at: 2000,
      rejection: { reason: 'other', text: 'Fermeture du site' },
    });
    const proposed = sampleFollowup({
      id: 'sub_2',
      synergyId: 'sub:2',
      snapshot: { ...sampleFollowup().snapshot, explanation: '=HYPERLINK("x")' },
    });
    const rows = parseCsv(followupsToCsv([rejected, proposed]), ';');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['sub:2', 'sub:1']);
    expect(column(rows, 'Motif d’écartement', 2)).toBe('Autre : Fermeture du site');
    expect(column(rows, 'Description', 1)).toBe('\'=HYPERLINK("x")');
  });

  it('says why a lead put off with « Plus tard » waits, and the day it comes back', () => {
    const later = applyTransition(sampleFollowup(), 'on-hold', {
      actor: REFERENT,
      at: 2000,
      onHold: { reason: 'Budget voté en mars', until: '2027-03-15' },
    });
    const rows = parseCsv(followupsToCsv([later, sampleFollowup({ id: 'sub_2', synergyId: 'sub:2' })]), ';');
    const row = rows.findIndex((r) => r[0] === later.synergyId);
    expect(column(rows, 'En attente – motif', row)).toBe('Budget voté en mars');
    expect(column(rows, 'En attente – jusqu’au', row)).toBe('15/03/2027');
    expect(column(rows, 'En attente – motif', 3 - row)).toBe('');
  });

  it('never shows a confidential flux’s quantity, while a public one’s is shown', () => {
    const companies = [company('scierie', 'Scierie Vauban', 0), company('chaufferie', 'Chaufferie Morvan', 6)];
    const engine = new MatchEngine({ topN: 5, now: 1 });
    const run = (confidential: boolean) => {
      engine.load({
        companies,
        flux: [
          flux('f-offer', 'scierie', 'mat.wood-offcuts', 'offer', { quantity: 137, unit: 't', period: 'year', confidential }),
          flux('f-need', 'chaufferie', 'mat.wood-offcuts', 'need', { quantity: 90, unit: 't', period: 'year', confidential }),
        ],
      });
      const [synergy] = engine.synergies();
      const snapshot = snapshotOf(synergy!, new Map(companies.map((c) => [c.id, c])));
      const followup = FollowupSchema.parse({
        id: 'sub_x',
        synergyId: synergy!.id,
        territoryIds: territoriesOf(snapshot),
        snapshot,
        createdAt: 1,
        updatedAt: 1,
      });
      return followupsToCsv([followup]);
    };
    expect(run(false)).toMatch(/137/);
    const hidden = run(true);
    expect(hidden).toContain('Scierie Vauban');
    expect(hidden).not.toMatch(/137|90/);
  });
});
