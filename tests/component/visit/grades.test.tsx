// An advisor records what grade a waste is and what a recycler accepts, and turns a free « Autre »
// flux into a vocabulary entry without retyping it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { addFlux } from '../../../src/db/flux';
import { QuestionnairePage } from '../../../src/ui/visit/QuestionnairePage';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
let companyId: string;

beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
  companyId = (await createCompany({ name: 'Fonderie de Montchanin', territoryId: 'dijon-metropole' })).id;
});
afterEach(cleanup);

/** The machine running tests may be busy: give the page time to answer. */
const SLOW = { timeout: 5000 };

const stored = async () => db.flux.where('companyId').equals(companyId).toArray();

describe('grades in the questionnaire', () => {
  it('records the grades a foundry accepts for scrap', async () => {
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ferraille et métaux ferreux : Accepte en entrée' }, SLOW));
    fireEvent.click(await screen.findByRole('button', { name: 'Détails accepte en entrée : Ferraille et métaux ferreux' }, SLOW));
    fireEvent.click(await screen.findByLabelText('Fonte', {}, SLOW));
    fireEvent.click(screen.getByLabelText('Acier carbone (ferraille E)'));
    // Only the grades of metals are offered.
    expect(screen.queryByLabelText('PP (polypropylène)')).toBeNull();
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ acceptedGrades: ['metal.carbon-steel', 'metal.cast-iron'] }), {
      timeout: 3000,
    });
  }, 20_000);

  it('records the grade and temperature of an offer of waste heat', async () => {
    render(<QuestionnairePage companyId={companyId} section="energy" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Chaleur fatale (rejets thermiques) : À donner / disponible' }, SLOW));
    fireEvent.click(await screen.findByRole('button', { name: 'Détails à donner : Chaleur fatale (rejets thermiques)' }, SLOW));
    const temperature = await screen.findByLabelText('Température disponible (°C)', {}, SLOW);
    fireEvent.input(temperature, { target: { value: '250' } });
    fireEvent.blur(temperature);
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ temperatureC: 250 }), { timeout: 3000 });
  }, 20_000);

  it('turns an « Autre » flux into a vocabulary entry, keeping its quantity and words', async () => {
    await addFlux(companyId, 'mat.other', 'offer', { label: 'Sable de fonderie', quantity: 2000, unit: 't' });
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Détails : Sable de fonderie' }, SLOW));
    const select = (await screen.findByLabelText('Classer dans le vocabulaire', {}, SLOW)) as HTMLSelectElement;
    expect(select.value).toBe('mat.foundry-sand');
    fireEvent.click(screen.getByRole('button', { name: 'Convertir' }));
    await waitFor(
      async () =>
        expect((await stored())[0]).toMatchObject({
          resourceCode: 'mat.foundry-sand',
          label: '',
          description: 'Sable de fonderie',
          quantity: 2000,
          unit: 't',
        }),
      { timeout: 3000 },
    );
  }, 20_000);
});
