// During a visit the advisor records a waste the vocabulary does not list, under « Autre »: it is
// flagged « code déchet à préciser » until a code is picked among the official labels.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { addFlux } from '../../../src/db/flux';
import { TAXONOMY, isWaste } from '../../../src/domain';
import { QuestionnairePage } from '../../../src/ui/visit/QuestionnairePage';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
let companyId: string;

beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
  companyId = (await createCompany({ name: 'Traitements de Surface du Morvan', territoryId: 'dijon-metropole' })).id;
});
afterEach(cleanup);

describe('the LER code of a waste', () => {
  it('flags a free waste without a code, then stores the official code picked by its words', async () => {
    const flux = await addFlux(companyId, 'mat.other', 'offer', { label: 'Boues de la station de traitement' });
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    expect((await screen.findAllByText('code déchet à préciser')).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Détails : Boues de la station de traitement' }));
    const search = await screen.findByLabelText('Choisir le code déchet');
    fireEvent.input(search, { target: { value: 'boues gateaux filtration dangereuses' } });
    fireEvent.click(
      await screen.findByRole('button', { name: /^11 01 09\* — Boues et gâteaux de filtration contenant des substances dangereuses/ }),
    );

    await waitFor(async () => expect((await db.flux.get(flux.id))?.wasteCode).toBe('11 01 09*'), { timeout: 3000 });
    const current = await screen.findByText(/Code déchet \(LER\)/);
    await waitFor(() =>
      expect(current.closest('p')!.textContent).toMatch(/11 01 09\*.*déchet dangereux \(entrée miroir : voir 11 01 10\)/),
    );
    expect(screen.queryByText('code déchet à préciser')).toBeNull();
  });

  it('finds a code by its digits and shows a listed waste’s code from its entry', async () => {
    const flux = await addFlux(companyId, 'mat.cardboard', 'offer');
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Détails à donner : Cartons et emballages carton' }));
    const current = await screen.findByText(/Code déchet \(LER\)/);
    expect(current.closest('p')!.textContent).toContain('15 01 01 — Emballages en papier/carton — non dangereux');
    fireEvent.input(screen.getByLabelText('Préciser le code déchet'), { target: { value: '150105' } });
    fireEvent.click(await screen.findByRole('button', { name: '15 01 05 — Emballages composites' }));
    await waitFor(async () => expect((await db.flux.get(flux.id))?.wasteCode).toBe('15 01 05'), { timeout: 3000 });
  });
});

describe('the questionnaire’s words', () => {
  it('announces every waste’s need toggle as « Accepte en entrée », never « Besoin »', async () => {
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    await screen.findByRole('button', { name: 'Solvants usagés : Accepte en entrée' });
    const wastes = TAXONOMY.filter((r) => r.family === 'materials' && isWaste(r) && r.directions.includes('need'));
    expect(wastes.length).toBeGreaterThan(20);
    for (const r of wastes) {
      expect(screen.queryByRole('button', { name: `${r.label} : Besoin` }), r.label).toBeNull();
      expect(screen.getByRole('button', { name: `${r.label} : Accepte en entrée` })).toBeTruthy();
    }
  });

  it('offers the official labels that take the words typed, recorded with their code', async () => {
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    fireEvent.input(await screen.findByLabelText('Filtrer les flux Matières'), { target: { value: 'fibre de verre' } });
    fireEvent.change(screen.getByLabelText('Sens'), { target: { value: 'offer' } });
    fireEvent.click(
      await screen.findByRole('button', { name: /Ajouter « Déchets de matériaux à base de fibre de verre » · code déchet 10 11 03/ }),
    );
    await waitFor(async () => {
      const [flux] = await db.flux.where('companyId').equals(companyId).toArray();
      expect(flux).toMatchObject({
        resourceCode: 'mat.other',
        direction: 'offer',
        wasteCode: '10 11 03',
        label: 'Déchets de matériaux à base de fibre de verre',
      });
    });
  });

  it('finds an entry by a word people say, and offers typed words nothing names as an « Autre » flux', async () => {
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    const filter = await screen.findByLabelText('Filtrer les flux Matières');
    fireEvent.input(filter, { target: { value: 'feraille' } });
    expect(await screen.findByRole('button', { name: 'Ferraille et métaux ferreux : À donner / disponible' })).toBeTruthy();
    fireEvent.input(filter, { target: { value: 'capsules de café' } });
    await screen.findByText(/Aucun flux ne correspond à « capsules de café »/);
    expect((screen.getByLabelText('Intitulé d’un autre flux') as HTMLInputElement).value).toBe('capsules de café');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(async () => {
      const [flux] = await db.flux.where('companyId').equals(companyId).toArray();
      expect(flux).toMatchObject({ resourceCode: 'mat.other', label: 'capsules de café' });
    });
  });
});
