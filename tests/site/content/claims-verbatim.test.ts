import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readContent } from '../../../src/compile/read-content.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { show } from '../../helpers/content.ts';

const CONTENT = join(ROOT, 'content');
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const { graph, problems } = await readContent(CONTENT, show);
const captures = new Map<string, string>();
for (const essay of graph?.essays ?? []) {
  for (const file of essay.sources) captures.set(file, collapse(await readFile(join(CONTENT, 'sources', file), 'utf8')));
}

describe('the claims of content/essays', () => {
  test('build into a graph without errors', () => {
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    assert.ok(graph);
  });

  test('each quote its essay\'s capture verbatim (a reader claim, its comment\'s capture)', () => {
    assert.ok(graph && graph.claims.length > 0);
    const misquoted: string[] = [];
    for (const claim of graph.claims) {
      const essay = graph.essays.find((candidate) => candidate.id === claim.essay)!;
      const files = claim.kind === 'reader' ? [claim.comment!.capture] : essay.sources;
      const text = collapse(claim.text);
      if (!files.some((file) => captures.get(file)?.includes(text))) misquoted.push(`${claim.source.file}:${claim.source.line}: ${claim.id}: "${text}" is not in ${files.join(' or ')}`);
    }
    assert.deepEqual(misquoted, []);
  });

  test('reader claims come from a capture among their essay\'s sources', () => {
    assert.ok(graph);
    for (const claim of graph.claims.filter((candidate) => candidate.kind === 'reader')) {
      const essay = graph.essays.find((candidate) => candidate.id === claim.essay)!;
      assert.ok(essay.sources.includes(claim.comment!.capture), claim.id);
    }
  });
});
