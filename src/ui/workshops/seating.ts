// Who sits where at a workshop: the companies of a table (or of the whole room), in seating order,
// and who comes next when the animator taps « Entreprise suivante ».
import type { Workshop } from '../../domain/workshop';

export function tableCompanies(workshop: Workshop, tableId: string): string[] {
  const table = workshop.tables.find((t) => t.id === tableId);
  if (table) return table.companyIds.filter((id) => workshop.companyIds.includes(id));
  return workshop.companyIds;
}

/** The company after `current` in `order`, wrapping around; undefined when the list is empty. */
export function nextCompany(order: readonly string[], current: string): string | undefined {
  if (order.length === 0) return undefined;
  const i = order.indexOf(current);
  return order[(i + 1) % order.length];
}
