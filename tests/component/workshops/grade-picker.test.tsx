// At a table, the card just recorded gets its grade in one tap or one key: an offer's one grade, a
// need's « J'accepte… »; nothing for an entry without grades.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { GradePicker } from '../../../src/ui/workshops/GradePicker';
import { flux } from '../../fixtures/matching';
import { setUp } from '../followups/helpers';

let db: SynergiesDB;
beforeEach(async () => {
  db = await setUp();
});
afterEach(() => {
  cleanup();
  db.close();
});

async function shown(f: ReturnType<typeof flux>) {
  await db.flux.put(f);
  const onDone = vi.fn();
  render(<GradePicker flux={f} onDone={onDone} />);
  return onDone;
}

describe('the grade picker at a table', () => {
  it('records an offer’s grade in one tap, and shows what the words said until then', async () => {
    const onDone = await shown({ ...flux('f-scrap', 'co-a', 'mat.scrap-metal', 'offer'), description: 'Dit à la table : chutes inox' });
    expect(screen.getByText(/Qualité : nuance du métal/)).toBeTruthy();
    expect(screen.getByText(/lu dans vos mots : Inox/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fonte' }));
    await waitFor(async () => expect((await db.flux.get('f-scrap'))?.grade).toBe('metal.cast-iron'));
    expect(onDone).toHaveBeenCalledWith('Qualité pour « Ferraille et métaux ferreux » : Fonte.');
    expect(screen.getByRole('button', { name: 'Fonte' }).getAttribute('aria-pressed')).toBe('true');
    // A second tap on the same grade takes it back.
    fireEvent.click(screen.getByRole('button', { name: 'Fonte' }));
    await waitFor(async () => expect((await db.flux.get('f-scrap'))?.grade).toBeUndefined());
  });

  it('lets a need accept several grades, from the keyboard too', async () => {
    await shown(flux('f-plastic', 'co-a', 'mat.plastic-rigid', 'need'));
    expect(screen.getByText('J’accepte…')).toBeTruthy();
    const first = screen.getByRole('button', { name: 'PE-HD' });
    first.focus();
    fireEvent.keyDown(first, { key: '3' });
    await waitFor(async () => expect((await db.flux.get('f-plastic'))?.acceptedGrades).toEqual(['polymer.pp']));
    fireEvent.click(first);
    await waitFor(async () => expect((await db.flux.get('f-plastic'))?.acceptedGrades).toEqual(['polymer.pp', 'polymer.pe-hd']));
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('PE-BD');
  });

  it('shows nothing for an entry without grades', async () => {
    await shown(flux('f-box', 'co-a', 'mat.cardboard', 'offer'));
    expect(screen.queryByRole('group')).toBeNull();
  });
});
