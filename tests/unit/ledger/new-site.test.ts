import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSiteProblems } from '../../../scripts/ledger.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';

describe('newSiteProblems', () => {
  test('refuses NEW_SITE=1 when git history shows the ledger existed: its ids would be forgotten in silence', async () => {
    const graph = await fixtureGraph();
    const [problem, ...rest] = newSiteProblems(join(ROOT, 'content/published.json'), 'content/published.json', graph);
    assert.deepEqual(rest, []);
    assert.match(
      formatProblem(problem!),
      /^content\/published\.json:1:1: error: NEW_SITE=1, but the ledger of published claim ids is missing and its git history lists \d+ published ids \(last in commit [0-9a-f]+\): this site was published, so it is not new, and building it as new would forget those ids in silence\. Restore the ledger \(git checkout [0-9a-f]+ -- content\/published\.json\) and build without NEW_SITE$/,
    );
  });

  test('on a site never published, says what NEW_SITE=1 does: no id protected until the ledger is written', async () => {
    const graph = await fixtureGraph();
    const dir = await mkdtemp(join(tmpdir(), 'new-site-'));
    try {
      assert.deepEqual(newSiteProblems(join(dir, 'published.json'), 'content/published.json', graph).map(formatProblem), [
        `content/published.json:1:1: warning: NEW_SITE=1 and there is no ledger of published claim ids: building as a new site with nothing published, so none of the ${graph.claims.length} claim ids is protected yet; run "NEW_SITE=1 npm run ledger" to create this file and commit it`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
