/**
 * The scopes any one of which grants the operation. Null when the guard lets the request through:
 * no requirement at all, or an empty one (`{}`) among the alternatives, which is how the token
 * endpoints say they take client credentials as Basic or in the body and check them themselves.
 */
export function scopesOf(security: Array<Record<string, string[]>>): string[] | null {
  if (security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)) return null;
  const scopes = new Set<string>();
  for (const requirement of security) for (const list of Object.values(requirement)) list.forEach((s) => scopes.add(s));
  return [...scopes];
}

/**
 * Whether an operation's requests are counted against the client's daily quota: whenever the guard
 * asks for scopes. Its successful answers then carry the RateLimit fields.
 */
export function countsAgainstQuota(security: Array<Record<string, string[]>> | undefined): boolean {
  return scopesOf(security ?? []) !== null;
}
