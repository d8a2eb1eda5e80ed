/**
 * The two roles of the product (same names as the instance's sys_user_role records). A user's
 * roles are stored as comma-separated text in `x_eih_user.roles`; admin contains viewer, as the
 * instance's role hierarchy does.
 */
export const ROLES = ['x_eih.admin', 'x_eih.viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Unknown names are dropped, so a hand-edited row can never grant a role that does not exist. */
export function parseRoles(text: string | null | undefined): Role[] {
  if (!text) return [];
  const roles = text
    .split(',')
    .map((part) => part.trim())
    .filter(isRole);
  return [...new Set(roles)];
}

export function formatRoles(roles: readonly Role[]): string {
  return [...new Set(roles)].join(',');
}

/** Whether someone holding `held` may act as `required` (admin implies viewer). */
export function hasRole(held: readonly Role[], required: Role): boolean {
  if (held.includes(required)) return true;
  return required === 'x_eih.viewer' && held.includes('x_eih.admin');
}
