import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractEssay } from '../../../src/compile/extract.ts';
import { buildGraph } from '../../../src/compile/build-graph.ts';
import { GOOD } from '../../helpers/content.ts';

const GAMMA = 'tests/fixtures/good/essays/gamma.md';
const at = (line: number, column: number) => ({ file: GAMMA, line, column });

describe('extractEssay', () => {
  test('extracts a fixture essay in full: frontmatter, claims, relations, notes left out of the words', async () => {
    const essay = extractEssay(GAMMA, await readFile(join(GOOD, 'essays/gamma.md'), 'utf8'));
    const paragraph1 = 'Many echo the sentiment that land should be traded for peace. Peace can only come through victory.';
    const paragraph2 = 'Annexation rewarded is annexation repeated. The world forced aggressors back before.';
    assert.deepEqual(essay, {
      id: 'gamma',
      file: GAMMA,
      // 17 + 11 words in the two paragraphs; the byline note and the relation notes do not count.
      words: 28,
      fields: {
        title: at(2, 1), author: at(3, 1), authorBasis: at(4, 1), outlet: at(5, 1),
        published: at(6, 1), stance: at(7, 1), sources: at(8, 1), summary: at(9, 1),
      },
      problems: [],
      broken: [],
      slugs: [],
      // What a reader sees, block by block, for the fidelity checks: the byline note and both paragraphs, not our relation notes.
      blocks: [
        { text: 'By G. Writer, of the Third Review', place: at(13, 1) },
        { text: paragraph1, place: at(16, 1) },
        { text: paragraph2, place: at(18, 1) },
      ],
      frontmatter: {
        title: 'Gamma', author: 'G. Writer', authorBasis: 'byline', outlet: 'Third Review', published: '2022-12-22',
        publishedInferred: false, publishedOutside: false, stance: 'against', sources: ['gamma.txt'], summary: 'Gamma argues that land for peace rewards annexation.',
      },
      claims: [
        { id: 'gamma-land-for-peace', essay: 'gamma', text: 'land should be traded for peace', kind: 'reported', title: 'Many: trade land for peace', context: paragraph1, place: at(16, 30) },
        { id: 'gamma-thesis', essay: 'gamma', text: 'Peace can only come through victory.', kind: 'thesis', title: 'Peace can only come through victory', context: paragraph1, place: at(16, 165) },
        { id: 'gamma-annexation', essay: 'gamma', text: 'Annexation rewarded is annexation repeated.', kind: 'reason', title: 'Rewarding annexation invites more of it', context: paragraph2, place: at(18, 1) },
        { id: 'gamma-precedents', essay: 'gamma', text: 'The world forced aggressors back before.', kind: 'evidence', title: 'The world forced aggressors back before', context: paragraph2, place: at(18, 186) },
      ],
      relations: [
        { from: 'gamma-land-for-peace', to: 'gamma-thesis', type: 'rebuts', place: at(16, 30) },
        { from: 'gamma-thesis', to: 'question', type: 'rebuts', place: at(16, 165) },
        { from: 'gamma-annexation', to: 'gamma-thesis', type: 'supports', place: at(18, 1) },
        { from: 'gamma-annexation', to: 'gamma-land-for-peace', type: 'rebuts', place: at(18, 1) },
        { from: 'gamma-precedents', to: 'gamma-annexation', type: 'supports', place: at(18, 186) },
        {
          from: 'gamma-annexation', to: 'alpha-pause-not-peace', type: 'supports', place: at(20, 1),
          note: 'Gamma\'s precedent argument adds to Alpha\'s claim that a pause is not peace.',
        },
        {
          from: 'gamma-precedents', to: 'beta-distrust', type: 'rebuts', place: at(22, 1),
          note: 'Gamma\'s record of aggressors forced back answers Beta\'s trust in talks.',
        },
      ],
    });
  });

  test('keeps a reader claim\'s capture and comment number, and its words out of the essay\'s count', async () => {
    const file = 'tests/fixtures/good/essays/alpha.md';
    const essay = extractEssay(file, await readFile(join(GOOD, 'essays/alpha.md'), 'utf8'));
    const readers = essay.claims.filter((claim) => claim.kind === 'reader');
    assert.deepEqual(
      readers.map(({ id, comment, context }) => ({ id, comment, context })),
      [
        { id: 'reader-never', comment: { capture: 'alpha.txt', n: 1 }, context: 'Talks never worked.' },
        { id: 'reader-costs-nothing', comment: { capture: 'alpha-comments.txt', n: 1 }, context: 'Talking costs nothing. Nothing at all.' },
      ],
    );
    // Body: 14 + 5 (heading) + 6 (block quote) + 11; the notes and comments are not the essay's words.
    assert.equal(essay.words, 36);
  });

  test('lists the ids of claims it rejected, so relations to them are not reported again', () => {
    const essay = extractEssay('x.md', '---\ntitle: x\n---\n\n:claim[Words.]{#x-a kind=opinion} :claim[]{#x-b kind=reason} :claim[More.]{#x-c}\n');
    assert.deepEqual(essay.broken, ['x-a', 'x-b', 'x-c']);
    assert.deepEqual(essay.claims, []);
  });

  test('reads markup inside a claim as its plain words', () => {
    const essay = extractEssay('x.md', '---\ntitle: x\n---\n\nSome say :claim[a deal would *save* lives]{#x-deal kind=reported}.\n');
    assert.equal(essay.claims[0]?.text, 'a deal would save lives');
  });
});

/** Directive-ish markup: random names, attributes, nesting and stray brackets. */
const name = fc.constantFrom('claim', 'supports', 'rebuts', 'note', 'tweet', 'comments', 'comment', 'refutes', 'x', 'Claim');
const value = fc.oneof(fc.constantFrom('thesis', 'reader', 'question', 'x-a', 'x-b', '', 'Bad Id', '}', '"'), fc.string({ maxLength: 8 }));
const attribute = fc.tuple(fc.constantFrom('#', 'kind=', 'supports=', 'rebuts=', 'from=', 'to=', 'capture=', 'n=', 'refutes=', '.', ''), value)
  .map(([key, v]) => (key === '#' || key === '.' ? `${key}${v}` : `${key}"${v}"`));
const attributes = fc.array(attribute, { maxLength: 4 }).map((list) => (list.length ? `{${list.join(' ')}}` : ''));
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Words.', 'more words', '[', ']', '{', '}', '\n', '\n\n', ':', '::', '---', '> ', '* ', '`', '\\'),
    fc.string({ maxLength: 12 }),
    fc.tuple(name, tie('node'), attributes).map(([n, inner, attrs]) => `:${n}[${inner}]${attrs}`),
    fc.tuple(name, tie('node'), attributes).map(([n, inner, attrs]) => `\n::${n}[${inner}]${attrs}\n`),
    fc.tuple(fc.constantFrom(':::', '::::'), name, attributes, fc.array(tie('node'), { maxLength: 3 }))
      .map(([fence, n, attrs, inner]) => `\n${fence}${n}${attrs}\n${inner.join('')}\n${fence}\n`),
    fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join(' ')),
  ),
})).node;
const frontmatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: "T"\nauthor: "A"\nauthorBasis: byline\noutlet: "O"\npublished: "2022"\nstance: for\nsources: ["a.txt"]\nsummary: "S"\n---\n'),
  fc.string({ maxLength: 40 }).map((yaml) => `---\n${yaml}\n---\n`),
);

function assertValid(markdown: string): void {
  const lineCount = markdown.split(/\r\n|\r|\n/).length;
  const essay = extractEssay('content/essays/p.md', markdown);
  const { graph, problems } = buildGraph({ question: { id: 'question', text: 'Q?' }, essays: [essay] });
  for (const problem of problems) {
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount + 1, `line ${problem.line} of ${lineCount}`);
    assert.ok(Number.isInteger(problem.column) && problem.column >= 1, `column ${problem.column}`);
    assert.ok(problem.message.length > 0);
  }
  assert.ok(graph !== undefined || problems.some((problem) => problem.severity === 'error'), 'neither a graph nor an error');
}

describe('extractEssay and buildGraph on arbitrary input', () => {
  test('never crash on arbitrary Markdown, and point at real lines', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), assertValid), { numRuns: 400 });
  });

  test('never crash on arbitrary directive markup', () => {
    fc.assert(fc.property(frontmatter, markup, (head, body) => assertValid(head + body)), { numRuns: 600 });
  });
});

describe('extractEssay on well-formed markup', () => {
  const word = fc.stringMatching(/^[A-Za-z’“”—,.;?]{0,4}[A-Za-z][A-Za-z’“”—,.;?]{0,5}$/);
  const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));
  const kind = fc.constantFrom('reason', 'evidence', 'concession', 'reported');
  const essay = fc
    .record({ texts: fc.array(words, { minLength: 1, maxLength: 8 }), kinds: fc.array(kind, { minLength: 8, maxLength: 8 }), edges: fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.boolean()), { maxLength: 12 }), gaps: fc.array(words, { minLength: 8, maxLength: 8 }) })
    .map(({ texts, kinds, edges, gaps }) => {
      const ids = texts.map((_, index) => `p-${index}`);
      const relations = new Map<string, { from: string; to: string; type: 'supports' | 'rebuts' }>();
      for (const [a, b, supports] of edges) {
        const from = ids[a % ids.length]!;
        const to = ids[b % ids.length]!;
        if (from !== to) relations.set(`${from} ${to}`, { from, to, type: supports ? 'supports' : 'rebuts' });
      }
      const claims = texts.map((text, index) => ({ id: ids[index]!, text, kind: index === 0 ? 'thesis' : kinds[index]! }));
      const markdown = claims
        .map((claim) => {
          const rels = [...relations.values()].filter((relation) => relation.from === claim.id);
          const attrs = (['supports', 'rebuts'] as const)
            .map((type) => [type, rels.filter((relation) => relation.type === type).map((relation) => relation.to)] as const)
            .filter(([, targets]) => targets.length > 0)
            .map(([type, targets]) => ` ${type}="${targets.join(' ')}"`)
            .join('');
          return `${gaps[Number(claim.id.slice(2))]} :claim[${claim.text}]{#${claim.id} kind=${claim.kind}${attrs}}`;
        })
        .join('\n\n');
      return { claims, relations: [...relations.values()], markdown };
    });

  test('finds exactly the claims and relations that were marked', () => {
    fc.assert(
      fc.property(essay, ({ claims, relations, markdown }) => {
        const result = extractEssay('content/essays/p.md', `---\ntitle: x\n---\n\n${markdown}\n`);
        assert.deepEqual(result.claims.map(({ id, text, kind }) => ({ id, text, kind })), claims);
        const key = (relation: { from: string; to: string; type: string }) => `${relation.from} ${relation.type} ${relation.to}`;
        assert.deepEqual(result.relations.map(key).sort(), relations.map(key).sort());
        assert.deepEqual(result.problems.filter((problem) => !problem.message.startsWith('frontmatter')), []);
      }),
      { numRuns: 300 },
    );
  });
});
