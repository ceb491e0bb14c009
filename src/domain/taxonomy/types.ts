// Shape of a taxonomy entry: one kind of resource a company can need or offer.
import type { Direction, Family } from '../families';
import type { UnitCode } from '../units';
import type { GradeCode, GradeKind } from './grades';

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

/**
 * The one direction in which companies share a resource: a collection round is for what they give
 * away; every other kind of sharing (buying, training, equipment, services) is for what they need.
 * Two companies that both *need* pallets are not a collection round.
 */
export const MUTUALISED_DIRECTION: Record<Mutualisation, Direction> = {
  'group-purchase': 'need',
  'shared-collection': 'offer',
  'shared-training': 'need',
  carpooling: 'need',
  'shared-equipment': 'need',
  'shared-storage': 'need',
  'shared-service': 'need',
  'employer-group': 'need',
};

/** Recovery operations of the Waste Framework Directive (2008/98/EC), annex II. */
export const RECOVERY_OPERATIONS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13'] as const;
export type RecoveryOperation = (typeof RECOVERY_OPERATIONS)[number];
/** A transfer or sorting station handles any waste before recovery. */
const TRANSIT_OPERATIONS: readonly RecoveryOperation[] = ['R12', 'R13'];

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
  /** Recovery operations that fit this waste (R codes), besides sorting and storage (R12, R13). */
  recovery?: readonly RecoveryOperation[];
  /** Codes of needs an offer of this resource can feed, besides the same resource. */
  feeds: readonly string[];
  /** Default reach in km for matching; a flux can override it. */
  maxDistanceKm: number;
  /** The catch-all "other" entry of its family (free label). */
  isOther?: boolean;
  /** Which grades a flux of this entry can say it is, or accepts (grades.ts). */
  gradeKind?: GradeKind;
  /** The grade every offer of this entry has (whey: dairy; manure: cat. 2), unless the flux says. */
  grade?: GradeCode;
  /** What a need of this entry accepts unless the flux says (animal feed: plant matter, dairy). */
  accepts?: readonly GradeCode[];
  /** Heat or cold: matched by temperature level (a 35 °C reject does not feed a 130 °C process). */
  thermal?: 'heat' | 'cold';
  /** Steam: matched by pressure (bar). */
  steam?: true;
  /** t per m³, to compare litres and tonnes (oils, whey); absent when no single figure holds. */
  density?: number;
  /** Collective self-consumption of electricity: its reach depends on the commune (selfConsumptionKm). */
  selfConsumption?: true;
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

/** A waste or by-product: it can be given away, and accepted as input by a recycler or a treatment plant. */
export const isWaste = (r: ResourceType): boolean => r.wasteCode !== undefined;

/** Hazardous waste (LER code ending with `*`): matched only with a need that explicitly accepts it. */
export const isHazardous = (r: ResourceType): boolean => r.wasteCode?.endsWith('*') ?? false;

/** R codes an advisor can record on a flux of this resource (empty for anything but waste). */
export function recoveryOperationsFor(r: ResourceType): readonly RecoveryOperation[] {
  if (r.isOther && r.family === 'materials') return RECOVERY_OPERATIONS;
  if (!isWaste(r)) return [];
  return [...(r.recovery ?? []), ...TRANSIT_OPERATIONS];
}
