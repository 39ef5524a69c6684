import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkTitles, withoutLongTitles } from '../../../src/compile/check-titles.ts';
import { formatProblem } from '../../../src/compile/problem.ts';
import { readContent } from '../../../src/compile/read-content.ts';
import { GOOD } from '../../helpers/content.ts';
import { testEssay } from '../../helpers/test-essay.ts';

/** An essay file whose body is `body` (starting on line 12). */
const essay = testEssay;

/** The printed lines of the title check over some essays. */
const lines = (...essays: ReturnType<typeof essay>[]) => checkTitles(essays).map(formatProblem);

describe('checkTitles', () => {
  test('accepts claims that each have a title of their own', () => {
    const delta = essay('delta', ':claim[Talks reward the invader.]{#delta-thesis kind=thesis title="Talks reward the invader" rebuts=question}');
    const echo = essay('echo', ':claim[Talks reward nobody.]{#echo-thesis kind=thesis title="Talks reward nobody" rebuts=question}');
    assert.deepEqual(lines(delta, echo), []);
  });

  test('lists every untitled claim as a to-do at its own line, in a new essay', () => {
    const delta = essay(
      'delta',
      ':claim[Talks reward the invader.]{#delta-thesis kind=thesis rebuts=question}\n\nAnd :claim[they always have.]{#delta-always kind=reason supports=delta-thesis}',
    );
    const printed = lines(delta);
    assert.equal(printed.length, 2, printed.join('\n'));
    assert.match(printed[0]!, /^content\/essays\/delta\.md:12:1: error: claim "delta-thesis" has no title: add one to its attributes, .* at most 60 characters \(title="Talks would only pause the war"/);
    assert.match(printed[1]!, /^content\/essays\/delta\.md:14:5: error: claim "delta-always" has no title: /);
  });

  test('asks nothing of an essay with no claims yet', () => {
    assert.deepEqual(lines(essay('delta', 'Words not yet marked.')), []);
  });

  test('rejects a title over 60 characters, saying how long it is', () => {
    const long = 'Talks would only pause the war and reward the invader for it!';
    assert.equal(long.length, 61);
    const delta = essay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis title="${long}" rebuts=question}`);
    assert.deepEqual(lines(delta), [
      `content/essays/delta.md:12:1: error: claim "delta-thesis" has a title of 61 characters, "${long}": shorten it to at most 60, still a whole assertion`,
    ]);
  });

  test('rejects a title with a square bracket or a leading hyphen, which Argdown would read as markup', () => {
    const delta = essay(
      'delta',
      ':claim[Talks reward the invader.]{#delta-thesis kind=thesis title="Talks [always] reward him" rebuts=question}\n\nAnd :claim[they always have.]{#delta-always kind=reason title="-they always have" supports=delta-thesis}',
    );
    const found = lines(delta);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /^content\/essays\/delta\.md:12:\d+: error: claim "delta-thesis" has the title "Talks \[always\] reward him", which holds a square bracket: .*use parentheses or reword it$/);
    assert.match(found[1]!, /^content\/essays\/delta\.md:14:\d+: error: claim "delta-always" has the title "-they always have", which starts with a hyphen: /);
  });

  test('accepts a title of exactly 60 characters', () => {
    const sixty = 'Talks would only pause the war and reward the invader for it';
    assert.equal(sixty.length, 60);
    assert.deepEqual(lines(essay('delta', `:claim[Talks reward the invader.]{#delta-thesis kind=thesis title="${sixty}" rebuts=question}`)), []);
  });

  test('rejects a title another claim has, in another essay too, naming the first', () => {
    const delta = essay('delta', ':claim[Talks reward the invader.]{#delta-thesis kind=thesis title="Talks reward the invader" rebuts=question}');
    const echo = essay('echo', ':claim[Talks reward him.]{#echo-thesis kind=thesis title="talks  reward the Invader" rebuts=question}');
    assert.deepEqual(lines(delta, echo), [
      'content/essays/echo.md:12:1: error: claim "echo-thesis" has the title "talks reward the Invader", which claim "delta-thesis" already has (content/essays/delta.md:12:1): titles name claims across the whole site, so give each claim one of its own',
    ]);
  });

  test('keeps typographic quotes inside a title as they are written', () => {
    const delta = essay('delta', ':claim[Talks reward the invader.]{#delta-thesis kind=thesis title="Critics: talks are a “gift”" rebuts=question}');
    assert.equal(delta.claims[0]!.title, 'Critics: talks are a “gift”');
    assert.deepEqual(lines(delta), []);
  });
});

describe('withoutLongTitles', () => {
  test('leaves out only the titles the check rejects as too long', () => {
    const delta = essay(
      'delta',
      `:claim[Talks reward the invader.]{#delta-thesis kind=thesis title="${'x'.repeat(61)}" rebuts=question} :claim[Always.]{#delta-always kind=reason title="It always has" supports=delta-thesis}`,
    );
    const [kept] = withoutLongTitles([delta]);
    assert.deepEqual(kept!.claims.map((claim) => claim.title), [undefined, 'It always has']);
    assert.equal(delta.claims[0]!.title, 'x'.repeat(61), 'the essay read is not changed');
  });
});

describe('readContent with the title check', () => {
  /** The good fixtures with one claim's title attribute changed by `change`: the printed lines, and whether a graph was built. */
  async function readWithTitle(change: (text: string) => string) {
    const dir = await mkdtemp(join(tmpdir(), 'titles-'));
    try {
      await cp(GOOD, dir, { recursive: true });
      const file = join(dir, 'essays/beta.md');
      await writeFile(file, change(await readFile(file, 'utf8')));
      const { graph, problems } = await readContent(dir, (path) => relative(dir, path));
      return { built: graph !== undefined, lines: problems.map(formatProblem) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  test('fails the build at the claim whose title is missing', async () => {
    const { built, lines: printed } = await readWithTitle((text) => text.replace(' title="We negotiate because we do not trust"', ''));
    assert.equal(built, false);
    assert.equal(printed.length, 1, printed.join('\n'));
    assert.match(printed[0]!, /^essays\/beta\.md:\d+:\d+: error: claim "beta-distrust" has no title: /);
  });

  test('reports a long title once, at its claim, not again as a schema error', async () => {
    const { built, lines: printed } = await readWithTitle((text) => text.replace('title="We negotiate because we do not trust"', `title="${'We negotiate because we do not trust. '.repeat(2)}"`));
    assert.equal(built, false);
    assert.equal(printed.length, 1, printed.join('\n'));
    assert.match(printed[0]!, /^essays\/beta\.md:\d+:\d+: error: claim "beta-distrust" has a title of 75 characters/);
  });

  test('reports a title repeated across essays', async () => {
    const { built, lines: printed } = await readWithTitle((text) => text.replace('title="We negotiate because we do not trust"', 'title="Talks now would only pause the war"'));
    assert.equal(built, false);
    assert.deepEqual(printed.length, 1, printed.join('\n'));
    assert.match(printed[0]!, /^essays\/beta\.md:\d+:\d+: error: claim "beta-distrust" has the title "Talks now would only pause the war", which claim "alpha-thesis" already has \(essays\/alpha\.md:18:1\)/);
  });
});
