import { describe, expect, it } from 'vitest';
import { APPEND_ONLY_FIELDS } from '../../../src/domain';
import { mergePulled } from '../../../src/sync/merge';

const note = (id: string, at: number) => ({ id, at, by: 'u', byName: '', text: id });

describe('a pulled follow-up meets the pending changes of this tablet', () => {
  it('shows the colleague’s notes beside the ones still waiting to be sent', () => {
    const server = { id: 'f', status: 'retained', notes: [note('n1', 1), note('theirs', 5)] };
    const local = { id: 'f', status: 'proposed', notes: [note('n1', 1), note('mine', 4)], rev: 3 };
    const merged = mergePulled(server, 7, local, new Set(['notes']), APPEND_ONLY_FIELDS);
    expect(merged?.notes).toEqual([note('n1', 1), note('mine', 4), note('theirs', 5)]);
    expect(merged).toMatchObject({ status: 'retained', rev: 7 });
  });

  it('keeps local notes as the server sent them when nothing is pending (a rejected note is not resurrected)', () => {
    const merged = mergePulled(
      { id: 'f', notes: [note('n1', 1)] },
      7,
      { id: 'f', notes: [note('n1', 1), note('refused', 2)], rev: 3 },
      new Set(),
      APPEND_ONLY_FIELDS,
    );
    expect(merged?.notes).toEqual([note('n1', 1)]);
  });

  it('keeps a next action cleared here and not yet sent cleared', () => {
    const merged = mergePulled(
      { id: 'f', nextAction: { text: 'Appeler' } },
      7,
      { id: 'f', rev: 3 },
      new Set(['nextAction']),
      APPEND_ONLY_FIELDS,
    );
    expect(merged).not.toHaveProperty('nextAction');
  });
});
