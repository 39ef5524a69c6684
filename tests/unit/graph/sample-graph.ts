import type { Graph } from '../../../src/schemas/graph.ts';

/**
 * A small graph shaped like the real one: a byline author with an inferred month, an attributed
 * author with a day, a pen name; a thesis, a reason, a reported view and a reader comment.
 */
export function sampleGraph(): Graph {
  const claim = (id: string, essay: string, kind: Graph['claims'][number]['kind'], text: string, n: number): Graph['claims'][number] => ({
    id, essay, kind, text, n, url: `/claims/${id}/`, anchor: `/essays/${essay}/#${id}`, context: text, source: { file: `essays/${essay}.md`, line: n },
    ...(kind === 'reader' ? { comment: { capture: 'x.txt', n: 1 } } : {}),
  });
  return {
    schemaVersion: 2,
    question: { id: 'question', text: 'Should the West press for negotiations?' },
    essays: [
      { id: 'talks', title: 'Call Them Out by Negotiating', author: 'Ryan Q. Evans', authorBasis: 'byline', outlet: 'War Review', published: '2021-12', publishedInferred: true, publishedOutside: false, stance: 'for', sources: ['a.txt'], summary: 'Evans argues for talks.', url: '/essays/talks/', words: 100 },
      { id: 'why', title: 'Why he fights', subtitle: 'The imperatives of regime security', author: 'Samuel A. Greene', authorBasis: 'attributed', authorNote: 'Attributed from outside the captures.', outlet: 'A Blog', published: '2022-07-29', publishedInferred: false, publishedOutside: false, stance: 'against', sources: ['b.txt'], summary: 'Greene argues against talks.', url: '/essays/why/', words: 200 },
      { id: 'folly', title: 'The Folly of Talking?', author: 'Democracy Abroad', authorBasis: 'byline', authorNote: 'A pen name; the capture names no person behind it.', outlet: 'Medium', published: '2022-12-22', publishedInferred: false, publishedOutside: false, stance: 'against', sources: ['c.txt'], summary: 'Talks are folly & worse <b>.', url: '/essays/folly/', words: 50 },
    ],
    claims: [
      claim('evans-thesis', 'talks', 'thesis', 'Biden should offer talks to test Putin.', 1),
      claim('evans-reported', 'talks', 'reported', 'Some say talks reward aggression.', 2),
      claim('greene-thesis', 'why', 'thesis', 'Negotiations will do more harm than good.', 1),
      claim('greene-reason', 'why', 'reason', 'Putin fights for his regime, and “security” is what he means by it.', 2),
      claim('reader-no-good', 'why', 'reader', 'Of course, negotiations won’t do any good.', 3),
      claim('da-long', 'folly', 'evidence', `${'Word '.repeat(60)}end </script><!-- & more.`, 1),
    ],
    relations: [
      { id: 'evans-thesis--supports--question', from: 'evans-thesis', to: 'question', type: 'supports' },
      { id: 'evans-reported--rebuts--evans-thesis', from: 'evans-reported', to: 'evans-thesis', type: 'rebuts' },
      { id: 'greene-thesis--rebuts--question', from: 'greene-thesis', to: 'question', type: 'rebuts' },
      { id: 'greene-thesis--rebuts--evans-thesis', from: 'greene-thesis', to: 'evans-thesis', type: 'rebuts', note: 'Ours.' },
      { id: 'greene-reason--supports--greene-thesis', from: 'greene-reason', to: 'greene-thesis', type: 'supports' },
      { id: 'reader-no-good--supports--greene-thesis', from: 'reader-no-good', to: 'greene-thesis', type: 'supports' },
      { id: 'da-long--supports--greene-reason', from: 'da-long', to: 'greene-reason', type: 'supports', note: 'Ours.' },
    ],
  };
}
