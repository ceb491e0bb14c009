// Shape of a taxonomy entry: one kind of resource a company can need or offer.
import type { Direction, Family } from '../families';
import type { UnitCode } from '../units';

export const MUTUALISATIONS = [
  'group-purchase',
  'shared-collection',
  'shared-training',
  'carpooling',
  'shared-equipment',
  'shared-storage',
  'shared-service',
  'employer-group',
] as const;
export type Mutualisation = (typeof MUTUALISATIONS)[number];

export const MUTUALISATION_LABELS: Record<Mutualisation, string> = {
  'group-purchase': 'achat groupé',
  'shared-collection': 'collecte mutualisée',
  'shared-training': 'formation mutualisée',
  carpooling: 'covoiturage',
  'shared-equipment': 'équipement partagé',
  'shared-storage': 'stockage partagé',
  'shared-service': 'service mutualisé',
  'employer-group': "groupement d'employeurs",
};

export interface ResourceType {
  code: string;
  family: Family;
  label: string;
  defaultUnit: UnitCode;
  /** Which directions make sense (waste heat is only ever offered). */
  directions: readonly Direction[];
  /** How several companies can share it, if they can. */
  mutualisation?: Mutualisation;
  /** European Waste Catalogue (LER) code, "* " marks hazardous waste. */
  wasteCode?: string;
  /** Codes of needs an offer of this resource can feed, besides the same resource. */
  feeds: readonly string[];
  /** Default reach in km for matching; a flux can override it. */
  maxDistanceKm: number;
  /** The catch-all "other" entry of its family (free label). */
  isOther?: boolean;
}

type Options = Partial<Omit<ResourceType, 'code' | 'family' | 'label' | 'defaultUnit'>>;

/** Compact constructor used by the family files. */
export function resource(
  family: Family,
  code: string,
  label: string,
  defaultUnit: UnitCode,
  maxDistanceKm: number,
  options: Options = {},
): ResourceType {
  return {
    code,
    family,
    label,
    defaultUnit,
    maxDistanceKm,
    directions: options.directions ?? ['need', 'offer'],
    feeds: options.feeds ?? [],
    ...options,
  };
}
