// "Comptes": administrators create, edit and remove accounts from the app while the server runs.
// It needs the network and an admin session, and says so plainly when either is missing.
import { can } from '../../domain/permissions';
import { useEffect, useState } from 'preact/hooks';
import type { CreatedAccount } from '../../domain/accounts';
import type { Territory } from '../../domain/territory';
import type { User } from '../../domain/user';
import { updateSessionUser } from '../../sync/session';
import { accountsApi as defaultApi, type AccountError, type AccountsApi } from '../../sync/accounts-api';
import { EmptyState } from '../components/empty-state';
import { useOnline } from '../hooks/use-online';
import { useSession } from '../sync/use-sync';
import { AccountItem } from './AccountItem';
import { CreateAccountForm } from './CreateAccountForm';
import { messageOf } from './messages';
import { OneTimePassword } from './OneTimePassword';
import './accounts.css';

export interface AccountsPageProps {
  /** Replaced in tests. */
  api?: AccountsApi;
  loginHref?: string;
}

type Loaded = { kind: 'loading' } | { kind: 'failed'; error: AccountError } | { kind: 'ready'; users: User[]; territories: Territory[] };

const byName = (a: User, b: User) => a.name.localeCompare(b.name, 'fr');

export function AccountsPage({ api = defaultApi, loginHref = '#/connexion' }: AccountsPageProps) {
  const online = useOnline();
  const state = useSession();
  const me = state.kind === 'active' ? state.user : undefined;
  const allowed = online && can(me, 'manage accounts');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedAccount>();
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    setLoaded({ kind: 'loading' });
    void Promise.all([api.list(), api.territories()]).then(([users, territories]) => {
      if (!live) return;
      if (!users.ok) setLoaded({ kind: 'failed', error: users.error });
      else if (!territories.ok) setLoaded({ kind: 'failed', error: territories.error });
      else setLoaded({ kind: 'ready', users: [...users.value].sort(byName), territories: territories.value });
    });
    return () => {
      live = false;
    };
  }, [api, allowed, attempt]);

  const setUsers = (change: (users: User[]) => User[]) =>
    setLoaded((l) => (l.kind === 'ready' ? { ...l, users: change(l.users).sort(byName) } : l));

  function onCreated(account: CreatedAccount) {
    setCreating(false);
    setUsers((users) => [...users, account.user]);
    setCreated(account);
    setNotice(`Compte créé pour ${account.user.email}.`);
  }

  const header = (
    <header class="page-header">
      <h1 id="acc-title">Comptes</h1>
      {allowed && loaded.kind === 'ready' && !creating && (
        <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
          Nouveau compte
        </button>
      )}
    </header>
  );

  let body;
  if (!me || !can(me, 'manage accounts')) {
    body = (
      <EmptyState title="Réservé aux administrateurs">
        <p>
          {state.kind === 'expired'
            ? 'Votre session a expiré. '
            : me
              ? 'Votre compte ne permet pas de gérer les comptes : demandez à un administrateur. '
              : 'Vous n’êtes pas connecté·e avec un compte administrateur. '}
          {!me && <a href={loginHref}>Se connecter</a>}
        </p>
      </EmptyState>
    );
  } else if (!online) {
    body = (
      <EmptyState title="Hors ligne">
        <p>La gestion des comptes se fait sur le serveur : elle nécessite le réseau. Le reste de l’application fonctionne hors ligne.</p>
      </EmptyState>
    );
  } else if (loaded.kind === 'loading') {
    body = <p class="loading">Chargement des comptes…</p>;
  } else if (loaded.kind === 'failed') {
    body = (
      <div class="acc-failed">
        <p class="form-error" role="alert">
          {messageOf(loaded.error)}
        </p>
        <button type="button" class="btn" onClick={() => setAttempt((n) => n + 1)}>
          Réessayer
        </button>
      </div>
    );
  } else {
    body = (
      <>
        {created?.password && (
          <OneTimePassword email={created.user.email} password={created.password} onDone={() => setCreated(undefined)} />
        )}
        {creating && (
          <CreateAccountForm api={api} territories={loaded.territories} onCreated={onCreated} onCancel={() => setCreating(false)} />
        )}
        <ul class="card-list acc-list" aria-label="Comptes">
          {loaded.users.map((user) => (
            <AccountItem
              key={user.id}
              api={api}
              user={user}
              territories={loaded.territories}
              isSelf={user.id === me.id}
              onChanged={(next) => {
                // The header and sync page show the signed-in user: keep them true after editing oneself.
                if (next.id === me.id) void updateSessionUser(next);
                setUsers((users) => users.map((u) => (u.id === next.id ? next : u)));
                setNotice(`Compte de ${next.email} enregistré.`);
              }}
              onRemoved={(gone) => {
                setUsers((users) => users.filter((u) => u.id !== gone.id));
                setNotice(`Compte de ${gone.email} supprimé.`);
              }}
            />
          ))}
        </ul>
      </>
    );
  }

  return (
    <section class="acc-page" aria-labelledby="acc-title">
      {header}
      <p class="acc-notice" role="status">
        {notice}
      </p>
      {body}
    </section>
  );
}
