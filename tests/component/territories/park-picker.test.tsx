// The business-park field of the company form, and the Territoires page as each role sees it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { storeParks } from '../../../src/db/parks';
import { parkNameKey } from '../../../src/domain';
import type { Park } from '../../../src/domain/park';
import type { User } from '../../../src/domain/user';
import { session } from '../../../src/sync/session';
import { EditCompanyPage } from '../../../src/ui/companies/EditCompanyPage';
import { TerritoriesPage } from '../../../src/ui/territories/TerritoriesPage';
import { freshDatabase } from '../../fixtures/db';

const CREUSOT = 'cu-creusot-montceau';
let db: SynergiesDB;

const park = (id: string, name: string, status: Park['status'] = 'confirmed'): Park => ({
  id,
  territoryId: CREUSOT,
  name,
  nameKey: parkNameKey(name),
  status,
  createdAt: 1,
  updatedAt: 1,
  rev: 5,
});

beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
  await storeParks([
    park('p-coriolis', 'ZI Coriolis'),
    park('p-eloi', 'Parc Saint-Éloi'),
    park('p-proposed', 'Zone des Gravières', 'proposed'),
  ]);
});
afterEach(() => {
  cleanup();
  session.set({ state: { kind: 'none' } });
});

async function editForm() {
  const company = await createCompany({ name: 'Fonderie Perrin', territoryId: CREUSOT });
  render(<EditCompanyPage id={company.id} />);
  return { id: company.id, input: (await screen.findByLabelText('Zone d’activités')) as HTMLInputElement };
}

describe('the park field of the company form', () => {
  it('suggests the territory’s parks as one types, accents and case ignored, and saves the one picked', async () => {
    const { id, input } = await editForm();
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'saint eloi' } });
    const option = await screen.findByRole('option', { name: 'Parc Saint-Éloi' });
    expect(screen.queryByRole('option', { name: 'ZI Coriolis' })).toBeNull();
    fireEvent.mouseDown(option);
    fireEvent.click(option);
    await waitFor(async () => expect(await db.companies.get(id)).toMatchObject({ parkId: 'p-eloi', zone: 'Parc Saint-Éloi' }), {
      timeout: 3000,
    });
    expect(input.value).toBe('Parc Saint-Éloi');
  });

  it('picks with the keyboard and says when a picked park is still a proposal', async () => {
    const { id, input } = await editForm();
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'GRAVIERES' } });
    await screen.findByRole('option', { name: /Zone des Gravières/ });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await db.companies.get(id))?.parkId).toBe('p-proposed'), { timeout: 3000 });
    expect(await screen.findByText(/en attente de confirmation par le référent/)).toBeTruthy();
  });

  it('proposes a new name as a park waiting to be sent, and files the company in it', async () => {
    const { id, input } = await editForm();
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'ZA des Riaux' } });
    const propose = await screen.findByRole('option', { name: 'Proposer « ZA des Riaux » comme nouvelle zone' });
    fireEvent.click(propose);
    await waitFor(async () => expect((await db.companies.get(id))?.zone).toBe('ZA des Riaux'), { timeout: 3000 });
    const proposal = (await db.parks.toArray()).find((p) => p.name === 'ZA des Riaux');
    expect(proposal).toMatchObject({ status: 'proposed', territoryId: CREUSOT, pendingSince: expect.any(Number) });
    expect((await db.companies.get(id))?.parkId).toBe(proposal!.id);
  });

  it('on leaving the field, takes a known park’s spelling, or files the company in a proposal of the new name', async () => {
    const { id, input } = await editForm();
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'zi  coriolis' } });
    await screen.findByRole('option', { name: 'ZI Coriolis' });
    fireEvent.blur(input);
    await waitFor(async () => expect(await db.companies.get(id)).toMatchObject({ parkId: 'p-coriolis', zone: 'ZI Coriolis' }), {
      timeout: 3000,
    });
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'Parc du Canal' } });
    fireEvent.blur(input);
    // Proposed when saved, so the company goes up with its park id: no device sees the name alone.
    await waitFor(async () => expect((await db.companies.get(id))?.zone).toBe('Parc du Canal'), { timeout: 3000 });
    const proposal = (await db.parks.toArray()).find((p) => p.name === 'Parc du Canal');
    expect(proposal).toMatchObject({ status: 'proposed', pendingSince: expect.any(Number) });
    expect(proposal?.review).toBeUndefined();
    expect((await db.companies.get(id))?.parkId).toBe(proposal?.id);
    expect(await db.parks.count()).toBe(4);
  });
});

describe('the Territoires page', () => {
  const user = (role: User['role']): User => ({ id: `u-${role}`, email: `${role}@cci.test`, name: role, role, territoryIds: [CREUSOT] });
  const signIn = (role: User['role']) => session.set({ state: { kind: 'active', token: 't'.repeat(20), user: user(role) } });

  it('shows an advisor their territory and its parks read-only, with a way to propose one', async () => {
    signIn('advisor');
    render(<TerritoriesPage />);
    expect(await screen.findByRole('heading', { name: 'CU Creusot-Montceau' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Dijon métropole' })).toBeNull();
    await screen.findByText('ZI Coriolis');
    expect(screen.queryByRole('button', { name: /Renommer/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Fusionner/ })).toBeNull();
    fireEvent.input(screen.getByLabelText('Nouvelle zone pour CU Creusot-Montceau'), { target: { value: 'Parc des Combes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Proposer la zone' }));
    await waitFor(async () => expect((await db.parks.toArray()).some((p) => p.name === 'Parc des Combes' && p.pendingSince)).toBe(true));
    expect(await screen.findByText('en attente d’envoi')).toBeTruthy();
  });

  it('gives a referent the management of the territory’s parks, not of the territory', async () => {
    signIn('referent');
    render(<TerritoriesPage />);
    expect(await screen.findByRole('button', { name: 'Renommer la zone ZI Coriolis' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Confirmer la zone Zone des Gravières' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fusionner la zone Zone des Gravières' })).toBeTruthy();
    expect(screen.getByText('Propositions à examiner')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Renommer CU Creusot-Montceau' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ajouter la zone' })).toBeTruthy();
  });

  it('gives an admin every territory to rename, retire or add', async () => {
    signIn('admin');
    render(<TerritoriesPage />);
    expect(await screen.findByRole('button', { name: 'Renommer Dijon métropole' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter un territoire' })).toBeTruthy();
  });
});
