// The follow-up's history, newest first: who, when, from which status to which, and why — and what
// became of each change (effective-history rule): a status that lost a sync conflict or was taken
// back at once is struck through and says why it does not count; a conflict says who won.
import type { ComponentChildren } from 'preact';
import { readHistory, type HistoryEntry, type HistoryLine } from '../../domain';
import { frDateTime, statusLabel } from './format';

const who = (e: HistoryEntry | undefined) => e?.byName || 'un collègue';
const moveText = (h: HistoryEntry) => (h.from ? `${statusLabel(h.from)} → ${statusLabel(h.to)}` : `Ouverte : ${statusLabel(h.to)}`);

function lineBody({ entry: h, outcome }: HistoryLine): { text: ComponentChildren; note?: ComponentChildren } {
  switch (outcome.kind) {
    case 'lost':
      return {
        text: <s>{moveText(h)}</s>,
        note: outcome.winner
          ? `N’a pas pris effet : conflit de synchronisation, « ${statusLabel(outcome.winner.to)} » de ${who(outcome.winner)} a été gardé.`
          : `N’a pas pris effet : conflit de synchronisation, « ${statusLabel(outcome.conflict.to)} » a été gardé.`,
      };
    case 'corrected':
      return { text: <s>{moveText(h)}</s>, note: `Corrigé juste après (${frDateTime(outcome.by.at)}) : ne compte pas.` };
    case 'conflict': {
      const lost = outcome.lost.at(-1);
      const winner = outcome.winner ? ` de ${who(outcome.winner)}` : '';
      return {
        text: `Conflit de synchronisation : « ${statusLabel(h.from ?? h.to)} » de ${who(lost ?? h)} n’a pas pris effet, « ${statusLabel(h.to)} »${winner} est gardé.`,
        note: outcome.resolution ? (
          `Résolu par ${who(outcome.resolution)}.`
        ) : (
          <>
            Non résolu : voir <a href="#/conflits">Conflits</a>.
          </>
        ),
      };
    }
    case 'resolution':
      return { text: `Conflit résolu : « ${statusLabel(h.to)} » confirmé.` };
    default:
      if (h.kind === 'resolution') return { text: `Conflit résolu : ${moveText(h)}` };
      return { text: moveText(h), note: outcome.corrects ? 'Correction de la ligne précédente.' : undefined };
  }
}

export function HistorySection({ history }: { history: readonly HistoryEntry[] }) {
  const lines = readHistory(history).reverse();
  return (
    <section class="fu-section" aria-labelledby="fu-history-h">
      <h2 id="fu-history-h">Historique</h2>
      {lines.length === 0 ? (
        <p class="muted">Aucun changement de statut.</p>
      ) : (
        <ol class="fu-history">
          {lines.map((line) => {
            const { text, note } = lineBody(line);
            const h = line.entry;
            return (
              <li key={h.id} class={`fu-history-${line.outcome.kind}`} data-counts={line.counts ? 'oui' : 'non'}>
                <p class="fu-meta">
                  {frDateTime(h.at)} · <strong>{h.byName || 'Quelqu’un'}</strong>
                </p>
                <p>
                  {text}
                  {h.comment && <span class="fu-history-comment"> — {h.comment}</span>}
                </p>
                {note && <p class="fu-history-note">{note}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
