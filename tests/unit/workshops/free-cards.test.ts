// A card nothing in the vocabulary matches is still recorded, under « Autre » with the words typed
// (and the LER code of an official label picked); two different free cards stay two flux.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { captureFlux, createParticipant, createWorkshop } from '../../../src/db/workshops';
import { fluxWasteHazard } from '../../../src/domain/ler';
import { suggestResources } from '../../../src/domain/resource-search';
import { gradeFromText } from '../../../src/domain/taxonomy/grade-text';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
beforeEach(async () => {
  db = await freshDatabase();
});

async function table() {
  const workshop = await createWorkshop({ title: 'Atelier du bassin', date: '2026-11-24', territoryId: 'dijon-metropole', place: '' });
  const companyId = await createParticipant(workshop.id, { name: 'Fonderie Perrin' });
  /** What the capture screen does with the first suggestion for the words typed. */
  const say = async (typed: string, quantity?: number) => {
    const s = suggestResources(typed, { direction: 'offer' })[0]!;
    const free = s.kind === 'entry' ? {} : { label: s.label, wasteCode: s.kind === 'ler' ? s.wasteCode : undefined };
    return captureFlux(workshop.id, { companyId, resourceCode: s.resource.code, direction: 'offer', quantity, ...free });
  };
  return { companyId, say };
}

describe('free cards at a table', () => {
  it('records the typed words under « Autre (matières) », flagged as of unknown hazard', async () => {
    const { say } = await table();
    const flux = await say('capsules de café');
    expect(flux).toMatchObject({ resourceCode: 'mat.other', label: 'capsules de café', direction: 'offer' });
    expect(flux.wasteCode).toBeUndefined();
    expect(fluxWasteHazard(flux)).toBe('unknown');
  });

  it('keeps two different free cards apart, and the same words once', async () => {
    const { companyId, say } = await table();
    const a = await say('capsules de café');
    const b = await say('mégots');
    const again = await say('Capsules de  café', 12);
    expect(b.id).not.toBe(a.id);
    expect(again.id).toBe(a.id);
    expect(again.quantity).toBe(12);
    expect(await db.flux.where('companyId').equals(companyId).count()).toBe(2);
  });

  it('records an official label picked with its code, so its hazard is known', async () => {
    const { say } = await table();
    const flux = await say('fibre de verre');
    expect(flux).toMatchObject({
      resourceCode: 'mat.other',
      wasteCode: '10 11 03',
      label: 'Déchets de matériaux à base de fibre de verre',
    });
    expect(fluxWasteHazard(flux)).toBe('non-hazardous');
  });
});

describe('words said at the table', () => {
  it('keeps the words beyond an entry’s name with the flux, where the matcher reads its grade', async () => {
    const workshop = await createWorkshop({ title: 'Atelier du bassin', date: '2026-11-24', territoryId: 'dijon-metropole', place: '' });
    const companyId = await createParticipant(workshop.id, { name: 'Découpe Laser Bourgogne' });
    const s = suggestResources('chutes inox', { direction: 'offer' })[0]!;
    expect(s).toMatchObject({ kind: 'entry', resource: { code: 'mat.scrap-metal' } });
    const flux = await captureFlux(workshop.id, { companyId, resourceCode: s.resource.code, direction: 'offer', said: 'chutes inox' });
    expect(flux.description).toBe('Dit à la table : chutes inox');
    expect(gradeFromText(flux.description, 'metal')).toBe('metal.stainless');
  });
});
