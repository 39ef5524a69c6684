/**
 * Writes a synthetic content folder N times the size of the real one (default 50×: about 200 essays
 * and 2,500 claims), for benchmarks: real Markdown essays with claim markup, reader comments,
 * same-essay relations and noted cross-essay relations (including rebuttal cycles), plus
 * question.json and one capture per essay in sources/. Deterministic (seeded), so runs compare.
 *
 * Usage: node scripts/bench/synth.ts <folder> [--scale 50] [--seed 1]
 *        NEW_SITE=1 CONTENT_DIR=<folder> npm run build   (a synthetic folder has no ledger: it is a new site)
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The real content's shape, per essay: 4 essays, 62 claims, 87 relations (21 across essays). */
const REAL = { essays: 4 } as const;

const WORDS = (
  'the west russia ukraine talks ceasefire war peace sanctions regime security army front winter territory ' +
  'negotiation pressure leverage allies europe kremlin moscow kyiv border treaty guarantees deterrence ' +
  'escalation weapons aid economy energy gas grain ports occupation referendum annexation precedent ' +
  'credibility commitment strategy policy outcome victory defeat stalemate offensive defence momentum ' +
  'concession demand interest intention signal threat risk cost price time history lesson crisis order'
).split(' ');
const GLUE = 'would could will must may cannot should might does not only also never always yet still'.split(' ');
const SMALL = 'and but because so that if when while since although as for of in on to with by from'.split(' ');
const FIRST = 'Alex Maria Jonas Priya Tomasz Elena Kofi Sofia Daniel Irena Mateo Hana Lucas Amira Piotr Noor'.split(' ');
const LAST = 'Novak Reyes Fischer Okafor Lindqvist Moreau Tanaka Kowalski Haddad Brennan Ivanova Costa Mehta Dubois'.split(' ');

/** A small seeded PRNG (mulberry32), so the same seed writes the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SynthClaim {
  id: string;
  kind: 'thesis' | 'reason' | 'evidence' | 'concession' | 'reported' | 'reader';
  text: string;
  /** Same-essay relations, written as attributes. */
  supports: string[];
  rebuts: string[];
}

interface SynthEssay {
  id: string;
  index: number;
  stance: 'for' | 'against';
  claims: SynthClaim[];
  /** Cross-essay relations from this essay, written as leaf directives with a note. */
  cross: { type: 'supports' | 'rebuts'; from: string; to: string; note: string }[];
}

/** Writes the synthetic content folder; returns its essay, claim and relation counts. */
export async function synthesize(folder: string, scale = 50, seed = 1): Promise<{ essays: number; claims: number; relations: number }> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
  const sentence = (low: number, high: number): string => {
    const length = between(low, high);
    const words: string[] = [];
    for (let i = 0; i < length; i += 1) words.push(i % 4 === 2 ? pick(GLUE) : i % 4 === 3 ? pick(SMALL) : pick(WORDS));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };

  const count = REAL.essays * scale;
  const essays: SynthEssay[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `synthetic-essay-${String(index + 1).padStart(3, '0')}`;
    const prefix = `s${index + 1}`;
    const stance = rand() < 0.3 ? 'for' : 'against';
    const claims: SynthClaim[] = [];
    const add = (kind: SynthClaim['kind'], supports: string[] = [], rebuts: string[] = []): SynthClaim => {
      const claim = { id: `${prefix}-${kind}-${claims.length + 1}`, kind, text: sentence(6, 40), supports, rebuts };
      claims.push(claim);
      return claim;
    };
    const thesis = add('thesis', stance === 'for' ? ['question'] : [], stance === 'against' ? ['question'] : []);
    const reported = rand() < 0.8 ? add('reported', [], [thesis.id]) : undefined;
    const reasons = Array.from({ length: between(3, 6) }, () => add('reason', [thesis.id]));
    if (reported) reasons[0]!.rebuts.push(reported.id);
    // Some reasons answer another reason too: a claim with several parents in its own essay.
    if (reasons.length > 3 && rand() < 0.5) reasons[3]!.supports.push(reasons[1]!.id);
    for (let i = between(2, 5); i > 0; i -= 1) add('evidence', [pick(reasons).id]);
    if (rand() < 0.7) add('concession', [], [pick(reasons).id]);
    const readers = Array.from({ length: between(1, 4) }, () => {
      const target = rand() < 0.5 ? thesis.id : pick(reasons).id;
      return rand() < 0.5 ? add('reader', [target]) : add('reader', [], [target]);
    });
    void readers;
    essays.push({ id, index, stance, claims, cross: [] });
  }

  // Cross-essay relations: about one in four claims answers a claim of another essay. Rebuttals go
  // anywhere (so cycles of rebuttal appear); supports only point at earlier essays, so no claim ever
  // supports itself through others.
  for (const essay of essays) {
    for (const claim of essay.claims) {
      if (claim.kind === 'thesis' || rand() > 0.27) continue;
      const other = essays[(essay.index + between(1, count - 1)) % count]!;
      const target = pick(other.claims.filter((candidate) => candidate.kind !== 'reader'));
      const type = other.index < essay.index && rand() < 0.35 ? 'supports' : 'rebuts';
      essay.cross.push({ type, from: claim.id, to: target.id, note: `Synthetic note: ${claim.id} ${type} ${target.id} (ours).` });
    }
  }
  // A guaranteed two-essay rebuttal cycle, the case the map must break.
  if (essays.length > 1) {
    const [a, b] = [essays[0]!, essays[1]!];
    const ra = a.claims.find((claim) => claim.kind === 'reason')!;
    const rb = b.claims.find((claim) => claim.kind === 'reason')!;
    a.cross = a.cross.filter((entry) => entry.from !== ra.id || entry.to !== rb.id);
    b.cross = b.cross.filter((entry) => entry.from !== rb.id || entry.to !== ra.id);
    a.cross.push({ type: 'rebuts', from: ra.id, to: rb.id, note: 'Synthetic cycle, one way (ours).' });
    b.cross.push({ type: 'rebuts', from: rb.id, to: ra.id, note: 'Synthetic cycle, the other way (ours).' });
  }

  const root = resolve(folder);
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'essays'), { recursive: true });
  await mkdir(join(root, 'sources'), { recursive: true });
  await writeFile(join(root, 'question.json'), `${JSON.stringify({ id: 'question', text: 'Should the West press for negotiations with Russia over the war in Ukraine?' })}\n`);
  let claimCount = 0;
  let relationCount = 0;
  for (const essay of essays) {
    const capture = `${essay.id}.txt`;
    const author = `${pick(FIRST)} ${pick(LAST)}`;
    const year = 2014 + Math.floor(essay.index / 24);
    const month = String((essay.index % 12) + 1).padStart(2, '0');
    const attrs = (claim: SynthClaim) => {
      const parts = [`#${claim.id}`, `kind=${claim.kind}`, `title="Synthetic claim ${claim.id}"`];
      if (claim.supports.length) parts.push(`supports="${claim.supports.join(' ')}"`);
      if (claim.rebuts.length) parts.push(`rebuts="${claim.rebuts.join(' ')}"`);
      return `{${parts.join(' ')}}`;
    };
    const body: string[] = [];
    const plain: string[] = [];
    for (const claim of essay.claims.filter((entry) => entry.kind !== 'reader')) {
      const before = sentence(8, 30);
      const afterwards = sentence(10, 40);
      body.push(`${before} :claim[${claim.text}]${attrs(claim)} ${afterwards}`);
      plain.push(`${before} ${claim.text} ${afterwards}`);
      for (const cross of essay.cross.filter((entry) => entry.from === claim.id)) {
        body.push(`::${cross.type}[${cross.note}]{from=${cross.from} to=${cross.to}}`);
      }
    }
    const readers = essay.claims.filter((entry) => entry.kind === 'reader');
    if (readers.length) {
      body.push('::::comments');
      readers.forEach((claim, index) => {
        body.push(`:::comment{capture="${capture}" n=${index + 1}}\n:claim[${claim.text}]${attrs(claim)}\n:::`);
        plain.push(claim.text);
      });
      body.push('::::');
      // A comments block holds only comments: the readers' cross-essay relations go after it.
      for (const cross of essay.cross.filter((entry) => readers.some((claim) => claim.id === entry.from))) {
        body.push(`::${cross.type}[${cross.note}]{from=${cross.from} to=${cross.to}}`);
      }
    }
    const frontmatter = [
      '---',
      `title: "Synthetic essay ${essay.index + 1}: ${sentence(3, 6).slice(0, -1)}"`,
      `author: "${author}"`,
      'authorBasis: byline',
      'outlet: "Synthetic Review"',
      `published: "${year}-${month}"`,
      'publishedInferred: false',
      `stance: ${essay.stance}`,
      `sources: ["${capture}"]`,
      'summary: "A synthetic essay for benchmarks (ours)."',
      '---',
    ].join('\n');
    await writeFile(join(root, 'essays', `${essay.id}.md`), `${frontmatter}\n\n${body.join('\n\n')}\n`);
    await writeFile(join(root, 'sources', capture), `${plain.join('\n\n')}\n`);
    claimCount += essay.claims.length;
    relationCount += essay.claims.reduce((sum, claim) => sum + claim.supports.length + claim.rebuts.length, 0) + essay.cross.length;
  }
  return { essays: essays.length, claims: claimCount, relations: relationCount };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { scale: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' } } });
  const folder = positionals[0];
  if (!folder) {
    console.error('usage: node scripts/bench/synth.ts <folder> [--scale 50] [--seed 1]');
    process.exit(2);
  }
  const made = await synthesize(folder, Number(values.scale), Number(values.seed));
  console.log(`synth: ${made.essays} essays, ${made.claims} claims, ${made.relations} relations -> ${folder}`);
}
