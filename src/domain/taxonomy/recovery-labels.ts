// French labels of the recovery operations (R codes), in their own module: only the visit pages
// and the matcher's sentences need them, not the first paint.
import type { RecoveryOperation } from './types';

export const RECOVERY_OPERATION_LABELS: Record<RecoveryOperation, string> = {
  R1: 'valorisation énergétique (combustible)',
  R2: 'régénération des solvants',
  R3: 'recyclage des matières organiques (compostage, méthanisation…)',
  R4: 'recyclage des métaux',
  R5: 'recyclage d’autres matières inorganiques',
  R6: 'régénération des acides ou des bases',
  R7: 'récupération des produits de dépollution',
  R8: 'récupération des catalyseurs',
  R9: 'régénération des huiles',
  R10: 'épandage utile à l’agriculture',
  R11: 'utilisation de déchets issus de R1 à R10',
  R12: 'tri, regroupement avant valorisation',
  R13: 'stockage avant valorisation',
};
