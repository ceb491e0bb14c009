// Tells the signed-in person when an admin changed their account (seen at a sync): a new role, a
// territory added (its companies arrive), a territory taken away (its records leave this device).
import { useEffect, useRef } from 'preact/hooks';
import { db } from '../../db';
import { can } from '../../domain/permissions';
import { ROLE_LABELS, type User } from '../../domain/user';
import { showToast } from '../components/toasts';
import { useSession } from './use-sync';

const list = (ids: readonly string[], names: ReadonlyMap<string, string>) => ids.map((id) => names.get(id) ?? id).join(', ');

/** The sentence for a change of the same account, or undefined when nothing that matters changed. */
export function accountChangeMessage(before: User, after: User, names: ReadonlyMap<string, string>): string | undefined {
  if (before.id !== after.id) return undefined;
  const parts: string[] = [];
  if (before.role !== after.role) parts.push(`Votre rôle est maintenant : ${ROLE_LABELS[after.role]}.`);
  if (!can(after, 'see every territory')) {
    const added = after.territoryIds.filter((t) => !before.territoryIds.includes(t));
    const removed = before.territoryIds.filter((t) => !after.territoryIds.includes(t));
    if (added.length > 0) {
      const many = added.length > 1;
      parts.push(
        `${many ? 'Territoires ajoutés' : 'Territoire ajouté'} à votre compte : ${list(added, names)} ; ${many ? 'leurs' : 'ses'} fiches arrivent sur cet appareil.`,
      );
    }
    if (removed.length > 0) {
      const many = removed.length > 1;
      parts.push(
        `${many ? 'Territoires retirés' : 'Territoire retiré'} de votre compte : ${list(removed, names)} ; ${many ? 'leurs' : 'ses'} fiches ont quitté cet appareil (une modification non envoyée reste dans Synchronisation).`,
      );
    }
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Shows accountChangeMessage as a toast when the session's user changes under the same account. */
export function useAccountChangeNotice(): void {
  const state = useSession();
  const previous = useRef<User>();
  const user = state.kind === 'active' || state.kind === 'expired' ? state.user : undefined;
  useEffect(() => {
    const before = previous.current;
    previous.current = user;
    if (!before || !user) return;
    const ids = [...new Set([...before.territoryIds, ...user.territoryIds])];
    void db()
      .territories.bulkGet(ids)
      .then((rows) => new Map(rows.flatMap((t) => (t ? [[t.id, t.name] as const] : []))))
      .catch(() => new Map<string, string>())
      .then((names) => {
        const message = accountChangeMessage(before, user, names);
        if (message) showToast(message, { action: { label: 'Voir mes territoires', run: () => void (location.hash = '#/territoires') } });
      });
  }, [user]);
}
