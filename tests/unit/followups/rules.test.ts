import { describe, expect, it } from 'vitest';
import {
  CO2_FACTORS,
  FOLLOWUP_STATUSES,
  FollowupRuleError,
  FollowupSchema,
  GainsSchema,
  applyTransition,
  assertMayChange,
  canChangeField,
  canTransition,
  computeTco2e,
  mergeAppendOnly,
  snapshotOf,
  type Note,
} from '../../../src/domain';
import { ADVISOR, ANIMATOR, FONDERIE_REF, MENUISERIE_REF, REFERENT, SAND_SYNERGY, sampleFollowup } from '../../fixtures/followups';

const at = 5000;

describe('pipeline transitions', () => {
  it('retains a proposal and records who, when, from and to, with the comment', () => {
    const after = applyTransition(sampleFollowup(), 'retained', { actor: REFERENT, at, comment: ' Appeler M. Durand ' });
    expect(after.status).toBe('retained');
    expect(after.history).toHaveLength(2);
    expect(after.history[1]).toMatchObject({
      at,
      by: REFERENT.id,
      byName: REFERENT.name,
      from: 'proposed',
      to: 'retained',
      comment: 'Appeler M. Durand',
    });
    expect(FollowupSchema.safeParse(after).success).toBe(true);
  });

  it('moves forward and back along the pipeline, and to En attente / Écartée from anywhere', () => {
    for (const from of FOLLOWUP_STATUSES) {
      for (const to of FOLLOWUP_STATUSES) expect(canTransition(from, to), `${from} → ${to}`).toBe(from !== to);
    }
    const back = applyTransition(sampleFollowup({ status: 'studying' }), 'connected', { actor: REFERENT, at });
    expect(back.history.at(-1)).toMatchObject({ from: 'studying', to: 'connected' });
  });

  it('same status is a no-op: no history entry', () => {
    const f = sampleFollowup({ status: 'retained' });
    expect(applyTransition(f, 'retained', { actor: REFERENT, at })).toBe(f);
  });

  it('refuses Écartée without a reason, and « Autre » without its text', () => {
    const f = sampleFollowup();
    expect(() => applyTransition(f, 'rejected', { actor: REFERENT, at })).toThrow('Un motif est requis pour écarter une synergie');
    expect(() => applyTransition(f, 'rejected', { actor: REFERENT, at, rejection: { reason: 'other' } })).toThrow(
      /Précisez le motif « Autre »/,
    );
    expect(() => applyTransition(f, 'rejected', { actor: REFERENT, at, rejection: { reason: 'far' as never } })).toThrow(FollowupRuleError);
  });

  it('keeps the reason while Écartée, and clears it on reopening', () => {
    const rejected = applyTransition(sampleFollowup(), 'rejected', { actor: REFERENT, at, rejection: { reason: 'too-far' } });
    expect(rejected.rejection).toEqual({ reason: 'too-far', text: '' });
    expect(FollowupSchema.safeParse(rejected).success).toBe(true);
    const reopened = applyTransition(rejected, 'retained', { actor: REFERENT, at: at + 1, comment: 'Nouveau transporteur' });
    expect(reopened.status).toBe('retained');
    expect(reopened.rejection).toBeUndefined();
    expect(reopened.history.map((h) => h.to)).toEqual(['proposed', 'rejected', 'retained']);
  });

  it('rejects a stored follow-up Écartée without reason', () => {
    expect(FollowupSchema.safeParse({ ...sampleFollowup(), status: 'rejected' }).success).toBe(false);
  });
});

describe('CO2e avoided', () => {
  it('multiplies the quantity by the factor of the table, and names the factor and its source', () => {
    const result = computeTco2e(GainsSchema.parse({ co2: { factorId: 'steel-scrap', quantity: 100 } }));
    expect(result.source).toBe('factor');
    expect(result.value).toBe(126);
    expect(result.factor).toMatchObject({ id: 'steel-scrap', unit: 't', year: 2017 });
    expect(result.factor?.source).toMatch(/ADEME Base Carbone/);
  });

  it('converts kWh-based factors per MWh and litres of diesel', () => {
    expect(computeTco2e(GainsSchema.parse({ co2: { factorId: 'natural-gas', quantity: 1000 } })).value).toBe(227);
    expect(computeTco2e(GainsSchema.parse({ co2: { factorId: 'electricity-fr', quantity: 500 } })).value).toBe(26);
    expect(computeTco2e(GainsSchema.parse({ co2: { factorId: 'road-diesel', quantity: 10_000 } })).value).toBe(31.6);
  });

  it('an override wins and says so, the computed figure kept next to it', () => {
    const result = computeTco2e(
      GainsSchema.parse({ co2: { factorId: 'steel-scrap', quantity: 100 }, tco2eOverride: 90, overrideReason: 'Bilan du fournisseur' }),
    );
    expect(result).toMatchObject({ value: 90, source: 'override', computed: 126 });
    expect(computeTco2e(GainsSchema.parse({ tco2eOverride: 0 }))).toMatchObject({ value: 0, source: 'override' });
  });

  it('says none when nothing allows a figure', () => {
    expect(computeTco2e(GainsSchema.parse({ tonnesDiverted: 12 }))).toEqual({ value: undefined, source: 'none' });
  });

  it('every factor has a source, a year and a positive value; an older one says it is an order of magnitude', () => {
    for (const f of Object.values(CO2_FACTORS)) {
      expect(f.source.length).toBeGreaterThan(10);
      // ADEME figures are the rule; any other (the recycling factors of 2008) says it is an order of magnitude.
      if (!f.source.startsWith('ADEME Base Carbone')) expect(f.source).toMatch(/ordre de grandeur/);
      expect(f.year).toBeGreaterThanOrEqual(2008);
      expect(f.tco2ePerUnit).toBeGreaterThan(0);
    }
  });

  it('refuses negative or non-numeric gains with a French message', () => {
    const parsed = GainsSchema.safeParse({ mwh: -3 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/ne peut pas être négative/);
  });
});

describe('append-only merge', () => {
  const note = (id: string, at: number, text = id): Note => ({ id, at, by: 'u', byName: '', text });

  it('keeps every entry written concurrently on two devices, ordered by time then id', () => {
    const base = [note('a', 1)];
    const mine = [...base, note('m', 5), note('c', 7)];
    const theirs = [...base, note('t', 5), note('b', 3)];
    expect(mergeAppendOnly(mine, theirs).map((n) => n.id)).toEqual(['a', 'b', 'm', 't', 'c']);
    expect(mergeAppendOnly(theirs, mine).map((n) => n.id)).toEqual(['a', 'b', 'm', 't', 'c']);
  });

  it('is idempotent: merging the same entries twice adds nothing', () => {
    const list = [note('a', 1), note('b', 2)];
    expect(mergeAppendOnly(list, list)).toEqual(list);
  });

  it('merges two referents’ status histories too', () => {
    const f = sampleFollowup();
    const a = applyTransition(f, 'retained', { actor: REFERENT, at: 2000, entryId: 'ha' });
    const b = applyTransition(f, 'on-hold', { actor: REFERENT, at: 2001, entryId: 'hb' });
    expect(mergeAppendOnly(a.history, b.history).map((h) => h.id)).toEqual(['h0', 'ha', 'hb']);
  });
});

describe('roles', () => {
  it('advisors and animators add notes but change no decision', () => {
    for (const actor of [ADVISOR, ANIMATOR]) {
      expect(canChangeField(actor.role, 'notes')).toBe(true);
      for (const field of ['status', 'expectedGains', 'realisedGains', 'nextAction', 'checks', 'study']) {
        expect(canChangeField(actor.role, field)).toBe(false);
      }
    }
    expect(() => assertMayChange(ADVISOR, ['status'])).toThrow(
      'Seuls les référents et les administrateurs peuvent modifier le statut d’un suivi',
    );
  });

  it('referents, admins and an unsynced device change everything', () => {
    for (const role of ['referent', 'admin', null] as const) expect(canChangeField(role, 'status')).toBe(true);
  });
});

describe('snapshot', () => {
  it('keeps companies with names and territories, resources and the sentence', () => {
    const snapshot = snapshotOf(SAND_SYNERGY, { [FONDERIE_REF.id]: FONDERIE_REF, [MENUISERIE_REF.id]: MENUISERIE_REF });
    expect(snapshot.companies).toEqual([
      { id: FONDERIE_REF.id, name: 'Fonderie du Creusot', territoryId: 'cu-creusot-montceau' },
      { id: MENUISERIE_REF.id, name: 'Menuiserie Bois & Cie', territoryId: 'dijon-metropole' },
    ]);
    expect(snapshot).toMatchObject({ kind: 'substitution', resourceCodes: ['mat.wood-offcuts'], score: 82, distanceKm: 78 });
    expect(snapshot.explanation).toBe(SAND_SYNERGY.explanation);
  });

  it('names an unknown company instead of failing', () => {
    const snapshot = snapshotOf(SAND_SYNERGY, new Map());
    expect(snapshot.companies.map((c) => c.name)).toEqual(['Entreprise inconnue', 'Entreprise inconnue']);
  });
});
