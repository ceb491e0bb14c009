// Capture at a table: each flux carries the workshop's id, saying a card twice does not duplicate
// it, a company met at the door needs only a name, and « Entreprise suivante » wraps around.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { createCompany } from '../../../src/db/companies';
import { addFlux, removeFlux } from '../../../src/db/flux';
import { addParticipant, captureFlux, createParticipant, createWorkshop, getWorkshop, removeParticipant } from '../../../src/db/workshops';
import { nextCompany, tableCompanies } from '../../../src/ui/workshops/seating';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
beforeEach(async () => {
  db = await freshDatabase();
});

const prepare = () => createWorkshop({ title: 'Atelier Cap Nord', date: '2026-11-24', territoryId: 'dijon-metropole', place: 'CCI' });

describe('workshop capture', () => {
  it('creates a company on the spot in the workshop’s territory and seats it', async () => {
    const workshop = await prepare();
    const id = await createParticipant(workshop.id, { name: 'Boulangerie Roux', zone: 'Cap Nord' }, workshop.tables[0]!.id);
    const company = await db.companies.get(id);
    expect(company).toMatchObject({ name: 'Boulangerie Roux', zone: 'Cap Nord', territoryId: 'dijon-metropole' });
    const after = (await getWorkshop(workshop.id))!;
    expect(after.companyIds).toEqual([id]);
    expect(after.tables[0]!.companyIds).toEqual([id]);
    await expect(createParticipant(workshop.id, { name: 'X' })).rejects.toThrow(/trop courte/);
  });

  it('records a flux with the workshop as provenance, once, and revives a removed one', async () => {
    const workshop = await prepare();
    const companyId = await createParticipant(workshop.id, { name: 'Menuiserie Lambert' });
    const first = await captureFlux(workshop.id, { companyId, resourceCode: 'mat.wood-pallets', direction: 'offer' });
    expect(first.workshopId).toBe(workshop.id);
    const again = await captureFlux(workshop.id, { companyId, resourceCode: 'mat.wood-pallets', direction: 'offer', quantity: 30 });
    expect(again.id).toBe(first.id);
    expect(again.quantity).toBe(30);
    await removeFlux(first.id);
    const revived = await captureFlux(workshop.id, { companyId, resourceCode: 'mat.wood-pallets', direction: 'offer' });
    expect(revived).toMatchObject({ id: first.id, deleted: false, quantity: 30 });
    expect(await db.flux.where('companyId').equals(companyId).count()).toBe(1);
    // Every write queued for sync: the workshop, the company, the flux.
    const tables = new Set((await db.outbox.toArray()).map((e) => e.table));
    expect(tables).toEqual(new Set(['workshops', 'companies', 'flux']));
  });

  it('records a card confidential from its first write; saying it again never reveals it', async () => {
    const workshop = await prepare();
    const companyId = await createParticipant(workshop.id, { name: 'Fonderie Lefort' });
    const secret = await captureFlux(workshop.id, {
      companyId,
      resourceCode: 'mat.scrap-metal',
      direction: 'offer',
      quantity: 12,
      confidential: true,
    });
    expect(secret.confidential).toBe(true);
    // What the server will receive is confidential from the start: no shareable copy ever travels.
    const pending = (await db.outbox.toArray()).filter((e) => e.table === 'flux' && e.recordId === secret.id);
    expect(pending.map((e) => e.patch.confidential)).toEqual([true]);
    const again = await captureFlux(workshop.id, { companyId, resourceCode: 'mat.scrap-metal', direction: 'offer', quantity: 15 });
    expect(again).toMatchObject({ id: secret.id, confidential: true, quantity: 15 });
    // A card said openly first, then again with the toggle on, becomes confidential.
    const open = await captureFlux(workshop.id, { companyId, resourceCode: 'mat.cardboard', direction: 'offer' });
    expect(open.confidential).toBe(false);
    expect(
      (await captureFlux(workshop.id, { companyId, resourceCode: 'mat.cardboard', direction: 'offer', confidential: true })).confidential,
    ).toBe(true);
  });

  it('records a quantity with its unit and period (50 pallets once, not 50 a year)', async () => {
    const workshop = await prepare();
    const companyId = await createParticipant(workshop.id, { name: 'Menuiserie Lambert' });
    const once = await captureFlux(workshop.id, {
      companyId,
      resourceCode: 'mat.wood-pallets',
      direction: 'offer',
      quantity: 50,
      unit: 'pallet',
      period: 'once',
    });
    expect(once).toMatchObject({ quantity: 50, unit: 'pallet', period: 'once' });
    const monthly = await captureFlux(workshop.id, {
      companyId,
      resourceCode: 'mat.cardboard',
      direction: 'offer',
      quantity: 3,
      period: 'month',
    });
    // No unit chosen: the resource's own.
    expect(monthly).toMatchObject({ quantity: 3, unit: 't', period: 'month' });
  });

  it('moves a company between tables and takes it out of the room', async () => {
    const workshop = await prepare();
    const id = await createParticipant(workshop.id, { name: 'Garage Petit' });
    const tableId = workshop.tables[0]!.id;
    await addParticipant(workshop.id, id, tableId);
    expect(tableCompanies((await getWorkshop(workshop.id))!, tableId)).toEqual([id]);
    await removeParticipant(workshop.id, id);
    const after = (await getWorkshop(workshop.id))!;
    expect(after.companyIds).toEqual([]);
    expect(after.tables[0]!.companyIds).toEqual([]);
  });

  it('goes to the next company of the table, wrapping around', () => {
    expect(nextCompany(['a', 'b', 'c'], 'a')).toBe('b');
    expect(nextCompany(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextCompany(['a'], 'a')).toBe('a');
    expect(nextCompany([], 'a')).toBeUndefined();
  });
});

describe('closing a workshop', () => {
  it('turns each synergy between participants into a lead of the follow-up, once', async () => {
    const { closeWorkshop } = await import('../../../src/ui/workshops/close-workshop');
    const workshop = await prepare();
    // Three companies of one park: two at the workshop, one that did not come.
    const a = await createParticipant(workshop.id, { name: 'Cartonnages Morel', zone: 'Cap Nord' });
    const b = await createParticipant(workshop.id, { name: 'Imprimerie Bertin', zone: 'Cap Nord' });
    const outsider = await createCompany({ name: 'Scierie absente', zone: 'Cap Nord', territoryId: 'dijon-metropole' });
    await captureFlux(workshop.id, { companyId: a, resourceCode: 'mat.cardboard', direction: 'offer' });
    await captureFlux(workshop.id, { companyId: b, resourceCode: 'mat.cardboard', direction: 'need' });
    await addFlux(outsider.id, 'mat.cardboard', 'need');

    // The matcher proposes Morel → Bertin and Morel → Scierie; only the first is the room's.
    expect(await closeWorkshop(workshop.id)).toBe(1);
    const followups = await db.followups.toArray();
    expect(followups).toHaveLength(1);
    expect(followups[0]).toMatchObject({ origin: 'workshop', workshopId: workshop.id, status: 'proposed' });
    expect(followups[0]!.snapshot.companies.map((c) => c.name).sort()).toEqual(['Cartonnages Morel', 'Imprimerie Bertin']);
    expect((await getWorkshop(workshop.id))!.state).toBe('closed');
    // Closing again opens nothing new and loses nothing.
    expect(await closeWorkshop(workshop.id)).toBe(0);
    expect(await db.followups.count()).toBe(1);
  });

  it('finds the lead of a group that grew since, instead of opening a near-duplicate', async () => {
    const { closeWorkshop } = await import('../../../src/ui/workshops/close-workshop');
    const { rematchAll } = await import('../../../src/matching/store');
    const workshop = await prepare();
    const members = [];
    for (const name of ['Garage Petit', 'Boulangerie Roux', 'Menuiserie Lambert']) {
      const id = await createParticipant(workshop.id, { name, zone: 'Cap Nord' });
      await captureFlux(workshop.id, { companyId: id, resourceCode: 'nrj.electricity', direction: 'need' });
      members.push(id);
    }
    await rematchAll();
    expect(await closeWorkshop(workshop.id)).toBe(1);
    const [lead] = await db.followups.toArray();
    expect(lead!.snapshot.kind).toBe('mutualisation');
    // A fourth company joins the group purchase after the closing: the group's id changes.
    const late = await createParticipant(workshop.id, { name: 'Transports Girard', zone: 'Cap Nord' });
    await captureFlux(workshop.id, { companyId: late, resourceCode: 'nrj.electricity', direction: 'need' });
    await rematchAll();
    expect(await closeWorkshop(workshop.id)).toBe(0);
    expect(await db.followups.count()).toBe(1);
  });
});
