// French labels and readable values for records and fields shown by the sync pages.
import { fieldLabel } from '../../domain/errors';
import type { SyncedTable } from '../../domain/sync-protocol';

export const TABLE_LABELS: Record<SyncedTable, string> = { companies: 'Entreprise', flux: 'Flux', visits: 'Visite' };

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
  consentDate: 'Date du consentement',
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

export function formatValue(field: string, value: unknown): string {
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
