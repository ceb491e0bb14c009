// How far a mutualisation group reaches, per kind of sharing, and why: the whole territory (group
// purchase), training sessions across it, collection rounds, or a park and its neighbours.
import type { GroupRule, Mutualisation } from '../domain';

export interface Scope {
  /** territory: one group; session: split by trainees; round/neighbours: linked companies. */
  rule: 'territory' | 'session' | 'round' | 'neighbours';
  /** Outside a shared park, two members are linked within this distance (and their reaches). */
  linkKm: number;
  /** Most a group holds: trainees for a session, companies otherwise. */
  capacity: number;
}

/** A regulatory training session (SST, CACES…) takes 10 to 12 trainees. */
export const SESSION_TRAINEES = 12;
/** A shared collection round: companies a few minutes' drive apart, a morning's stops at most. */
export const ROUND_KM = 10;
export const ROUND_COMPANIES = 20;
/**
 * Carpooling, equipment, storage, services: a park, or neighbours a few minutes apart. Chaining by
 * reach alone (20–60 km) merged whole territories into groups of 700 companies nobody can run.
 */
export const NEIGHBOUR_KM = 5;
export const NEIGHBOUR_COMPANIES = 20;

const NEIGHBOURS: Scope = { rule: 'neighbours', linkKm: NEIGHBOUR_KM, capacity: NEIGHBOUR_COMPANIES };

export const SCOPES: Record<Mutualisation, Scope> = {
  // A purchase contract is negotiated for a territory (the CCI's energy groups span its parks).
  'group-purchase': { rule: 'territory', linkKm: Infinity, capacity: Infinity },
  'shared-training': { rule: 'session', linkKm: Infinity, capacity: SESSION_TRAINEES },
  'shared-collection': { rule: 'round', linkKm: ROUND_KM, capacity: ROUND_COMPANIES },
  carpooling: NEIGHBOURS,
  'shared-equipment': NEIGHBOURS,
  'shared-storage': NEIGHBOURS,
  'shared-service': NEIGHBOURS,
  'employer-group': NEIGHBOURS,
};

const km = (n: number) => `${n} km`;

/** « Pourquoi ces entreprises » : the rule behind a group, as the synergy's detail shows it. */
export const GROUP_REASONS: Record<GroupRule, string> = {
  territory:
    'Achat groupé : toutes les entreprises du territoire qui ont ce besoin, zone d’activités ou non. Un contrat d’achat se négocie à l’échelle du territoire.',
  session: `Session de formation : entreprises du territoire réunies par proximité, ${SESSION_TRAINEES} stagiaires au plus (somme des personnes à former indiquées). Une entreprise qui remplit seule une session n’est pas regroupée.`,
  round: `Tournée de collecte : entreprises qui ont ce déchet à donner, toutes à moins de ${km(ROUND_KM)} les unes des autres (ou dans la même zone d’activités), ${ROUND_COMPANIES} au plus par tournée.`,
  park: `Même zone d’activités : les entreprises du parc qui ont ce besoin (${NEIGHBOUR_COMPANIES} au plus par groupe).`,
  neighbours: `Voisines : entreprises toutes à moins de ${km(NEIGHBOUR_KM)} les unes des autres ou dans la même zone d’activités, qu’elles soient dans un parc ou non (${NEIGHBOUR_COMPANIES} au plus par groupe).`,
};
