import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtml } from 'hast-util-to-html';
import * as cheerio from 'cheerio';
import { relationList } from '../../../src/markup/relation-list.ts';
import { claimRelations } from '../../../src/graph/claim-relations.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { claim, smallGraph } from '../../helpers/graph-fixture.ts';

/** smallGraph where c (essay f) is a view f reports, held by "Someone Else", and d undercuts b's support of a. */
function graph(): Graph {
  const base = smallGraph([claim('a', 1), claim('b', 2), { ...claim('c', 1, 'f'), kind: 'reported', holder: 'Someone Else' }, claim('d', 2, 'f')]);
  return {
    ...base,
    relations: [
      ...base.relations.map((relation: Graph["relations"][number]) => (relation.id === 'c--rebuts--a' ? { ...relation, contestable: true as const } : relation)),
      { id: 'd--undercuts--b--supports--a', from: 'd', to: 'b--supports--a', type: 'undercuts', note: 'Our note on d.' },
    ],
  };
}
const render = (id: string, essay = 'e') => {
  const g = graph();
  const list = relationList(claimRelations(g, id), { graph: g, link: (path) => `/base${path}`, essay });
  return cheerio.load(list ? toHtml(list) : '');
};

describe('relationList', () => {
  test('credits a reported view to its holder, as its author reports it, never to the author', () => {
    const $ = render('a');
    const by = $('.relation--rebutted-by .relation-by').text();
    assert.match(by, /Someone Else’s view, as Author f reports it/);
    assert.doesNotMatch(by, /— Author f,/);
  });

  test('marks a contestable relation as such', () => {
    assert.equal(render('a')('.relation--rebutted-by .relation-contestable').text(), '(contestable)');
  });

  test('says which support an undercut denies, both ways', () => {
    const undercutBy = render('b')('.relation--undercut-by');
    assert.equal(undercutBy.find('a').first().attr('href'), '/base/essays/f/#d');
    assert.match(undercutBy.find('.relation-undercut').text(), /denies that this claim bears on “Words of a\.”/);
    const undercuts = render('d', 'f')('.relation--undercuts');
    assert.match(undercuts.find('.relation-undercut').text(), /as a reason for “Words of a\.”/);
    assert.equal(undercuts.attr('data-short'), 'e', 'the family name, for the printed appendix');
  });

  test('names a claim of the same essay by its number, and returns nothing for no relations', () => {
    assert.match(render('a')('.relation--supported-by').text(), /claim 2, this essay/);
    assert.equal(relationList([], { graph: graph(), link: (path) => path }), undefined);
  });
});
