// The tables only managers see under the figures — targets against results, and each person's
// activity — built once here so the page, and the workbook it exports, hold the same rows.
import { ROLE_LABELS, type Role } from '../user';
import type { IndicatorReport } from './report';
import type { IndicatorTable, TerritoryNames } from './tables';
import { TARGET_LABELS, targetActual, targetProgress, type AdvisorActivity, type Target } from './targets';

/** Each target of the report's territories beside the report's figure and the share reached. */
export function targetsTable(targets: readonly Target[], report: IndicatorReport, names: TerritoryNames, year: number): IndicatorTable {
  return {
    id: 'targets',
    title: `Objectifs ${year} et résultats`,
    howCounted:
      'Objectifs fixés par un administrateur pour chaque territoire et l’année ; le résultat est le chiffre de ce rapport, la part atteinte son rapport à l’objectif.',
    columns: ['Territoire', 'Indicateur', 'Objectif', 'Résultat', 'Atteint (%)'],
    rows: targets
      .filter((t) => report.territories[t.territoryId])
      .map((t) => {
        const actual = targetActual(report.territories[t.territoryId]!, t.indicator);
        return [names[t.territoryId] ?? t.territoryId, TARGET_LABELS[t.indicator], t.value, actual, targetProgress(actual, t.value)];
      }),
  };
}

/** What each person created in the period (the server's change log); a removed account has no role left. */
export function advisorsTable(advisors: readonly AdvisorActivity[]): IndicatorTable {
  return {
    id: 'advisors',
    title: 'Activité par personne',
    howCounted:
      'Ce que chaque personne a créé dans la période, dans les territoires du rapport (journal des modifications du serveur) : visites selon leur date, entreprises, flux et pistes selon leur date de saisie, enregistrements supprimés exclus. Réservé aux référents et aux administrateurs.',
    columns: ['Personne', 'Rôle', 'Visites', 'Entreprises créées', 'Flux saisis', 'Pistes ouvertes'],
    rows: advisors.map((a) => [a.name, ROLE_LABELS[a.role as Role] ?? '—', a.visits, a.companies, a.flux, a.leads]),
  };
}

/**
 * What the CSV and the workbook hold, on the page and the annual report alike: the figures' tables,
 * then what managers compare in the page's order; a table in both lists (the device's implemented
 * synergies) comes once, where the page shows it.
 */
export function withManagerTables(figures: readonly IndicatorTable[], managed: readonly IndicatorTable[]): IndicatorTable[] {
  const added = new Set(managed.map((t) => t.id));
  return [...figures.filter((t) => !added.has(t.id)), ...managed];
}
