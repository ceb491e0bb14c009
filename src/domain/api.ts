// The server's HTTP routes, shared by the server and the app's sync client.
export const API_PREFIX = '/api/v1';

export const API_ROUTES = {
  health: `${API_PREFIX}/health`,
  /** POST LoginRequest → LoginResponse */
  login: `${API_PREFIX}/auth/login`,
  /** POST, bearer → 204 (revokes the token) */
  logout: `${API_PREFIX}/auth/logout`,
  /** GET, bearer → User */
  me: `${API_PREFIX}/me`,
  /** GET, bearer → Territory[] the user may see */
  territories: `${API_PREFIX}/territories`,
  /** POST PushRequest → PushResponse */
  push: `${API_PREFIX}/sync/push`,
  /** GET ?since&limit → PullResponse */
  pull: `${API_PREFIX}/sync/pull`,
  /** GET, bearer → text/event-stream: `ready`, then `change` {rev} when the user's territories change */
  live: `${API_PREFIX}/live`,
  /** Admin only: GET → User[], POST NewAccount → CreatedAccount; /:id PATCH, DELETE; /:id/password POST */
  adminUsers: `${API_PREFIX}/admin/users`,
} as const;

/** Largest request body the server accepts (a push of 500 full records fits well under it). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
