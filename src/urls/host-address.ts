/** Where a build without SITE found its origin: the host's variable, its value, and the host's name. */
export interface HostAddress {
  /** The environment variable the origin came from, e.g. "URL" or "CF_PAGES_URL". */
  variable: string;
  /** That variable's value, as the host set it; checked as an origin by `siteAddress`. */
  value: string;
  /** The origin it stands for: the value, or for a bare host name (Vercel) the value with https:// prefixed. */
  origin: string;
  /** The base path the host serves the site under, when the host decides it (GitHub Pages project sites). */
  base?: string;
  /** Which host and setting, in words, for the build's one line: "Netlify's URL (CONTEXT=production)". */
  host: string;
}

type Env = Record<string, string | undefined>;

/** A variable's value, or undefined when it is unset or empty (hosts leave some set to ""). */
function value(env: Env, name: string): string | undefined {
  const found = env[name]?.trim();
  return found ? found : undefined;
}

/**
 * Netlify sets NETLIFY=true, CONTEXT and URL (the site's main address) on every build, and
 * DEPLOY_PRIME_URL (the deploy's own address: deploy-preview-3--site.netlify.app) on all of them.
 * Production is URL; previews and branch deploys are their own address, so their cards and canonical
 * links point at what was built, not at a production that does not have it yet.
 */
function netlify(env: Env): HostAddress | undefined {
  const context = value(env, 'CONTEXT');
  if (value(env, 'NETLIFY') !== 'true' && context === undefined) return undefined;
  const variable = context === undefined || context === 'production' ? 'URL' : 'DEPLOY_PRIME_URL';
  const found = value(env, variable) ?? value(env, 'URL');
  if (found === undefined) return undefined;
  const used = value(env, variable) !== undefined ? variable : 'URL';
  return { variable: used, value: found, origin: found, host: `Netlify's ${used} (CONTEXT=${context ?? 'unset'})` };
}

/** Cloudflare Pages sets CF_PAGES=1 and CF_PAGES_URL, this deployment's https address. */
function cloudflare(env: Env): HostAddress | undefined {
  const found = value(env, 'CF_PAGES_URL');
  return found === undefined ? undefined : { variable: 'CF_PAGES_URL', value: found, origin: found, host: "Cloudflare Pages' CF_PAGES_URL" };
}

/**
 * Vercel sets VERCEL_PROJECT_PRODUCTION_URL to the production domain as a bare host name
 * ("app.vercel.app", no scheme), on previews too: canonical links then name production, as Vercel's
 * own guidance for previews has it.
 */
function vercel(env: Env): HostAddress | undefined {
  const found = value(env, 'VERCEL_PROJECT_PRODUCTION_URL');
  if (found === undefined) return undefined;
  const origin = /^[a-z][a-z0-9+.-]*:\/\//i.test(found) ? found : `https://${found}`;
  return { variable: 'VERCEL_PROJECT_PRODUCTION_URL', value: found, origin, host: "Vercel's VERCEL_PROJECT_PRODUCTION_URL" };
}

/**
 * GitHub Pages from GitHub Actions: GITHUB_REPOSITORY "owner/name" is served at
 * https://owner.github.io/name/ (a user or organisation site, name "owner.github.io", at
 * https://owner.github.io/). Only when GITHUB_ACTIONS=true and GITHUB_PAGES=true (the workflow in
 * .github/workflows/pages.yml sets it): an ordinary CI run on Actions (tests, a deploy elsewhere) is
 * not a Pages build. A custom domain cannot be derived: set SITE (and BASE=/) for it.
 */
function githubPages(env: Env): HostAddress | undefined {
  if (value(env, 'GITHUB_ACTIONS') !== 'true' || value(env, 'GITHUB_PAGES') !== 'true') return undefined;
  const repository = value(env, 'GITHUB_REPOSITORY');
  const match = repository === undefined ? null : /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repository);
  if (!match) return undefined;
  const owner = match[1]!.toLowerCase();
  const name = match[2]!;
  const origin = `https://${owner}.github.io`;
  const base = name.toLowerCase() === `${owner}.github.io` ? '/' : `/${name}/`;
  return { variable: 'GITHUB_REPOSITORY', value: repository!, origin, base, host: `GitHub Pages (GITHUB_REPOSITORY=${repository})` };
}

/**
 * The origin a build without SITE takes from the host that runs it: Netlify, then Cloudflare Pages,
 * then Vercel, then GitHub Pages (GitHub Actions), or undefined on none of them. Pure: reads only
 * `env`. `siteAddress` calls it when SITE is unset and checks what it gives as it checks SITE.
 */
export function hostAddress(env: Env): HostAddress | undefined {
  return netlify(env) ?? cloudflare(env) ?? vercel(env) ?? githubPages(env);
}
