// An advisor visiting a recycler records the waste it accepts as input: the recovery operation
// (R code) and, for a hazardous waste, that the company is authorised to take it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { QuestionnairePage } from '../../../src/ui/visit/QuestionnairePage';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
let companyId: string;

beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
  companyId = (await createCompany({ name: 'Régénération Solvants', territoryId: 'dijon-metropole' })).id;
});
afterEach(cleanup);

describe('waste accepted as input', () => {
  it('records a hazardous waste taken in, its R code and the authorisation', async () => {
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    const toggle = await screen.findByRole('button', { name: 'Solvants usagés : Accepte en entrée' });
    expect(toggle.textContent).toContain('Accepte en entrée');
    fireEvent.click(toggle);
    fireEvent.click(await screen.findByRole('button', { name: 'Détails accepte en entrée : Solvants usagés' }));

    const operation = (await screen.findByLabelText('Opération de valorisation réalisée (code R)')) as HTMLSelectElement;
    // Only the operations that fit solvents, plus sorting and storage.
    expect([...operation.options].map((o) => o.value)).toEqual(['', 'R2', 'R1', 'R12', 'R13']);
    fireEvent.change(operation, { target: { value: 'R2' } });
    fireEvent.blur(operation);
    const authorised = screen.getByLabelText('Autorisée à recevoir ce déchet dangereux (sinon aucune mise en relation)');
    fireEvent.click(authorised);
    fireEvent.blur(authorised);
    const code = screen.getByText(/Code déchet \(LER\)/).closest('p')!;
    expect(code.textContent).toMatch(/14 06 03\* — Autres solvants.*déchet dangereux/);

    await waitFor(
      async () => {
        const [flux] = await db.flux.where('companyId').equals(companyId).toArray();
        expect(flux).toMatchObject({ resourceCode: 'mat.solvents', direction: 'need', recoveryOperation: 'R2', acceptsHazardous: true });
      },
      { timeout: 3000 },
    );
  });

  it('offers no R code and no authorisation for a resource that is not a waste', async () => {
    render(<QuestionnairePage companyId={companyId} section="energy" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Électricité (achat groupé) : Besoin' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Détails besoin : Électricité (achat groupé)' }));
    await screen.findByLabelText('Quantité');
    expect(screen.queryByLabelText(/code R/)).toBeNull();
    expect(screen.queryByLabelText(/déchet dangereux/)).toBeNull();
  });
});
