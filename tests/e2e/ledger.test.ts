import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { PublishedSchema, type Published } from '../../src/schemas/published.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { LEDGER_CHANGES, renamedTarget } from '../helpers/course-additions.ts';
import { COURSE, sharedBuild } from '../helpers/shared-build.ts';
import { runScript } from '../helpers/run-script.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';

// One copy of the project with the small fixture as its content; the tests run in order on it, with the
// graph step only. What the site builds from a renamed or removed id is read from the course copy
// (shared-build.ts), whose ledger course-additions.ts extends.
const CONTENT = 'fixture';
const env = { CONTENT_DIR: CONTENT };
let copy: ProjectCopy;
let browser: Browser;

const readLedger = async (): Promise<Published> => PublishedSchema.parse(JSON.parse(await readFile(join(copy.dir, CONTENT, 'published.json'), 'utf8')));
const writeLedger = (ledger: Published) => copy.write(`${CONTENT}/published.json`, `${JSON.stringify(ledger, null, 2)}\n`);
const essay = (name: string) => readFile(join(copy.dir, CONTENT, 'essays', name), 'utf8');
const readGraph = async (dist: string): Promise<Graph> => loadGraph(join(dist, 'graph.json'));

before(async () => {
  copy = await copyProject();
  await cp(join(ROOT, 'tests/fixtures/good'), join(copy.dir, CONTENT), { recursive: true });
  await copy.remove(`${CONTENT}/published.json`);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await copy?.dispose();
});

describe('npm run ledger', () => {
  test('without a ledger, the graph step fails unless told this is a new site (NEW_SITE=1)', () => {
    const refused = copy.run('build:graph', env);
    assert.equal(refused.status, 1);
    assert.equal(
      refused.stderr.split('\n')[0],
      'fixture/published.json:1:1: error: the ledger of published claim ids is missing: without it every link people shared to a claim could break in silence. ' +
        'Restore it (git checkout -- published.json in the content folder); if this is a new site with nothing published yet, build with NEW_SITE=1 (NEW_SITE=1 npm run ledger creates it)',
    );
    assert.doesNotMatch(refused.stderr, /^\s+at /m, 'no stack trace');
    assert.equal(copy.run('build:graph', { ...env, NEW_SITE: '1' }).status, 0);
  });

  test('records every claim id as live, and adds only new ids on a second run', async () => {
    const first = copy.run('ledger', { ...env, NEW_SITE: '1' });
    assert.equal(first.status, 0, first.stderr);
    const ledger = await readLedger();
    const graph = loadGraph(graphFile(copy.dir));
    assert.deepEqual(ledger.claims.map((entry) => [entry.id, entry.url, entry.anchor, entry.status]), graph.claims.map((claim) => [claim.id, claim.url, claim.anchor, 'live']));

    await copy.write(`${CONTENT}/essays/beta.md`, `${await essay('beta.md')}\n:claim[A new claim.]{#beta-new kind=reason title="A new claim" supports=beta-thesis}\n`);
    // The build checks every claim against its capture: the new words are in it too.
    await copy.write(`${CONTENT}/sources/beta.txt`, `${await readFile(join(copy.dir, CONTENT, 'sources/beta.txt'), 'utf8')}A new claim.\n`);
    const second = copy.run('ledger', env);
    assert.equal(second.status, 0, second.stderr);
    const grown = await readLedger();
    assert.deepEqual(grown.claims.slice(0, ledger.claims.length), ledger.claims);
    assert.deepEqual(grown.claims.slice(ledger.claims.length).map((entry) => entry.id), ['beta-new']);
  });
});

describe('the ledger in the build', () => {
  test('fails when a published id disappears without an entry, naming the id and what to do', async () => {
    // Rename a claim (and the relation that names it) and drop another, as an editor might.
    const rename = (text: string) => text.replaceAll('alpha-ceasefire', 'alpha-ceasefire-record');
    await copy.write(`${CONTENT}/essays/alpha.md`, rename(await essay('alpha.md')));
    await copy.write(`${CONTENT}/essays/beta.md`, rename(await essay('beta.md')).replace('\n:claim[A new claim.]{#beta-new kind=reason title="A new claim" supports=beta-thesis}\n', '\nA new claim.\n'));
    const result = copy.run('build:graph', env);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /published\.json:\d+:\d+: error: published claim "alpha-ceasefire" .*"status": "renamed", "to": "<new id>"/);
    assert.match(result.stderr, /error: published claim "beta-new"/);
  });

  test('records a renamed and a removed id in the ledger through npm run ledger', async () => {
    const ledger = await readLedger();
    const claims = ledger.claims.map((entry) =>
      entry.id === 'alpha-ceasefire' ? { ...entry, status: 'renamed' as const, to: 'alpha-ceasefire-record', note: 'Renamed in a test.' }
        : entry.id === 'beta-new' ? { ...entry, status: 'removed' as const, note: 'Removed in a test.' }
          : entry,
    );
    await writeLedger({ ...ledger, claims });
    const built = copy.run('ledger', env);
    assert.equal(built.status, 0, built.stderr);
    assert.deepEqual((await readLedger()).claims.map((entry) => entry.id).slice(-1), ['alpha-ceasefire-record']);
  });

  test('fails when an id is marked removed without a note', async () => {
    const ledger = await readLedger();
    await writeLedger({ ...ledger, claims: ledger.claims.map((entry) => (entry.id === 'beta-new' ? { ...entry, note: undefined } : entry)) });
    try {
      const result = copy.run('build:graph', env);
      assert.equal(result.status, 1);
      const line = (await readFile(join(copy.dir, CONTENT, 'published.json'), 'utf8')).split('\n').findIndex((text) => text.includes('"id": "beta-new"')) + 1;
      assert.match(
        result.stderr,
        new RegExp(`^fixture/published\\.json:${line}:7: error: published claim "beta-new" is marked removed without a note: its page will tell readers the claim is gone, so say why in "note"`, 'm'),
      );
    } finally {
      await writeLedger(ledger);
    }
  });

  test('fails when an entry is deleted together with its claim, naming the commit that lists it', async () => {
    const git = (...args: string[]) => {
      const result = runScript('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: copy.dir });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout.trim();
    };
    git('init', '-q');
    git('add', CONTENT);
    git('commit', '-q', '-m', 'content as published');
    const commit = git('rev-parse', '--short', 'HEAD');
    const ledger = await readLedger();
    // Delete the claim from the essay and its entry from the ledger, as an editor tidying up might.
    await copy.write(`${CONTENT}/essays/alpha.md`, (await essay('alpha.md')).replace(':claim[Talks never worked.]{#reader-never kind=reader supports=alpha-thesis}', 'Talks never worked.'));
    await writeLedger({ ...ledger, claims: ledger.claims.filter((entry) => entry.id !== 'reader-never') });
    const result = copy.run('build:graph', env);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      new RegExp(`^fixture/published\\.json:1:1: error: published claim "reader-never" has lost its entry \\(the ledger in commit ${commit} lists it\\): a published id is never deleted from the ledger\\.`, 'm'),
    );
  });
});

describe('renamed and removed ids in the built site (the course copy, under SITE and BASE)', () => {
  const { SITE, BASE } = COURSE;
  const { renamed, removed, note } = LEDGER_CHANGES;
  let dist: string;
  let target: Awaited<ReturnType<typeof renamedTarget>>;
  before(async () => {
    [dist, target] = await Promise.all([sharedBuild(COURSE), renamedTarget()]);
  });
  const built = async (path: string) => cheerio.load(await readFile(join(dist, path, 'index.html'), 'utf8'));

  test('builds a redirect for a renamed id, an alias anchor in the essay, and a page for a removed id', async () => {
    const moved = await built(`claims/${renamed}`);
    assert.equal(moved('meta[http-equiv="refresh"]').attr('content'), `0; url=${BASE}claims/${target.id}/`);
    assert.equal(moved('link[rel="canonical"]').attr('href'), `${SITE}${BASE}claims/${target.id}/`);
    assert.ok(moved(`main a[href="${BASE}claims/${target.id}/"]`).length > 0);

    const gone = await built(`claims/${removed}`);
    assert.match(gone('main').text(), /no longer marked/);
    assert.ok(gone(`main a[href="${BASE}essays/${target.essay}/"]`).length > 0);
    assert.ok(gone('main').text().includes(note));

    const essayPage = await built(`essays/${target.essay}`);
    assert.equal(essayPage(`#${renamed}`).next().attr('id'), target.id);
  });

  test('the old anchor lands on the claim and highlights it without JavaScript; the old page moves on', async () => {
    const site = await serveSite(dist, BASE);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 700 }, javaScriptEnabled: false });
      const tab = await context.newPage();
      await tab.goto(`${site.url}essays/${target.essay}/#${renamed}`);
      const other = (await readGraph(dist)).claims.find((claim) => claim.essay === target.essay && claim.id !== target.id)!;
      const [highlighted, plain] = await tab.evaluate(([id, otherId]) => {
        const style = (element: string) => {
          const computed = getComputedStyle(document.getElementById(element)!);
          return `${computed.backgroundColor} ${computed.outlineStyle}`;
        };
        return [style(id!), style(otherId!)];
      }, [target.id, other.id]);
      assert.notEqual(highlighted, plain);
      await tab.goto(`${site.url}claims/${renamed}/`);
      await tab.waitForURL(new RegExp(`/claims/${target.id}/$`));
      await context.close();
    } finally {
      await site.close();
    }
  });
});
