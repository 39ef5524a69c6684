import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import * as cheerio from 'cheerio';
import { remarkClaims } from '../../../src/markup/remark-claims.ts';
import { rehypeClaimNotes } from '../../../src/markup/rehype-claim-notes.ts';
import type { Published } from '../../../src/schemas/published.ts';
import { smallGraph } from '../../helpers/graph-fixture.ts';

const markdown = `:claim[Words of a.]{#a kind=reason} and :claim[Words of b.]{#b kind=reason}\n\nA paragraph without claims.\n`;
const ledger: Published = {
  schemaVersion: 1,
  claims: [{ id: 'a-old', url: '/claims/a-old/', anchor: '/essays/e/#a-old', status: 'renamed', to: 'a', essay: 'e' }],
};

async function render(base = '/'): Promise<cheerio.CheerioAPI> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkClaims)
    .use(remarkRehype)
    .use(rehypeClaimNotes, { base, graph: smallGraph(), ledger })
    .use(rehypeStringify)
    .process(new VFile({ path: '/x/content/essays/e.md', value: markdown }));
  return cheerio.load(String(file));
}

describe('rehypeClaimNotes', () => {
  test('puts one aside after each paragraph with claims, never inside it', async () => {
    const $ = await render();
    assert.equal($('p aside, p details').length, 0);
    assert.equal($('aside.claim-notes').length, 1);
    assert.ok($('aside.claim-notes').prev().is('p'));
    assert.deepEqual($('aside.claim-notes details.claim-note').map((_, element) => $(element).attr('data-note-for')).get(), ['a', 'b']);
  });

  test('numbers claims and adds an alias anchor before a claim for each old id renamed to it', async () => {
    const $ = await render();
    assert.deepEqual($('.claim').map((_, element) => $(element).attr('data-n')).get(), ['1', '2']);
    const alias = $('#a-old');
    assert.ok(alias.hasClass('claim-alias'));
    assert.equal(alias.next().attr('id'), 'a');
  });

  test('links each relation to the other claim with its author, our note, and the base', async () => {
    const $ = await render('/course/argmap/');
    const note = $('details[data-note-for="a"]');
    const rebutter = note.find('.relation--rebutted-by');
    assert.equal(rebutter.find('a').attr('href'), '/course/argmap/essays/f/#c');
    assert.match(rebutter.text(), /Author f, Essay f/);
    assert.match(rebutter.find('.our-note').text(), /Our note: Our note on c\./);
    assert.match(note.find('.relation--supported-by').text(), /claim 2, this essay/);
    assert.equal(note.find('a.copy-link').attr('href'), '#a');
    assert.equal(note.find('a[href="/course/argmap/claims/a/"]').length, 1);
  });
});

describe('rehypeClaimNotes outside paragraphs', () => {
  test('puts notes after a heading and inside a tight list item that hold claims', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkClaims)
      .use(remarkRehype)
      .use(rehypeClaimNotes, { graph: smallGraph(), ledger })
      .use(rehypeStringify)
      .process(new VFile({ path: 'e.md', value: '## :claim[Words of a.]{#a kind=reason}\n\n- :claim[Words of b.]{#b kind=reason}\n' }));
    const $ = cheerio.load(String(file));
    assert.ok($('h2').next().is('aside.claim-notes'));
    assert.equal($('h2 aside').length, 0);
    assert.equal($('ul > li > aside.claim-notes details[data-note-for="b"]').length, 1);
    assert.equal($('ul > aside').length, 0);
  });
});
