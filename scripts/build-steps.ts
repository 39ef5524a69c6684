/**
 * The `build:*` npm scripts `npm run build` runs, in the order package.json declares them.
 * `build:watch`-style helpers are not steps: only names made of letters, digits and dashes count,
 * and names listed in NOT_STEPS are left out.
 */
export function buildSteps(scripts: Record<string, string>): string[] {
  return Object.keys(scripts).filter((name) => /^build:[a-z0-9-]+$/.test(name) && !NOT_STEPS.has(name));
}

/** `build:*` scripts that are not part of a full build. */
const NOT_STEPS = new Set<string>([]);
