// What a table tablet shows when it is asked for a workshop it does not hold (a name card's QR
// code scanned on a tablet not signed in, or not synced yet): why, and the one step that fixes it.
// Signing in comes back to the same capture screen, so the scan is not lost.
import { EmptyState } from '../components/empty-state';
import { useOnline } from '../hooks/use-online';
import { useSession } from '../hooks/use-session-state';

export function CaptureMissing() {
  const session = useSession();
  const online = useOnline();
  const back = encodeURIComponent(location.hash);
  if (session.kind === 'loading') return <p class="loading">Chargement…</p>;
  const signedIn = session.kind === 'active';
  return (
    <EmptyState title="Cet atelier n’est pas encore sur cette tablette">
      {session.kind === 'expired' ? (
        <p>La session de cette tablette a expiré : reconnectez-vous, l’atelier arrivera avec la synchronisation.</p>
      ) : signedIn ? (
        <p>
          {online
            ? 'Synchronisation en cours : la saisie s’ouvrira ici dès que l’atelier sera reçu. S’il n’arrive pas, ce compte n’a peut-être pas accès au territoire de l’atelier.'
            : 'Hors ligne : l’atelier arrivera au retour du réseau, puis la saisie s’ouvrira ici.'}
        </p>
      ) : (
        <p>
          Connectez cette tablette avec un compte du territoire de l’atelier : l’atelier arrivera avec la synchronisation, puis la saisie
          s’ouvrira ici.
        </p>
      )}
      <div class="actions">
        {!signedIn && (
          <a class="btn btn-primary" href={`#/connexion?retour=${back}`}>
            Se connecter
          </a>
        )}
        {signedIn && <a href="#/synchronisation">Voir la synchronisation</a>}
        <a href="#/ateliers">Ateliers de cette tablette</a>
      </div>
    </EmptyState>
  );
}
