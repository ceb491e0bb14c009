// How a failed account call reads on the page: the server's own French reason when it gave one.
import type { AccountError } from '../../sync/accounts-api';

export function messageOf(error: AccountError): string {
  if (error.kind === 'network') return 'Serveur injoignable : la gestion des comptes nécessite le réseau.';
  // The status code means nothing to an administrator; the server's sentence says it all.
  return error.serverMessage ?? error.message;
}
