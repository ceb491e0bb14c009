// What each column of a flux spreadsheet may mean, the French names shown in the mapping step,
// and a first guess from the header names (the flux CSV export's headers among them).
import { searchKey } from '../domain/company';

export const FLUX_IMPORT_FIELDS = [
  'companyName',
  'siret',
  'postcode',
  'address',
  'territory',
  'direction',
  'resource',
  'resourceCode',
  'label',
  'quantity',
  'unit',
  'period',
  'description',
  'currentHandling',
  'annualCost',
  'wasteCode',
  'confidential',
] as const;
export type FluxImportField = (typeof FLUX_IMPORT_FIELDS)[number];

/** Column index → field; a column left out is ignored. */
export type ColumnMapping = (FluxImportField | undefined)[];

export const FLUX_FIELD_LABELS: Record<FluxImportField, string> = {
  companyName: 'Entreprise (raison sociale)',
  siret: 'SIRET',
  postcode: 'Code postal',
  address: 'Adresse',
  territory: 'Territoire',
  direction: 'Sens (besoin / offre)',
  resource: 'Ressource (mots du tableur)',
  resourceCode: 'Code ressource (export de l’application)',
  label: 'Libellé',
  quantity: 'Quantité',
  unit: 'Unité',
  period: 'Période',
  description: 'Description',
  currentHandling: 'Gestion actuelle',
  annualCost: 'Coût annuel (€)',
  wasteCode: 'Code déchet (LER)',
  confidential: 'Confidentiel',
};

/** Header spellings, compared with searchKey (no case, accents or punctuation). */
const ALIASES: Record<FluxImportField, string[]> = {
  companyName: ['entreprise', 'raison sociale', 'societe', 'nom', 'nom de l entreprise', 'etablissement', 'denomination'],
  siret: ['siret', 'n siret', 'numero siret', 'no siret'],
  postcode: ['code postal', 'cp', 'code postal de l entreprise'],
  address: ['adresse', 'adresse postale'],
  territory: ['territoire', 'epci', 'intercommunalite'],
  direction: ['sens', 'besoin offre', 'type', 'type de flux', 'offre besoin', 'besoin ou offre', 'entrant sortant'],
  resource: ['ressource', 'matiere', 'flux', 'dechet', 'nature', 'nature du flux', 'designation', 'produit'],
  resourceCode: ['code ressource'],
  label: ['libelle', 'intitule'],
  quantity: ['quantite', 'qte', 'volume', 'tonnage', 'gisement'],
  unit: ['unite', 'u'],
  period: ['periode', 'periodicite', 'frequence'],
  description: ['description', 'commentaire', 'commentaires', 'remarques', 'observations', 'precisions'],
  currentHandling: ['gestion actuelle', 'exutoire', 'filiere actuelle', 'prestataire'],
  annualCost: ['cout annuel', 'cout annuel e', 'cout', 'cout e an'],
  wasteCode: ['code dechet', 'code dechet ler', 'ler', 'code ler', 'code nomenclature'],
  confidential: ['confidentiel', 'confidentialite'],
};

const BY_KEY = new Map<string, FluxImportField>(FLUX_IMPORT_FIELDS.flatMap((f) => ALIASES[f].map((h) => [searchKey(h), f] as const)));

/** Header key → what the person chose for it last time ('ignore': a column they left out). */
export type RememberedMapping = Record<string, FluxImportField | 'ignore'>;

/** A field per header: as chosen last time, else when its name says it; each field to one column only. */
export function guessMapping(headers: readonly string[], remembered: Readonly<RememberedMapping> = {}): ColumnMapping {
  const taken = new Set<FluxImportField>();
  return headers.map((h) => {
    const key = searchKey(h);
    const choice = remembered[key] ?? BY_KEY.get(key);
    const field = choice === 'ignore' ? undefined : choice;
    if (!field || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });
}

/** The mapping to remember: header key → field or 'ignore', for every named header. */
export function mappingToRemember(headers: readonly string[], mapping: ColumnMapping): RememberedMapping {
  const out: RememberedMapping = {};
  headers.forEach((h, i) => {
    if (searchKey(h)) out[searchKey(h)] = mapping[i] ?? 'ignore';
  });
  return out;
}

/** What a mapping lacks before anything can be imported (French), empty when complete. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const has = (f: FluxImportField) => mapping.includes(f);
  const problems: string[] = [];
  if (!has('companyName') && !has('siret')) problems.push('Choisissez la colonne de l’entreprise (raison sociale ou SIRET).');
  if (!has('direction')) problems.push('Choisissez la colonne du sens (besoin ou offre).');
  if (!has('resource') && !has('resourceCode')) problems.push('Choisissez la colonne de la ressource.');
  const twice = FLUX_IMPORT_FIELDS.filter((f) => mapping.filter((m) => m === f).length > 1);
  for (const f of twice) problems.push(`« ${FLUX_FIELD_LABELS[f]} » est choisi pour plusieurs colonnes : une seule.`);
  return problems;
}
