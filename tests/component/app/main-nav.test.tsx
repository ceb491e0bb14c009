// The main navigation's « Plus » panel (on a tablet or a phone, the way to the pages the bar has
// no room for): it opens and closes by touch or keyboard, closes on a move, says when its page is open.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MainNav } from '../../../src/ui/nav/MainNav';
import { parseRoute, type Route } from '../../../src/ui/router';

afterEach(cleanup);

const at = (hash: string): Route => parseRoute(hash);
const more = () => screen.getByRole('button', { name: 'Plus' });

describe('main navigation', () => {
  it('lists every page once in the bar, and the less used ones again in the « Plus » panel', () => {
    render(<MainNav route={at('#/synergies')} />);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Entreprises', 'Synergies', 'Suivi', 'Ateliers', 'Carte', 'Indicateurs', 'Données', 'Territoires']);
    expect(within(nav).getByRole('link', { name: 'Synergies' }).getAttribute('aria-current')).toBe('page');
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(more().hasAttribute('data-current')).toBe(false);

    fireEvent.click(more());
    expect(more().getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById('nav-more-panel')!;
    expect(
      within(panel)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Carte', 'Indicateurs', 'Données', 'Territoires', 'Synchronisation']);
  });

  it('closes with Escape (focus back on « Plus »), a tap outside, or a move to another page', () => {
    const { rerender } = render(<MainNav route={at('#/entreprises')} />);
    fireEvent.click(more());
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(document.getElementById('nav-more-panel')).toBeNull();
    expect(document.activeElement).toBe(more());

    fireEvent.click(more());
    fireEvent.click(document.querySelector('.nav-more-backdrop')!);
    expect(document.getElementById('nav-more-panel')).toBeNull();

    fireEvent.click(more());
    rerender(<MainNav route={at('#/territoires')} />);
    expect(document.getElementById('nav-more-panel')).toBeNull();
    // The open page is behind « Plus »: the button is lit, as a tab would be.
    expect(more().getAttribute('data-current')).toBe('true');
  });
});
