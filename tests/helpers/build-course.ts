/**
 * `npm run test:course`: builds the course copy (`sharedBuild(COURSE)`, tests/helpers/shared-build.ts)
 * before the browser tests ask for it, so that `npm test` can make it beside `npm run check`, which
 * leaves a core idle, instead of while the browser tests need both. A later `sharedBuild(COURSE)` with
 * the same inputs reuses it; nothing else is built.
 */
import { relative } from 'node:path';
import { ScriptError, runScript } from '../../scripts/lib/error-boundary.ts';
import { ROOT } from '../../scripts/lib/project-copy.ts';
import { COURSE, sharedBuild } from './shared-build.ts';

await runScript('test:course', async () => {
  const started = performance.now();
  const dist = await sharedBuild(COURSE).catch((cause: unknown) => {
    throw new ScriptError(`test:course: error: the course copy did not build: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  });
  console.log(`test:course: the course copy is in ${relative(ROOT, dist)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
});
