/**
 * The team's participant rules, in one place: a role (role id → participant index) always stays
 * with its person when the list changes.
 */

/**
 * Participant indices after removing participant `removed`: that participant's roles become free,
 * later participants move up one place, so every other role stays with the same person.
 */
export function remapRoles(roles: Record<string, number>, removed: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [role, i] of Object.entries(roles)) {
    if (i === removed) continue;
    out[role] = i > removed ? i - 1 : i;
  }
  return out;
}

/**
 * Roles after the participant list is replaced by `next`: a list of the same length was edited in
 * place (indices stay); otherwise each role follows its person by name, in order, and the roles of
 * someone no longer in the list become free.
 */
export function followRoles(roles: Record<string, number>, previous: string[], next: string[]): Record<string, number> {
  if (previous.length === next.length) return roles;
  const moved = new Map<number, number>();
  let from = 0;
  previous.forEach((name, i) => {
    const j = next.indexOf(name, from);
    if (j < 0) return;
    moved.set(i, j);
    from = j + 1;
  });
  const out: Record<string, number> = {};
  for (const [role, i] of Object.entries(roles)) {
    const j = moved.get(i);
    if (j !== undefined) out[role] = j;
  }
  return out;
}
