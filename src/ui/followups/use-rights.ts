// The signed-in person's follow-up rights, followed live (sign-in, sign-out, expiry).
import { useSession } from '../sync/use-sync';
import { rightsOf, type FollowupRights } from './rights';

export function useRights(): FollowupRights {
  return rightsOf(useSession());
}
