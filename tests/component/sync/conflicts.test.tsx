// Resolving a conflict: both versions side by side, one chosen per field, the choice queued to sync.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergiesDB, db, useDatabase, withSearchKey } from '../../../src/db/database';
import { CompanySchema } from '../../../src/domain/company';
import { ConflictsPage } from '../../../src/ui/sync/ConflictsPage';

let n = 0;
const serverVersion = () =>
  CompanySchema.parse({
    id: 'c-1',
    name: 'Fonderie (serveur)',
    notes: 'notes du collègue',
    territoryId: 'dijon-metropole',
    createdAt: 1,
    updatedAt: 2,
    rev: 7,
  });

beforeEach(async () => {
  useDatabase(new SynergiesDB(`conflicts-ui-${++n}`));
  const server = serverVersion();
  await db().companies.put(withSearchKey(server));
  await db().conflicts.put({
    id: 'k-1',
    table: 'companies',
    recordId: 'c-1',
    recordKey: 'companies:c-1',
    fields: ['name', 'notes'],
    local: { name: 'Fonderie (ici)', notes: 'mes notes' },
    server: { ...server },
    createdAt: 1,
  });
});
afterEach(cleanup);

describe('conflicts page', () => {
  it('shows both versions of each field and resolves with the chosen ones', async () => {
    render(<ConflictsPage />);
    expect(await screen.findByRole('heading', { name: 'Entreprise : Fonderie (serveur)' })).toBeTruthy();
    const nameGroup = screen.getByRole('group', { name: 'Raison sociale' });
    expect(nameGroup.textContent).toContain('Fonderie (ici)');
    expect(nameGroup.textContent).toContain('Fonderie (serveur)');
    const resolve = screen.getByRole('button', { name: 'Résoudre' }) as HTMLButtonElement;
    expect(resolve.disabled).toBe(true);

    const user = userEvent.setup();
    await user.click(screen.getAllByRole('radio', { name: /Cet appareil/ })[0]!);
    await user.click(screen.getAllByRole('radio', { name: /Serveur/ })[1]!);
    expect(resolve.disabled).toBe(false);
    await user.click(resolve);

    await waitFor(async () => expect(await db().conflicts.count()).toBe(0));
    expect(await screen.findByText(/Aucun conflit/)).toBeTruthy();
    const stored = await db().companies.get('c-1');
    expect(stored).toMatchObject({ name: 'Fonderie (ici)', notes: 'notes du collègue' });
    const [entry] = await db().outbox.toArray();
    expect(entry).toMatchObject({ recordId: 'c-1', baseRev: 7 });
    expect(entry?.patch.name).toBe('Fonderie (ici)');
    expect(entry?.patch).not.toHaveProperty('notes');
  });

  it('explains why a choice cannot be saved', async () => {
    await db().conflicts.update('k-1', { local: { name: 'X', notes: '' } });
    render(<ConflictsPage />);
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole('button', { name: 'Tout garder de cet appareil' }))[0]!);
    await user.click(screen.getByRole('button', { name: 'Résoudre' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Raison sociale/);
    expect(await db().conflicts.count()).toBe(1);
  });

  it('shows a park by its name and decides it with the zone', async () => {
    const park = (id: string, name: string) => ({
      id,
      territoryId: 'dijon-metropole',
      name,
      nameKey: name.toLowerCase(),
      status: 'confirmed' as const,
      createdAt: 1,
      updatedAt: 1,
      rev: 3,
    });
    await db().parks.bulkPut([park('p-cap-nord', 'Cap Nord'), park('p-grand-sud', 'Grand Sud')]);
    const server = { ...serverVersion(), zone: 'Grand Sud', parkId: 'p-grand-sud' };
    await db().companies.put(withSearchKey(server));
    await db().conflicts.update('k-1', { fields: ['zone', 'parkId'], local: { zone: 'Cap Nord', parkId: 'p-cap-nord' }, server });
    render(<ConflictsPage />);
    const zone = await screen.findByRole('group', { name: 'Zone d’activités' });
    expect(zone.textContent).toContain('Cap Nord');
    expect(zone.textContent).toContain('Grand Sud');
    expect(screen.queryByRole('group', { name: /liste partagée/ })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Cet appareil/ }));
    await user.click(screen.getByRole('button', { name: 'Résoudre' }));
    await waitFor(async () => expect(await db().conflicts.count()).toBe(0));
    expect(await db().companies.get('c-1')).toMatchObject({ zone: 'Cap Nord', parkId: 'p-cap-nord' });
  });

  it('names the park of each side when only the park id differs', async () => {
    await db().parks.put({
      id: 'p-cap-nord',
      territoryId: 'dijon-metropole',
      name: 'Cap Nord',
      nameKey: 'cap nord',
      status: 'confirmed',
      createdAt: 1,
      updatedAt: 1,
      rev: 3,
    });
    await db().conflicts.update('k-1', {
      fields: ['parkId'],
      local: { parkId: 'p-cap-nord' },
      server: { ...serverVersion(), zone: 'ZI Nord', parkId: 'p-inconnue' },
    });
    render(<ConflictsPage />);
    const group = await screen.findByRole('group', { name: 'Zone d’activités (liste partagée)' });
    await waitFor(() => expect(group.textContent).toContain('Cap Nord'));
    expect(group.textContent).toContain('ZI Nord');
    expect(group.textContent).not.toMatch(/p-cap-nord|p-inconnue/);
  });
});
