// The follow-up's history, newest first: who, when, from which status to which, and why.
import type { HistoryEntry } from '../../domain';
import { frDateTime, statusLabel } from './format';

export function HistorySection({ history }: { history: readonly HistoryEntry[] }) {
  const sorted = [...history].sort((a, b) => b.at - a.at);
  return (
    <section class="fu-section" aria-labelledby="fu-history-h">
      <h2 id="fu-history-h">Historique</h2>
      {sorted.length === 0 ? (
        <p class="muted">Aucun changement de statut.</p>
      ) : (
        <ol class="fu-history">
          {sorted.map((h) => (
            <li key={h.id}>
              <p class="fu-meta">
                {frDateTime(h.at)} · <strong>{h.byName || 'Quelqu’un'}</strong>
              </p>
              <p>
                {h.from ? `${statusLabel(h.from)} → ${statusLabel(h.to)}` : `Ouverte : ${statusLabel(h.to)}`}
                {h.comment && <span class="fu-history-comment"> — {h.comment}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
