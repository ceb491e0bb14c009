// The pipeline view's filters (territory, status or all of them, assignee, due date) and the query
// they make: the same filters give the list and the counters.
import type { FollowupStatus } from '../../domain';
import { todayIso } from './format';

export interface PipelineFilters {
  territoryId: string;
  /** 'all': every status (overdue next actions across the pipeline, say). */
  status: FollowupStatus | 'all';
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

/** The statuses a filter lists: one, or every status. */
export const statusesOf = (status: PipelineFilters['status']): FollowupStatus[] | undefined => (status === 'all' ? undefined : [status]);
