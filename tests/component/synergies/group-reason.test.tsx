// A mutualisation's detail says why these companies were grouped; a company that cannot be placed
// says why it is left out.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlacementNotice } from '../../../src/ui/companies/PlacementNotice';
import { GroupReason } from '../../../src/ui/synergies/GroupReason';

afterEach(cleanup);

describe('« pourquoi ces entreprises »', () => {
  it('states the rule of a training session and of a territory-wide purchase', () => {
    const { unmount } = render(<GroupReason synergy={{ kind: 'mutualisation', groupRule: 'session' }} />);
    const section = screen.getByRole('region', { name: 'Pourquoi ces entreprises' });
    expect(section.textContent).toContain('12 stagiaires au plus');
    unmount();
    render(<GroupReason synergy={{ kind: 'mutualisation', groupRule: 'territory' }} />);
    expect(screen.getByRole('region', { name: 'Pourquoi ces entreprises' }).textContent).toContain('toutes les entreprises du territoire');
  });

  it('asks for a new run on a group computed before the rule was recorded, and says nothing for a substitution', () => {
    const { unmount } = render(<GroupReason synergy={{ kind: 'mutualisation' }} />);
    expect(screen.getByText(/relancez le calcul/)).toBeTruthy();
    unmount();
    const { container } = render(<GroupReason synergy={{ kind: 'substitution' }} />);
    expect(container.textContent).toBe('');
  });
});

describe('a company that cannot be placed', () => {
  it('explains that without position nor park it is left out, with a link to fix it', () => {
    render(<PlacementNotice company={{ id: 'c-1', zone: ' ', location: undefined }} />);
    const notice = screen.getByTestId('unplaced-notice');
    expect(notice.textContent).toContain('n’est rapprochée d’aucune autre');
    expect(screen.getByRole('link', { name: 'Indiquer sa position ou sa zone' }).getAttribute('href')).toBe('#/entreprises/c-1/modifier');
  });

  it('says what a company placed only by its park still gets, and nothing for a located one', () => {
    const { unmount } = render(<PlacementNotice company={{ id: 'c-2', zone: 'Cap Nord', location: undefined }} />);
    expect(screen.getByRole('note').textContent).toContain('groupes du territoire');
    unmount();
    const { container } = render(<PlacementNotice company={{ id: 'c-3', zone: '', location: { lat: 47.3, lon: 5 } }} />);
    expect(container.textContent).toBe('');
  });
});
