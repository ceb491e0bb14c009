// The « Confidentiel » toggle of the capture screen, remembered per company for the browser
// session: a company that asked for confidentiality at its table keeps it for its next cards.
const key = (companyId: string) => `atelier-confidentiel:${companyId}`;

export function isConfidentialChoice(companyId: string): boolean {
  try {
    return sessionStorage.getItem(key(companyId)) === '1';
  } catch {
    return false;
  }
}

export function rememberConfidentialChoice(companyId: string, confidential: boolean): void {
  try {
    if (confidential) sessionStorage.setItem(key(companyId), '1');
    else sessionStorage.removeItem(key(companyId));
  } catch {
    // Storage refused (private mode quota): the toggle still holds for this screen.
  }
}
