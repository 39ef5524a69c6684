/** One CSP directive: its name and its sources, in order. */
export interface CspDirectiveParts {
  /** e.g. `script-src`. */
  name: string;
  /** e.g. `'self'`, `'sha256-…'`. */
  sources: string[];
}

/** Splits a policy string (`a 'x'; b 'y'`) into directives. */
export function parsePolicy(policy: string): CspDirectiveParts[] {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      return { name: name.toLowerCase(), sources };
    });
}

/**
 * The header policy for the whole site: each directive with the union of the sources every page's
 * <meta> policy gives it, plus `extra` directives (such as `frame-ancestors 'none'`, which a <meta>
 * cannot carry). Browsers enforce a header policy and a <meta> policy together (both must allow a
 * load), so the union header never widens what a page's own <meta> allows.
 */
export function unionPolicy(policies: string[], extra: string[] = []): string {
  const merged = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const { name, sources } of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
