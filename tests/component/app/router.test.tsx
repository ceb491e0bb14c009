// The page follows the address: a hash changed while the app starts (before the router listens)
// must not leave the previous page on screen.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../../src/ui/router';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});

let changeOnFirstRender: string | undefined;

function Probe() {
  const route = useRoute();
  if (changeOnFirstRender) {
    // As when an address is opened while the app is still starting: no hashchange reaches us.
    history.replaceState(null, '', changeOnFirstRender);
    changeOnFirstRender = undefined;
  }
  return <p data-testid="route">{route.name}</p>;
}

describe('router', () => {
  it('shows the page of a hash changed between the first render and the listener', async () => {
    history.replaceState(null, '', '#/entreprises');
    changeOnFirstRender = '#/synergies';
    render(<Probe />);
    expect((await screen.findByTestId('route')).textContent).toBe('synergies');
  });

  it('follows later changes of the hash', async () => {
    history.replaceState(null, '', '#/entreprises');
    render(<Probe />);
    expect(screen.getByTestId('route').textContent).toBe('companies');
    location.hash = '#/synergies';
    await screen.findByText('synergies');
  });
});
