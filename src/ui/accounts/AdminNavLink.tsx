// The "Comptes" navigation link, shown to administrators only.
import { can } from '../../domain/permissions';
import { useSession } from '../sync/use-sync';

export function AdminNavLink({ current }: { current: boolean }) {
  const state = useSession();
  if (state.kind !== 'active' || !can(state.user, 'manage accounts')) return null;
  return (
    <a href="#/comptes" aria-current={current ? 'page' : undefined}>
      Comptes
    </a>
  );
}
