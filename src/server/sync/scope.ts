// Who is asking and which territories they may read and write (admin: all of them).
export interface Scope {
  userId: string;
  /** True for admins: every territory, present and future. */
  all: boolean;
  territoryIds: readonly string[];
}

export function mayAccess(scope: Scope, territoryId: string): boolean {
  return scope.all || scope.territoryIds.includes(territoryId);
}
