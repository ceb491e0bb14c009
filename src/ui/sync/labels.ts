// French labels and readable values for records and fields shown by the sync pages.
import { fieldLabel } from '../../domain/errors';
import { FOLLOWUP_STATUS_LABELS, REJECTION_REASON_LABELS } from '../../domain/followup';
import type { SyncedTable } from '../../domain/sync-protocol';

export const TABLE_LABELS: Record<SyncedTable, string> = {
  companies: 'Entreprise',
  flux: 'Flux',
  visits: 'Visite',
  followups: 'Suivi de synergie',
  workshops: 'Atelier',
};

const EXTRA_LABELS: Record<string, string> = {
  notes: 'Notes',
  contact: 'Contact',
  consent: 'Consentement',
  deleted: 'Suppression',
  label: 'Libellé',
  direction: 'Sens',
  availability: 'Disponibilité',
  currentHandling: 'Gestion actuelle',
  confidential: 'Confidentiel',
  advisor: 'Conseiller',
  status: 'Statut',
  // Follow-ups (« Suivi »)
  rejection: 'Motif d’écartement',
  study: 'Étude',
  checks: 'Vérifications réglementaires',
  nextAction: 'Prochaine action',
  expectedGains: 'Gains attendus',
  realisedGains: 'Gains réalisés',
  history: 'Historique',
  snapshot: 'Synergie',
  territoryIds: 'Territoires',
  origin: 'Origine',
  synergyId: 'Synergie',
  text: 'Texte',
  reason: 'Motif',
  dueDate: 'Échéance',
  assigneeName: 'Responsable',
  assigneeId: 'Responsable (compte)',
  technical: 'Technique',
  economic: 'Économique',
  regulatory: 'Réglementaire',
  byProduct: 'Sous-produit (L541-4-2)',
  endOfWaste: 'Sortie du statut de déchet (L541-4-3)',
  wasteRegister: 'Registre des déchets',
  agreementSigned: 'Convention signée',
  tonnesDiverted: 'Tonnes détournées',
  mwh: 'MWh',
  waterM3: 'Eau (m³)',
  eurSaved: 'Économies (€)',
  eurSales: 'Ventes nouvelles (€)',
  jobs: 'Emplois',
  co2: 'CO2e (facteur)',
  factorId: 'Facteur',
  tco2eOverride: 't CO2e saisies',
  overrideReason: 'Motif de la saisie',
  consentDate: 'Date du consentement',
  parkId: 'Zone d’activités (liste partagée)',
  family: 'Famille',
  companyId: 'Entreprise',
  visitId: 'Visite',
};

/** French names of a change's fields, each once: "Raison sociale, Territoire, Notes". */
export const fieldList = (fields: readonly string[]) => [...new Set(fields.map(labelOf))].join(', ');

export const labelOf = (field: string) => EXTRA_LABELS[field] ?? fieldLabel([field]);

/** Parts of composite fields (contact, location, availability): "name" is a person's name here. */
const PART_LABELS: Record<string, string> = {
  name: 'Nom',
  role: 'Fonction',
  email: 'E-mail',
  phone: 'Téléphone',
  lat: 'Latitude',
  lon: 'Longitude',
  kind: 'Type',
  months: 'Mois',
  from: 'Du',
  to: 'Au',
};

/** Coded values shown in words (a follow-up's status, a rejection reason). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: { ...FOLLOWUP_STATUS_LABELS, 'in-progress': 'En cours', done: 'Terminée' },
  reason: REJECTION_REASON_LABELS,
};

export function formatValue(field: string, value: unknown): string {
  if (typeof value === 'string' && VALUE_LABELS[field]?.[value]) return VALUE_LABELS[field][value];
  if (field === 'deleted') return value ? 'Supprimé' : 'Conservé';
  if (value === undefined || value === null || value === '') return '(vide)';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return value.toLocaleString('fr-FR');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? '(vide)' : value.map((v) => formatValue('', v)).join(', ');
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${PART_LABELS[k] ?? labelOf(k)} : ${formatValue(k, v)}`);
  return parts.length === 0 ? '(vide)' : parts.join(' · ');
}
