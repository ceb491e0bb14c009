// Who a follow-up's next action may be assigned to: the users sharing a territory with the one
// asking. Names and roles only (no e-mail), fetched when online and kept on the device.
import { z } from 'zod';
import { API_PREFIX } from './api';
import { RoleSchema } from './user';

/** GET, bearer → Assignee[]: users of the caller's territories (an admin: everyone). */
export const ASSIGNEES_ROUTE = `${API_PREFIX}/assignees`;

export const AssigneeSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120),
  role: RoleSchema,
  territoryIds: z.array(z.string()),
});
export type Assignee = z.infer<typeof AssigneeSchema>;
export const AssigneeListSchema = z.array(AssigneeSchema);
