import { describe, test, afterEach, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { graphFile, loadGraph, loadSiteData, siteDataFile } from '../../../src/data-files/load-graph.ts';
import { DataFileError } from '../../../src/data-files/data-file-error.ts';
import { GOOD } from '../../helpers/content.ts';

describe('graphFile', () => {
  const saved = process.env.GRAPH_OUT;
  afterEach(() => {
    if (saved === undefined) delete process.env.GRAPH_OUT;
    else process.env.GRAPH_OUT = saved;
  });

  test('is src/data/graph.json, or GRAPH_OUT relative to the root, with the site data beside it', () => {
    delete process.env.GRAPH_OUT;
    assert.equal(graphFile('/p'), resolve('/p/src/data/graph.json'));
    process.env.GRAPH_OUT = 'out/g.json';
    assert.equal(graphFile('/p'), resolve('/p/out/g.json'));
    assert.equal(siteDataFile('/p'), join(resolve('/p/out'), 'site-data.json'));
  });

  test('is resolved against the working directory, the project root of every build step', () => {
    delete process.env.GRAPH_OUT;
    assert.equal(graphFile(), resolve(process.cwd(), 'src/data/graph.json'));
  });
});

describe('loadGraph', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'load-graph-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  /** The lines `loadGraph` throws for a graph file holding `text`. */
  async function linesFor(text: string): Promise<readonly string[]> {
    const file = join(dir, 'graph.json');
    await writeFile(file, text);
    try {
      loadGraph(file);
    } catch (error) {
      assert.ok(error instanceof DataFileError, `not a DataFileError: ${String(error)}`);
      return error.lines;
    }
    throw new Error('loadGraph accepted the file');
  }

  test('reads and validates the graph build:graph wrote', () => {
    const graph = loadGraph(join(GOOD, 'expected-graph.json'));
    assert.ok(graph.claims.length > 0);
  });

  test('says to run build:graph when the graph is missing', () => {
    assert.throws(() => loadGraph('/nonexistent/graph.json'), (error: unknown) => {
      assert.ok(error instanceof DataFileError);
      assert.deepEqual(error.lines, ['/nonexistent/graph.json: error: cannot read the graph (ENOENT): run "npm run build:graph" first']);
      return true;
    });
  });

  test('places JSON that does not parse at its line and column', async () => {
    const [line] = await linesFor('{\n  "schemaVersion": 2\n  "question": {}\n}\n');
    assert.match(line!, /graph\.json:3:3: error: the graph is not valid JSON: .*: run "npm run build:graph" again$/);
  });

  test('places a graph from another version of the site at the value that does not fit', async () => {
    const good = JSON.parse(await readFile(join(GOOD, 'expected-graph.json'), 'utf8')) as { schemaVersion: unknown };
    good.schemaVersion = 'old';
    const lines = await linesFor(JSON.stringify(good, null, 2));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /graph\.json:2:3: error: the graph does not match this version of the site \(schemaVersion: .*\): run "npm run build:graph" again$/);
  });
});

describe('loadSiteData', () => {
  test('says to run build:graph when the site data is missing', () => {
    assert.throws(() => loadSiteData('/nonexistent/site-data.json'), /^DataFileError: \/nonexistent\/site-data.json: error: cannot read the site data \(ENOENT\): run "npm run build:graph" first/);
  });
});
