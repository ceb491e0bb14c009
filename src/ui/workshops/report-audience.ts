// Who may read the referent's copy of a workshop report (confidential flux listed, marked): the
// people who receive confidential leads — referents, admins, and a device used without account.
import { can, DEVICE_WITHOUT_ACCOUNT, type Subject } from '../../domain/permissions';
import type { SessionState } from '../../sync/session-state';

export function maySeeConfidential(state: SessionState, territoryId: string): boolean {
  if (state.kind === 'loading') return false;
  const user: Subject = state.kind === 'active' || state.kind === 'expired' ? state.user : DEVICE_WITHOUT_ACCOUNT;
  return can(user, 'see confidential leads', { territoryId });
}
