// The address a name card's QR code holds: this deployment's app, opened on the capture screen of
// one workshop with one company chosen. Read back by the capture screen (`?entreprise=`).
export const COMPANY_PARAM = 'entreprise';

/** `base`: the app's address without its hash (`location.origin + location.pathname`). */
export function captureLink(base: string, workshopId: string, companyId: string): string {
  return `${base}#/ateliers/${encodeURIComponent(workshopId)}/saisie?${COMPANY_PARAM}=${encodeURIComponent(companyId)}`;
}

/** The company a capture link asks for, from a location hash; '' when none. */
export function requestedCompany(hash: string): string {
  const query = hash.split('?')[1];
  return query ? (new URLSearchParams(query).get(COMPANY_PARAM) ?? '') : '';
}

/** An address only this device can open (a tablet scanning it would reach itself). */
export function isLocalOnly(base: string): boolean {
  const host = new URL(base).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}
