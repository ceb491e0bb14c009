// Whom a next action can be given to. No directory of the territory's users is kept on the device
// (the accounts list is admin-only and online), so the choices are the signed-in person, the people
// who appear in this follow-up's history and notes, the current assignee, and any name typed freely.
import type { Followup } from '../../domain';

export interface Person {
  id: string;
  name: string;
}

export function assigneeChoices(followup: Followup, me: Person | undefined): Person[] {
  const people = new Map<string, string>();
  const add = (id: string | undefined, name: string | undefined) => {
    if (id && name && !people.has(id)) people.set(id, name);
  };
  add(me?.id, me?.name);
  add(followup.nextAction?.assigneeId, followup.nextAction?.assigneeName);
  for (const h of followup.history) add(h.by, h.byName);
  for (const n of followup.notes) add(n.by, n.byName);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
