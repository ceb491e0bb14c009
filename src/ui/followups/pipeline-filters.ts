// The pipeline view's filters (territory, status, assignee, due date) and the query they make.
import type { FollowupStatus } from '../../domain';
import { todayIso } from './format';

export interface PipelineFilters {
  territoryId: string;
  status: FollowupStatus;
  /** '' = anyone; 'me' = the signed-in person. */
  assignee: '' | 'me';
  due: '' | 'overdue' | 'week';
}

export const DEFAULT_FILTERS: PipelineFilters = { territoryId: '', status: 'retained', assignee: '', due: '' };

const DAY = 86_400_000;

/** The last day a « due » filter keeps, as an ISO day (inclusive): overdue = due yesterday or before. */
export function dueBefore(due: PipelineFilters['due'], now = new Date()): string | undefined {
  if (due === 'overdue') return todayIso(new Date(now.getTime() - DAY));
  if (due === 'week') return todayIso(new Date(now.getTime() + 7 * DAY));
  return undefined;
}
