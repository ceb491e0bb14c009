// Deleting a company with follow-ups: the question names how many and at which stage (one « Mise en
// œuvre »), and its follow-ups keep its name and contact for the referent.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHeld, hold } from '../../fixtures/held-synergies';
import { withSearchKey } from '../../../src/db/database';
import { changeStatus, getFollowup, openFollowup } from '../../../src/db/followups';
import { CompanySchema } from '../../../src/domain';
import { CompanyPage } from '../../../src/ui/companies/CompanyPage';
import { deletionWarning } from '../../../src/ui/companies/deletion-warning';
import { FollowupPage } from '../../../src/ui/followups/FollowupPage';
import { MENUISERIE_REF, REFERENT, SAND_SYNERGY } from '../../fixtures/followups';
import { eachTestOnAFreshDevice, proposal } from './helpers';

vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

const db = eachTestOnAFreshDevice();
afterEach(() => {
  clearHeld();
  vi.unstubAllGlobals();
});

const CONTACT = { name: 'Marie Dupont', role: 'Responsable QSE', email: 'marie.dupont@menuiserie.test', phone: '03 80 00 00 00' };

async function menuiserieWithContact() {
  await db().companies.put(
    withSearchKey(CompanySchema.parse({ ...MENUISERIE_REF, siret: '', contact: CONTACT, createdAt: 1, updatedAt: 1 })),
  );
}

describe('deleting a company with follow-ups', () => {
  it('words the question with how many follow-ups and their stages', () => {
    expect(deletionWarning('Menuiserie', 3, [])).toBe('Supprimer Menuiserie et ses 3 flux ?');
    expect(deletionWarning('Menuiserie', 1, [{ status: 'implemented' }, { status: 'proposed' }, { status: 'studying' }])).toBe(
      [
        'Supprimer Menuiserie et son 1 flux ?',
        '',
        'Attention : elle figure dans 3 suivis de synergie, dont 1 « En étude », 1 « Mise en œuvre ».',
        'Ces suivis sont conservés, avec son nom et ses coordonnées de contact.',
      ].join('\n'),
    );
  });

  it('warns before deleting, then keeps its contact in the follow-up the referent reads', async () => {
    await menuiserieWithContact();
    const implemented = await openFollowup(SAND_SYNERGY, REFERENT);
    for (const step of ['retained', 'connected', 'studying', 'implemented'] as const) await changeStatus(implemented.id, step, REFERENT);
    await openFollowup(proposal(2, 60), REFERENT);

    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    render(<CompanyPage id={MENUISERIE_REF.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect((confirm.mock.calls[0] as unknown as [string])[0]).toContain(
      'Attention : elle figure dans 2 suivis de synergie, dont 1 « Mise en œuvre ».',
    );
    await waitFor(async () => expect((await db().companies.get(MENUISERIE_REF.id))?.deleted).toBe(true));

    const kept = (await getFollowup(implemented.id))!.snapshot.companies.find((c) => c.id === MENUISERIE_REF.id);
    expect(kept).toMatchObject({ name: MENUISERIE_REF.name, contact: CONTACT });

    hold(SAND_SYNERGY);
    render(<FollowupPage id={implemented.id} />);
    expect(await screen.findByText(/Marie Dupont \(Responsable QSE\) · marie\.dupont@menuiserie\.test · 03 80 00 00 00/)).toBeTruthy();
    expect(await screen.findByText('(fiche supprimée)')).toBeTruthy();
  });

  it('keeps the company when the question is declined', async () => {
    await menuiserieWithContact();
    await openFollowup(SAND_SYNERGY, REFERENT);
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    render(<CompanyPage id={MENUISERIE_REF.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await new Promise((r) => setTimeout(r, 50));
    expect((await db().companies.get(MENUISERIE_REF.id))?.deleted).toBe(false);
  });

  it('copies the contact when a follow-up is opened', async () => {
    await menuiserieWithContact();
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    expect(f.snapshot.companies.find((c) => c.id === MENUISERIE_REF.id)?.contact).toEqual(CONTACT);
  });
});
