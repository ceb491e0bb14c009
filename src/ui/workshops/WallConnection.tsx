// The wall's word on its link to the server: a discreet line while it is lost (the wall keeps what
// it has, this device's own entries keep arriving), and a visible « rétablie » when it is back.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSession, useSyncStatus } from '../sync/use-sync';

const RECOVERED_SHOWN_MS = 6_000;

export function WallConnection() {
  const status = useSyncStatus();
  const session = useSession();
  // A device without an account has no server to lose: a one-device workshop says nothing.
  const lost =
    session.kind === 'active' && (!status.online || status.live === 'waiting' || (status.lastError !== undefined && !status.inProgress));
  const wasLost = useRef(false);
  const [recovered, setRecovered] = useState(false);
  useEffect(() => {
    if (lost) {
      wasLost.current = true;
      setRecovered(false);
      return;
    }
    if (!wasLost.current) return;
    wasLost.current = false;
    setRecovered(true);
    const timer = setTimeout(() => setRecovered(false), RECOVERED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [lost]);
  if (lost) {
    return (
      <p class="ws-connection ws-connection-lost" role="status" data-testid="wall-connection">
        Connexion au serveur perdue — le mur reprend dès son retour ; les saisies des tables sont gardées sur leurs tablettes.
      </p>
    );
  }
  if (recovered) {
    return (
      <p class="ws-connection ws-connection-back" role="status" data-testid="wall-connection">
        Connexion rétablie — le mur est à jour.
      </p>
    );
  }
  return null;
}
