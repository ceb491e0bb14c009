// The « Recalculer » button: a full run in the worker, with its progress (flux ranked so far).
import { useState } from 'preact/hooks';
import { rematchAll } from '../../matching/store';

type RunProgress = { done: number; total: number };

const fr = (n: number) => n.toLocaleString('fr-FR');

export function Recompute() {
  const [progress, setProgress] = useState<RunProgress | undefined>();
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setError(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      await rematchAll((done, total) => setProgress({ done, total }));
    } catch (e) {
      // Superseded by a newer full run (another action or the first auto-rematch): not a failure.
      if (!(e instanceof DOMException && e.name === 'AbortError')) {
        setError(`Le recalcul a échoué : ${e instanceof Error ? e.message : String(e)}`);
      }
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <div class="syn-toolbar">
      <button type="button" class="btn btn-primary" onClick={run} disabled={progress !== undefined}>
        {progress ? 'Calcul en cours…' : 'Recalculer'}
      </button>
      {progress && (
        <span class="syn-progress" role="status">
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
          {progress.total ? `Recherche des synergies : ${fr(progress.done)} / ${fr(progress.total)} flux` : 'Recherche des synergies…'}
        </span>
      )}
      {error && (
        <p class="syn-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
