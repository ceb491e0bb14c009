// The company form as the user types it (strings), and its conversion to a validated company.
import { COMMUNE_SETTINGS, CompanySchema, HEADCOUNT_BANDS, type Company, type CompanyInput } from '../../domain';

export interface CompanyFormState {
  name: string;
  siret: string;
  naf: string;
  headcount: string;
  address: string;
  lat: string;
  lon: string;
  territoryId: string;
  zone: string;
  /** The shared park picked or proposed; '' for a name typed outside the list (matched at sync). */
  parkId: string;
  /** Commune kind (urban, periurban, rural); '' : the territory's. */
  setting: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  consent: boolean;
  /** When consent was recorded (ms), kept so the programme can show it. */
  consentDate?: number;
  notes: string;
}

export const emptyCompanyForm = (territoryId = ''): CompanyFormState => ({
  name: '',
  siret: '',
  naf: '',
  headcount: '',
  address: '',
  lat: '',
  lon: '',
  territoryId,
  zone: '',
  parkId: '',
  setting: '',
  contactName: '',
  contactRole: '',
  contactEmail: '',
  contactPhone: '',
  consent: false,
  notes: '',
});

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

export function toFormState(c: Company): CompanyFormState {
  return {
    name: c.name,
    siret: c.siret,
    naf: c.naf,
    headcount: c.headcount ?? '',
    address: c.address,
    lat: numberText(c.location?.lat),
    lon: numberText(c.location?.lon),
    territoryId: c.territoryId,
    zone: c.zone,
    parkId: c.parkId ?? '',
    setting: c.setting ?? '',
    contactName: c.contact.name,
    contactRole: c.contact.role,
    contactEmail: c.contact.email,
    contactPhone: c.contact.phone,
    consent: c.consent,
    consentDate: c.consentDate,
    notes: c.notes,
  };
}

/** Decimal numbers as typed in France: "47,32" or "47.32"; NaN when not a number. */
export function parseDecimal(text: string): number {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  return t === '' || !/^-?\d*\.?\d+$/.test(t) ? Number.NaN : Number(t);
}

export function fromFormState(s: CompanyFormState): Omit<CompanyInput, 'id' | 'createdAt' | 'updatedAt'> {
  const hasLocation = s.lat.trim() !== '' || s.lon.trim() !== '';
  return {
    name: s.name,
    siret: s.siret.trim(),
    naf: s.naf.trim(),
    headcount: (HEADCOUNT_BANDS as readonly string[]).includes(s.headcount) ? (s.headcount as CompanyInput['headcount']) : undefined,
    address: s.address,
    location: hasLocation ? { lat: parseDecimal(s.lat), lon: parseDecimal(s.lon) } : undefined,
    territoryId: s.territoryId,
    zone: s.zone,
    parkId: s.parkId,
    setting: (COMMUNE_SETTINGS as readonly string[]).includes(s.setting) ? (s.setting as CompanyInput['setting']) : undefined,
    contact: { name: s.contactName, role: s.contactRole, email: s.contactEmail.trim(), phone: s.contactPhone },
    consent: s.consent,
    consentDate: s.consent ? s.consentDate : undefined,
    notes: s.notes,
  };
}

const FORM_FIELD_OF_PATH: Record<string, keyof CompanyFormState> = {
  'contact.name': 'contactName',
  'contact.role': 'contactRole',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
  'location.lat': 'lat',
  'location.lon': 'lon',
};

/** Field-by-field French errors of the form, empty when the company is valid. */
export function validateCompanyForm(s: CompanyFormState): Partial<Record<keyof CompanyFormState, string>> {
  const result = CompanySchema.safeParse({ ...fromFormState(s), id: 'draft-company', createdAt: 0, updatedAt: 0 });
  const errors: Partial<Record<keyof CompanyFormState, string>> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = FORM_FIELD_OF_PATH[path] ?? (path.split('.')[0] as keyof CompanyFormState);
    const message = issue.code === 'invalid_type' && path.startsWith('location') ? 'Nombre attendu (ex. 47,32)' : issue.message;
    errors[field] ??= message;
  }
  return errors;
}
