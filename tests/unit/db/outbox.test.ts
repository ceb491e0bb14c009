import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany, deleteCompany, getCompany, listCompanies, restoreCompany, updateCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { addFlux, updateFlux } from '../../../src/db/flux';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
beforeEach(async () => {
  db = await freshDatabase();
});

const base = { name: 'Cartonnages Bourguignons', territoryId: 'dijon-metropole', siret: '73282932000074' };

describe('writes and their outbox', () => {
  it('queues a new company whole, in the same write', async () => {
    const company = await createCompany(base);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ table: 'companies', recordId: company.id, op: 'upsert', baseRev: 0 });
    expect(outbox[0]!.patch).toMatchObject({ name: base.name, siret: base.siret, territoryId: base.territoryId });
  });

  it('coalesces successive edits of a record into one pending entry', async () => {
    const company = await createCompany(base);
    await updateCompany(company.id, { zone: 'ZAE Cap Nord' });
    await updateCompany(company.id, { notes: 'Rencontre le 12' });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.patch).toMatchObject({ zone: 'ZAE Cap Nord', notes: 'Rencontre le 12' });
  });

  it('never changes an entry already sent: later edits get a new mutation', async () => {
    const company = await createCompany(base);
    await db.companies.update(company.id, { rev: 7 });
    const [sent] = await db.outbox.toArray();
    await db.outbox.update(sent!.seq!, { sentAt: Date.now() });
    await updateCompany(company.id, { zone: 'Parc Mazen-Sully' });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox[0]!.patch).toEqual(sent!.patch);
    expect(outbox[1]!.mutationId).not.toBe(sent!.mutationId);
    expect(outbox[1]).toMatchObject({ baseRev: 7, op: 'upsert' });
    expect(Object.keys(outbox[1]!.patch).sort()).toEqual(['deleted', 'updatedAt', 'zone']);
  });

  it('rejects an invalid edit and leaves the stored record as it was', async () => {
    const company = await createCompany(base);
    await expect(updateCompany(company.id, { siret: '12345678901234' })).rejects.toThrow(/SIRET invalide/);
    expect((await getCompany(company.id))?.siret).toBe(base.siret);
  });

  it('deletes a company as a tombstone with its flux, and undoes it', async () => {
    const company = await createCompany(base);
    const flux = await addFlux(company.id, 'mat.cardboard', 'offer', { quantity: 12 });
    await deleteCompany(company.id);
    expect(await getCompany(company.id)).toBeUndefined();
    expect((await db.companies.get(company.id))?.deleted).toBe(true);
    expect((await db.flux.get(flux.id))?.deleted).toBe(true);
    expect((await db.outbox.toArray()).find((e) => e.recordId === company.id)?.op).toBe('delete');

    await restoreCompany(company.id);
    expect((await getCompany(company.id))?.name).toBe(base.name);
    expect((await db.flux.get(flux.id))?.deleted).toBe(false);
  });

  it('finds companies by accent-free name fragment, SIRET and territory', async () => {
    await createCompany(base);
    await createCompany({ name: 'Scierie Émeraude', territoryId: 'cc-grand-charolais' });
    expect((await listCompanies({ text: 'emeraude' })).companies.map((c) => c.name)).toEqual(['Scierie Émeraude']);
    expect((await listCompanies({ text: '732 829' })).companies.map((c) => c.name)).toEqual([base.name]);
    expect((await listCompanies({ territoryId: 'cc-grand-charolais' })).companies).toHaveLength(1);
    expect((await listCompanies()).companies.map((c) => c.name)).toEqual([base.name, 'Scierie Émeraude']);
  });

  it('reports unreadable rows instead of failing the whole list', async () => {
    await createCompany(base);
    await db.companies.put({ id: 'broken', name: '', territoryId: '', nameKey: '' } as never);
    const { companies, invalid } = await listCompanies();
    expect(companies).toHaveLength(1);
    expect(invalid).toEqual([{ id: 'broken', error: expect.any(String) }]);
  });

  it('validates flux edits (negative quantity refused)', async () => {
    const company = await createCompany(base);
    const flux = await addFlux(company.id, 'mat.cardboard', 'offer');
    expect(flux).toMatchObject({ unit: 't', period: 'year', family: 'materials' });
    await expect(updateFlux(flux.id, { quantity: -1 })).rejects.toThrow(/négative/);
    expect((await updateFlux(flux.id, { quantity: 4.5 })).quantity).toBe(4.5);
  });
});
