/**
 * `npm run build:site`: `astro build` inside the error boundary. The environment is checked first
 * (src/env/build-env.ts: MAP_TOP_CLAIMS, BASE, … fail here, before Astro starts, not 20 s into it), and
 * a stack trace Astro prints goes to a log file instead of the terminal (scripts/lib/spawn-without-traces.ts).
 *
 * Usage: node scripts/build-site.ts     (OUT_DIR: the output folder, as astro.config.mjs reads it)
 */
import { join, resolve } from 'node:path';
import { runScript } from './lib/error-boundary.ts';
import { spawnWithoutTraces } from './lib/spawn-without-traces.ts';

const root = resolve(import.meta.dirname, '..');

await runScript('build-site', async () => {
  const code = await spawnWithoutTraces('build-site', join(root, 'node_modules/.bin/astro'), ['build', '--force'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return code;
});
