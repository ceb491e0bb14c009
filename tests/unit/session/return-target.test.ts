// « Se connecter » from any page comes back to that page, and only to a page of the app.
import { describe, expect, it } from 'vitest';
import { loginHrefFrom, returnTarget } from '../../../src/ui/session/return-target';

describe('the header’s sign-in link', () => {
  it('comes back to the page it was pressed on', () => {
    const capture = '#/ateliers/w1/saisie?entreprise=c1';
    const link = loginHrefFrom(capture);
    expect(link.startsWith('#/connexion?retour=')).toBe(true);
    expect(returnTarget(link)).toBe(capture);
    expect(returnTarget(loginHrefFrom('#/entreprises/abc'))).toBe('#/entreprises/abc');
  });

  it('goes to the start page from the start page, and keeps a sign-in page as it is', () => {
    expect(loginHrefFrom('#/')).toBe('#/connexion');
    expect(loginHrefFrom('')).toBe('#/connexion');
    const already = `#/connexion?retour=${encodeURIComponent('#/carte')}`;
    expect(loginHrefFrom(already)).toBe(already);
    expect(returnTarget(loginHrefFrom(already))).toBe('#/carte');
  });
});
