/**
 * What the SITE+BASE copy (`COURSE` in shared-build.ts) adds to the real content before it builds, so
 * that the cases which once needed a build each (hostile content, a newly drafted essay, an undercut on
 * a map split into pages, renamed and removed ledger ids) share the one second build `npm test` makes.
 * Each addition is what its test file checks; each test reads the copy's dist/ through `sharedBuild(COURSE)`.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { extractEssay } from '../../src/compile/extract.ts';
import { CLAIM_ID_MAX_LENGTH } from '../../src/schemas/claim.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { PublishedSchema } from '../../src/schemas/published.ts';
import type { Relation } from '../../src/schemas/relation.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';

/** The files the additions read besides the project: part of the shared build's cache key. */
export const ADDITION_INPUTS = ['tests/fixtures/hostile', 'tests/fixtures/new-essay', 'tests/helpers/course-additions.ts'] as const;

/** The hostile essay (tests/fixtures/hostile): script, raw HTML, bidi text, a 10,000-word claim, a long id. */
export const HOSTILE = {
  essay: 'hostile-essay',
  fixture: join(ROOT, 'tests/fixtures/hostile'),
  thesis: 'hostile-thesis',
} as const;

/** A kebab-case id of exactly `length` characters. */
export function kebabId(length: number): string {
  let id = 'hostile-long-id';
  for (let n = 0; id.length < length; n += 1) id += `-${(n % 1000).toString(36)}x`;
  id = id.slice(0, length);
  return id.endsWith('-') ? `${id.slice(0, -1)}z` : id;
}

/** The longest claim id the build accepts, as the hostile essay carries it. */
export const HOSTILE_LONG_ID = kebabId(CLAIM_ID_MAX_LENGTH);

/** A 10,000-word paragraph, with one 150-character unbroken "word" that must wrap rather than overflow. */
function longParagraph(): string {
  const words = Array.from({ length: 10_000 }, (_, n) => (n === 5000 ? 'x'.repeat(150) : `word${n % 97}`));
  return words.join(' ');
}

/**
 * Writes the hostile essay into `copy`'s content folder (`content`) with a claim id `longId`, and its
 * capture: the essay's own text, so the word-for-word check passes.
 */
export async function writeHostileEssay(copy: ProjectCopy, longId: string, content = 'content'): Promise<void> {
  await cp(join(HOSTILE.fixture, 'sources'), join(copy.dir, content, 'sources'), { recursive: true });
  const source = await readFile(join(HOSTILE.fixture, `essays/${HOSTILE.essay}.md`), 'utf8');
  const essay = source.replace('{{LONG_PARAGRAPH}}', longParagraph()).replace('{{LONG_ID}}', longId);
  await copy.write(`${content}/essays/${HOSTILE.essay}.md`, essay);
  const { blocks } = extractEssay(`${HOSTILE.essay}.md`, essay);
  await copy.write(`${content}/sources/${HOSTILE.essay}.txt`, `${blocks.map((block) => block.text).join('\n')}\n`);
}

/** The essay `npm run new-essay` drafts from tests/fixtures/new-essay, and what a person fills in. */
export const NEW_ESSAY = {
  id: 'talks-as-a-test',
  capture: join(ROOT, 'tests/fixtures/new-essay/example-capture.txt'),
  file: 'essays/talks-as-a-test.md',
  /** What a person writes in place of each "FILL IN:" value, and nothing else. */
  filled: {
    title: 'Talks as a Test',
    author: 'E. Xample',
    authorBasis: 'byline',
    outlet: 'The new-essay test',
    published: '2022-06',
    stance: 'for',
    summary: 'A test essay: talks as a test of intentions.',
  } as Record<string, string>,
} as const;

/** The draft with every "FILL IN:" frontmatter value replaced by NEW_ESSAY.filled's. */
export function fillDraft(draft: string): string {
  return draft.replace(/^(\w+): "FILL IN: [^"\n]*"$/gm, (_, field: string) => `${field}: ${JSON.stringify(NEW_ESSAY.filled[field])}`);
}

/** Drafts NEW_ESSAY in `copy` with `npm run new-essay` and fills its frontmatter in. Throws when the script fails. */
async function addNewEssay(copy: ProjectCopy): Promise<void> {
  const run = copy.run('new-essay', { CONTENT_DIR: 'content' }, ['--', NEW_ESSAY.capture]);
  if (run.status !== 0) throw new Error(`new-essay failed in the course copy:\n${run.stderr}`);
  const path = `content/${NEW_ESSAY.file}`;
  await copy.write(path, fillDraft(await readFile(join(copy.dir, path), 'utf8')));
}

/** An undercut to add: claim `from` denies that relation `target` bears on its claim. */
export interface ChosenUndercut {
  /** The undercutting claim. */
  from: string;
  /** The relation undercut. */
  target: Relation;
  /** The undercutter's essay, where the undercut is written. */
  essay: string;
  /** The undercut's relation id. */
  id: string;
}

/** A claim A with a relation to B, where B has a relation to C: A undercuts B's bearing on C. Chosen from `graph`, so no id is hard-coded. */
export function chooseUndercut(graph: Graph): ChosenUndercut {
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  for (const relation of graph.relations) {
    if (relation.type === 'undercuts' || !claims.has(relation.to)) continue;
    const target = graph.relations.find((other) => other.type !== 'undercuts' && other.from === relation.to && claims.has(other.to)
      && !graph.relations.some((undercut) => undercut.id === `${relation.from}--undercuts--${other.id}`));
    if (target) return { from: relation.from, target, essay: claims.get(relation.from)!.essay, id: `${relation.from}--undercuts--${target.id}` };
  }
  throw new Error('the graph has no chain A → B → C to undercut');
}

/** The undercut the course copy adds, chosen from the real content's graph (src/data/graph.json, which `npm run check` writes). */
export async function courseUndercut(): Promise<ChosenUndercut> {
  return chooseUndercut(loadGraph(graphFile(ROOT)));
}

/** Ledger entries the course copy adds: an id renamed to a live claim, and an id removed with a note. */
export const LEDGER_CHANGES = {
  renamed: 'course-renamed-claim',
  removed: 'course-removed-claim',
  note: 'Removed in a test.',
} as const;

/** The live claim the renamed id now points to: the real graph's first claim. */
export async function renamedTarget(): Promise<Graph['claims'][number]> {
  const graph = loadGraph(graphFile(ROOT));
  return graph.claims[0]!;
}

async function addLedgerChanges(copy: ProjectCopy): Promise<void> {
  const path = join(copy.dir, 'content/published.json');
  const ledger = PublishedSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const target = await renamedTarget();
  const { renamed, removed, note } = LEDGER_CHANGES;
  ledger.claims.push(
    { id: renamed, url: `/claims/${renamed}/`, anchor: `/essays/${target.essay}/#${renamed}`, status: 'renamed', to: target.id, essay: target.essay, note: 'Renamed in a test.' },
    { id: removed, url: `/claims/${removed}/`, anchor: `/essays/${target.essay}/#${removed}`, status: 'removed', essay: target.essay, note },
  );
  await copy.write('content/published.json', `${JSON.stringify(ledger, null, 2)}\n`);
}

/** Adds everything above to `copy`'s `content/` folder. */
export async function addCourseContent(copy: ProjectCopy): Promise<void> {
  const undercut = await courseUndercut();
  const essay = `content/essays/${undercut.essay}.md`;
  await copy.write(essay, `${await readFile(join(copy.dir, essay), 'utf8')}\n::undercuts[A test note: the claim denies that the other bears on its target.]{from=${undercut.from} to=${undercut.target.id}}\n`);
  await writeHostileEssay(copy, HOSTILE_LONG_ID);
  await addNewEssay(copy);
  await addLedgerChanges(copy);
}
