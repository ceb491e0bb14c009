// Whom a next action can be given to: the users of the follow-up's territories (the list the
// server gives, kept on the device so it works offline), plus the signed-in person, the people of
// this follow-up's history and notes, and the current assignee — a name can also be typed freely.
import { useEffect, useState } from 'preact/hooks';
import type { Assignee } from '../../domain/followup-assignees';
import type { Followup } from '../../domain';
import { cachedAssignees, refreshAssignees } from '../../sync/assignees';

export interface Person {
  id: string;
  name: string;
}

export function assigneeChoices(followup: Followup, me: Person | undefined, directory: readonly Person[] = []): Person[] {
  const people = new Map<string, string>();
  const add = (id: string | undefined, name: string | undefined) => {
    if (id && name && !people.has(id)) people.set(id, name);
  };
  add(me?.id, me?.name);
  for (const p of directory) add(p.id, p.name);
  add(followup.nextAction?.assigneeId, followup.nextAction?.assigneeName);
  for (const h of followup.history) add(h.by, h.byName);
  for (const n of followup.notes) add(n.by, n.byName);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** The kept list of the territories' users, refreshed from the server once when online. */
export function useAssignees(territoryIds: readonly string[]): Assignee[] {
  const [list, setList] = useState<Assignee[]>([]);
  const key = territoryIds.join(',');
  useEffect(() => {
    let live = true;
    const read = () => cachedAssignees(territoryIds).then((l) => live && setList(l));
    void read();
    if (navigator.onLine) void refreshAssignees().then((r) => r.ok && read());
    return () => void (live = false);
    // Dependencies chosen on purpose: not every value the effect reads restarts it.
  }, [key]);
  return list;
}
