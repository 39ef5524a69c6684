import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtml } from 'hast-util-to-html';
import * as cheerio from 'cheerio';
import { relationLine, relationList } from '../../../src/markup/relation-list.ts';
import { claimRelations } from '../../../src/graph/claim-relations.ts';
import { CONTESTABLE_WORDS, RELATION_STYLES } from '../../../src/words/relation-labels.ts';
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

  test('marks a contestable relation as such, in words, and labels each relation with the table\'s symbol', () => {
    assert.equal(render('a')('.relation--rebutted-by .relation-contestable').text(), `(${CONTESTABLE_WORDS.explained})`);
    assert.match(render('a')('.relation--rebutted-by .relation-label').text(), new RegExp(`^${RELATION_STYLES.rebuts.symbol} Rebutted by$`));
  });

  test('says which support an undercut denies, both ways', () => {
    const undercutBy = render('b')('.relation--undercut-by');
    assert.equal(undercutBy.find('a').first().attr('href'), '/base/essays/f/#d');
    assert.match(undercutBy.find('.relation-undercut').text(), /denies that this claim bears on “Words of a\.”/);
    const undercuts = render('d', 'f')('.relation--undercuts');
    assert.match(undercuts.find('.relation-undercut').text(), /as a reason for “Words of a\.”/);
  });

  test('names other claims in brief with claimLabel: a title as our words, else opening words quoted', () => {
    const long = 'These are the opening words of a claim that goes on for far longer than any brief name of it should.';
    const g = smallGraph([claim('a', 1), { ...claim('b', 2), text: long }, { ...claim('c', 1, 'f'), title: 'Talks reward aggression' }]);
    const $ = cheerio.load(toHtml(relationList(claimRelations(g, 'a'), { graph: g, link: (path) => path, essay: 'e' })!));
    assert.equal($('.relation--rebutted-by > a').text(), 'Talks reward aggression');
    const opening = $('.relation--supported-by > a').text();
    assert.ok(opening.startsWith('“These are the opening words') && opening.endsWith('”') && opening.length < long.length, opening);
  });

  test('names a claim of the same essay by its number, and returns nothing for no relations', () => {
    assert.match(render('a')('.relation--supported-by').text(), /claim 2, this essay/);
    assert.equal(relationList([], { graph: graph(), link: (path) => path }), undefined);
  });
});

describe('relationLine', () => {
  const line = (id: string, essay = 'e') => {
    const g = graph();
    const element = relationLine(claimRelations(g, id), { graph: g, link: (path) => `/base${path}`, essay });
    return cheerio.load(element ? toHtml(element) : '');
  };

  test('names each direction once, then the claims by number, linked within the page or to the other essay', () => {
    const $ = line('a');
    const [plus, minus] = [RELATION_STYLES.supports.symbol, RELATION_STYLES.rebuts.symbol];
    assert.equal($.text(), `${minus} Rebuts the central question; ${plus} Supported by 2; ${minus} Rebutted by f 1 (contestable)`);
    assert.equal($('a').eq(1).attr('href'), '#b');
    assert.equal($('a').eq(2).attr('href'), '/base/essays/f/#c');
    assert.equal($('a').eq(0).attr('href'), '/base/map/#map-question');
  });

  test('words an undercut as the bearing it denies, both ways, and quotes nothing', () => {
    assert.match(line('b')('.relation-line').text(), /Undercut by f 2 \(on 2 → 1\)/);
    assert.match(line('d', 'f')('.relation-line').text(), /Undercuts e 2 → e 1/);
    assert.doesNotMatch(line('a').text(), /“/);
  });

  test('returns nothing for no relations', () => {
    assert.equal(relationLine([], { graph: graph(), link: (path) => path, essay: 'e' }), undefined);
  });
});
