// What the synergy was when its follow-up was opened: companies, resources, sentence. When the
// matcher no longer proposes it (a flux changed), this is what remains, and it says so.
import { FAMILY_LABELS, FOLLOWUP_ORIGIN_LABELS, SYNERGY_KIND_LABELS, type Followup, type SnapshotContact } from '../../domain';
import { companiesByIds } from '../../db/companies';
import { useLiveQuery } from '../hooks/use-live-query';
import { resourceLabel } from './format';

export const NO_LONGER_PROPOSED = 'Cette synergie n’est plus proposée par le calcul';

/** « Marie Dupont (responsable QSE) · marie@… · 03 … »: whom to call, kept by the snapshot. */
export function contactLine(c: SnapshotContact): string {
  const who = c.role ? `${c.name} (${c.role})` : c.name;
  return [who, c.email, c.phone].filter(Boolean).join(' · ');
}

export function SnapshotView({ followup, stillProposed }: { followup: Followup; stillProposed: boolean }) {
  const s = followup.snapshot;
  const ids = s.companies.map((c) => c.id);
  // A company deleted since: no link to a page that no longer exists; its contact stays below.
  const present = useLiveQuery(() => companiesByIds(ids), [ids.join(',')]).data;
  const deleted = new Set(present ? ids.filter((id) => !present.some((c) => c.id === id)) : []);
  const gone = followup.origin === 'matching' && !stillProposed;
  return (
    <section class="fu-section fu-snapshot" aria-labelledby="fu-snapshot-h">
      {gone && (
        <p class="notice" role="note" data-testid="no-longer-proposed">
          <strong>{NO_LONGER_PROPOSED}</strong> (un flux a changé ou a été supprimé). Le suivi et ce qu’était la synergie sont conservés
          ci-dessous.
        </p>
      )}
      <h2 id="fu-snapshot-h">
        <span class={`syn-badge syn-badge-${s.kind}`}>{SYNERGY_KIND_LABELS[s.kind]}</span> {FAMILY_LABELS[s.family]}
      </h2>
      {s.explanation && <p class="syn-explanation-lead">{s.explanation}</p>}
      <dl class="details">
        <dt>Entreprises</dt>
        <dd>
          <ul class="fu-inline">
            {s.companies.map((c) => (
              <li key={c.id}>
                {deleted.has(c.id) ? (
                  <span>
                    {c.name} <span class="muted">(fiche supprimée)</span>
                  </span>
                ) : (
                  <a href={`#/entreprises/${c.id}`}>{c.name}</a>
                )}
                {c.contact && <span class="muted fu-contact"> — {contactLine(c.contact)}</span>}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Ressources</dt>
        <dd>{s.resourceCodes.map(resourceLabel).join(', ')}</dd>
        <dt>Origine</dt>
        <dd>{FOLLOWUP_ORIGIN_LABELS[followup.origin]}</dd>
        {s.score !== undefined && (
          <>
            <dt>Score</dt>
            <dd>{s.score} / 100</dd>
          </>
        )}
      </dl>
    </section>
  );
}
