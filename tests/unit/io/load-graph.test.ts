import { describe, test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { graphFile, loadGraph, siteDataFile } from '../../../src/io/load-graph.ts';

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
});

describe('loadGraph', () => {
  test('says to run build:graph when the graph is missing', () => {
    assert.throws(() => loadGraph('/nonexistent/graph.json'), /\/nonexistent\/graph.json: cannot read what build:graph writes; run "npm run build:graph" first/);
  });
});
