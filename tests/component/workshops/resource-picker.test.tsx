// At a workshop table the animator types a word: suggestions fit the direction chosen, Enter takes
// the first, and words nothing matches become an « Autre » card with that label.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../../src/domain/resource-search';
import { ResourcePicker } from '../../../src/ui/workshops/ResourcePicker';

afterEach(cleanup);

function setup(direction: 'offer' | 'need') {
  const onPick = vi.fn<(s: Suggestion, typed: string) => void>();
  render(<ResourcePicker id="ws-resource" direction={direction} onPick={onPick} />);
  const input = screen.getByRole('combobox') as HTMLInputElement;
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  return { onPick, input, type };
}

const options = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('the resource picker at a table', () => {
  it('suggests only what can be offered when « Je propose » is chosen, and Enter records the first', () => {
    const { onPick, input, type } = setup('offer');
    type('chaleur');
    expect(options()[0]).toBe('Chaleur fatale (rejets thermiques)');
    expect(options()).not.toContain('Chaleur pour le procédé');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'entry', resource: expect.objectContaining({ code: 'nrj.waste-heat' }) }, 'chaleur');
    expect(input.value).toBe('');
  });

  it('suggests what is needed when « Je recherche » is chosen', () => {
    const { type } = setup('need');
    type('chaleur');
    expect(options()[0]).toBe('Chaleur pour le procédé');
    expect(options()).not.toContain('Chaleur fatale (rejets thermiques)');
  });

  it('forgives a typo and tells « déchets non dangereux » from « déchets dangereux »', () => {
    const { type } = setup('offer');
    type('palete');
    expect(options()[0]).toBe('Palettes bois');
    type('déchets dangereux');
    expect(options()).not.toContain('Déchets non dangereux en mélange (DIB)');
    type('déchets non dangereux');
    expect(options()[0]).toBe('Déchets non dangereux en mélange (DIB)');
  });

  it('records words nothing matches as an « Autre » card, one Enter away', () => {
    const { onPick, input, type } = setup('offer');
    type('capsules de café');
    expect(options()).toEqual(['Autre : « capsules de café » · carte libre (matières)']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ kind: 'free', label: 'capsules de café' }), 'capsules de café');
  });

  it('offers an official waste label with its code, picked with the arrows', () => {
    const { onPick, input, type } = setup('offer');
    type('fibre de verre');
    expect(options()[0]).toBe('Déchets de matériaux à base de fibre de verre · code déchet 10 11 03');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ kind: 'ler', wasteCode: '10 11 03' }), 'fibre de verre');
  });
});
