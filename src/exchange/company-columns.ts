// The columns of the companies CSV: the French headers we write, and the header spellings we
// accept on import (compared lower-case and without accents).
import { searchKey } from '../domain/company';

export const COMPANY_FIELDS = [
  'name',
  'siret',
  'naf',
  'headcount',
  'address',
  'lat',
  'lon',
  'territory',
  'zone',
  'contactName',
  'contactRole',
  'email',
  'phone',
  'consent',
  'consentDate',
  'notes',
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export const COMPANY_HEADERS: Record<CompanyField, string> = {
  name: 'Raison sociale',
  siret: 'SIRET',
  naf: 'Code NAF',
  headcount: 'Effectif',
  address: 'Adresse',
  lat: 'Latitude',
  lon: 'Longitude',
  territory: 'Territoire',
  zone: 'Zone',
  contactName: 'Contact',
  contactRole: 'Fonction',
  email: 'E-mail',
  phone: 'Téléphone',
  consent: 'Consentement',
  consentDate: 'Date du consentement',
  notes: 'Notes',
};

const ALIASES: Record<CompanyField, string[]> = {
  name: ['nom', 'entreprise', 'societe', 'nom de l entreprise', 'denomination', 'denomination sociale'],
  siret: ['n siret', 'numero siret', 'no siret'],
  naf: ['naf', 'code ape', 'ape', 'code naf ape', 'naf ape'],
  headcount: ['effectifs', 'tranche d effectif', 'salaries', 'nombre de salaries'],
  address: ['adresse postale'],
  lat: ['lat'],
  lon: ['lon', 'lng', 'long'],
  territory: ['epci', 'territoire id', 'id territoire'],
  zone: ['zone d activites', 'zone d activite', 'za', 'zae', 'parc d activites'],
  contactName: ['nom du contact', 'interlocuteur', 'contact nom'],
  contactRole: ['poste', 'fonction du contact'],
  email: ['email', 'courriel', 'mail', 'adresse e mail'],
  phone: ['tel', 'telephone du contact', 'portable'],
  consent: ['consentement rgpd', 'accord rgpd'],
  consentDate: ['date de consentement', 'date consentement'],
  notes: ['note', 'remarques', 'commentaire', 'commentaires', 'observations'],
};

const BY_KEY = new Map<string, CompanyField>(
  COMPANY_FIELDS.flatMap((f) => [COMPANY_HEADERS[f], ...ALIASES[f]].map((h) => [searchKey(h), f] as const)),
);

/** Which field a header names, if any: "Raison sociale", "NOM", "Téléphone", "telephone"… */
export function fieldOfHeader(header: string): CompanyField | undefined {
  return BY_KEY.get(searchKey(header));
}
