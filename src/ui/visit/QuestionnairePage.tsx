// The visit questionnaire: five sections (one per family) and a summary; every change autosaves.
import { useEffect, useState } from 'preact/hooks';
import { FAMILIES, FAMILY_LABELS, FluxSchema, type Family, type Visit } from '../../domain';
import { db, openVisit, validateRows } from '../../db';
import { SaveIndicator } from '../autosave/save-status';
import { errorMessage } from '../autosave/use-autosave';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { FamilySection } from './FamilySection';
import { VisitSummary } from './VisitSummary';

const SECTIONS = [...FAMILIES, 'resume'] as const;

export function QuestionnairePage({ companyId, section }: { companyId: string; section?: string }) {
  const current = (SECTIONS as readonly string[]).includes(section ?? '') ? section! : 'energy';
  const company = useLiveQuery(() => db().companies.get(companyId), [companyId]);
  const flux =
    useLiveQuery(async () => {
      const raw = await db().flux.where('companyId').equals(companyId).toArray();
      return validateRows(
        FluxSchema,
        raw.filter((f) => !f.deleted),
      ).rows;
    }, [companyId]).data ?? [];
  const visitId = useLiveQuery(async () => {
    const visits = await db().visits.where('companyId').equals(companyId).toArray();
    return visits.find((v) => !v.deleted && v.date === new Date().toISOString().slice(0, 10))?.id;
  }, [companyId]).data;
  const visit = useLiveQuery(() => (visitId ? db().visits.get(visitId) : undefined), [visitId]).data as Visit | undefined;
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (company.data && !company.data.deleted) openVisit(companyId).catch((e) => setError(errorMessage(e)));
  }, [companyId, company.data?.id]);

  if (company.loading) return <p class="loading">Chargement…</p>;
  if (!company.data || company.data.deleted) return <EmptyState title="Entreprise introuvable" />;

  return (
    <div class="page questionnaire">
      <header class="page-header sticky-header">
        <div>
          <a href={`#/entreprises/${companyId}`} class="back">
            ← {company.data.name}
          </a>
          <h1>Visite</h1>
        </div>
        <SaveIndicator />
      </header>
      {error && <p class="form-error">{error}</p>}
      <nav class="tabs" aria-label="Sections du questionnaire">
        {SECTIONS.map((s) => {
          const count = s === 'resume' ? flux.length : flux.filter((f) => f.family === s).length;
          return (
            <a
              key={s}
              href={`#/entreprises/${companyId}/visite/${s}`}
              class={`tab${s === current ? ' active' : ''}`}
              aria-current={s === current ? 'page' : undefined}
            >
              {s === 'resume' ? 'Résumé' : FAMILY_LABELS[s as Family]}
              {count > 0 && <span class="tab-count">{count}</span>}
            </a>
          );
        })}
      </nav>
      {current === 'resume' ? (
        <VisitSummary flux={flux} visit={visit} />
      ) : (
        <FamilySection family={current as Family} companyId={companyId} visitId={visitId} flux={flux.filter((f) => f.family === current)} />
      )}
    </div>
  );
}
