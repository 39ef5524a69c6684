import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '../../../src/compile/problem.ts';
import { BAD, buildWith } from '../../helpers/content.ts';

// The build date, as the future-date check sees it.
const TODAY = new Date().toISOString().slice(0, 10);

/**
 * One malformed essay a case (tests/fixtures/bad/<case>.md), built together with the good fixture
 * essays; every line the build prints for it, exactly. Each message says where and what to do.
 */
const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Bad_Name.md", [
    "tests/fixtures/bad/Bad_Name.md:1:1: error: essay file name \"Bad_Name.md\" is not kebab-case: rename it with lower-case letters, digits and single hyphens, e.g. \"why-putin-fights.md\"",
  ]],
  ["claim-empty-span.md", [
    "tests/fixtures/bad/claim-empty-span.md:12:84: error: claim \"delta-keep\" wraps no words: put the essay's words inside the brackets",
  ]],
  ["claim-id-not-kebab.md", [
    "tests/fixtures/bad/claim-id-not-kebab.md:12:84: error: claim id \"Delta_Keep\" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. \"greene-regime-security\"",
  ]],
  ["claim-inside-claim.md", [
    "tests/fixtures/bad/claim-inside-claim.md:12:100: error: a claim inside a claim (\"delta-keep\"): claims do not nest; mark the inner words as a separate claim beside it",
  ]],
  ["claim-no-id.md", [
    "tests/fixtures/bad/claim-no-id.md:12:84: error: claim has no id: add {#some-id} after the brackets",
  ]],
  ["claim-no-kind.md", [
    "tests/fixtures/bad/claim-no-kind.md:12:84: error: claim \"delta-keep\" has no kind: add kind=thesis|reason|evidence|concession|reported|reader",
  ]],
  ["claim-unknown-kind.md", [
    "tests/fixtures/bad/claim-unknown-kind.md:12:84: error: unknown claim kind \"premise\" on \"delta-keep\": use one of thesis, reason, evidence, concession, reported, reader",
  ]],
  ["claim-unknown-relation.md", [
    "tests/fixtures/bad/claim-unknown-relation.md:12:84: warning: claim \"delta-keep\" has no relation: say what it supports or rebuts",
    "tests/fixtures/bad/claim-unknown-relation.md:12:84: error: unknown relation type \"refutes\": a claim takes #id, kind=, holder= (reported claims) and relations supports=\"…\" or rebuts=\"…\"",
  ]],
  ["comment-capture-not-in-sources.md", [
    "tests/fixtures/bad/comment-capture-not-in-sources.md:15:1: error: :::comment comes from capture \"beta.txt\", which is not in this essay's sources: add it to sources or fix the name",
  ]],
  ["comment-number-skipped.md", [
    "tests/fixtures/bad/comment-number-skipped.md:19:1: error: comment 3 of \"gamma.txt\" comes where comment 2 should: number a capture's comments 1, 2, 3… in the order they appear in it",
  ]],
  ["comment-outside-comments.md", [
    "tests/fixtures/bad/comment-outside-comments.md:14:1: error: :::comment stands outside a comments block: wrap the reader comments in ::::comments … :::: after the essay",
  ]],
  ["comments-stray-paragraph.md", [
    "tests/fixtures/bad/comments-stray-paragraph.md:15:1: error: a ::::comments block holds only :::comment blocks: wrap this in :::comment{capture=\"…\" n=…} or move it out",
  ]],
  ["cross-essay-without-note.md", [
    "tests/fixtures/bad/cross-essay-without-note.md:12:84: error: cross-essay relation \"delta-keep\" rebuts \"beta-thesis\" has no note: write it as ::rebuts[why it holds]{from=delta-keep to=beta-thesis}",
  ]],
  ["body-only-notes.md", [
    "tests/fixtures/bad/body-only-notes.md:11:1: error: the essay has no body: write the essay's text below the frontmatter",
  ]],
  ["directive-wrong-colons.md", [
    "tests/fixtures/bad/directive-wrong-colons.md:14:1: error: \"::claim\" has the wrong number of colons: write :claim (one colon, inside a paragraph, around the words)",
  ]],
  ["duplicate-id.md", [
    "tests/fixtures/bad/duplicate-id.md:12:84: error: duplicate claim id \"gamma-annexation\": first used at tests/fixtures/good/essays/gamma.md:18:1; give this claim an id of its own",
  ]],
  ["duplicate-relation.md", [
    "tests/fixtures/bad/duplicate-relation.md:14:1: error: relation \"delta-keep\" supports \"delta-thesis\" is declared twice (first at tests/fixtures/bad/duplicate-relation.md:12:84): keep one",
  ]],
  ["fm-date-in-words.md", [
    "tests/fixtures/bad/fm-date-in-words.md:6:1: error: frontmatter field \"published\": \"Dec 2022\" is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2022-12\" or \"2022-12-22\"",
  ]],
  ["fm-empty-body.md", [
    "tests/fixtures/bad/fm-empty-body.md:11:1: error: the essay has no body: write the essay's text below the frontmatter",
  ]],
  ["fm-impossible-date.md", [
    "tests/fixtures/bad/fm-impossible-date.md:6:1: error: frontmatter field \"published\": \"2022-13-45\" is not a day in the calendar: check the month (01-12) and the day",
  ]],
  ["fm-invalid-yaml.md", [
    "tests/fixtures/bad/fm-invalid-yaml.md:3:9: error: frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings; fix the syntax (quote values that contain \": \" or \"#\")",
  ]],
  ["fm-missing-summary.md", [
    "tests/fixtures/bad/fm-missing-summary.md:1:1: error: frontmatter field \"summary\" is missing: add it",
  ]],
  ["fm-missing-title.md", [
    "tests/fixtures/bad/fm-missing-title.md:1:1: error: frontmatter field \"title\" is missing: add it",
  ]],
  ["fm-no-body.md", [
    "tests/fixtures/bad/fm-no-body.md:11:1: error: the essay has no body: write the essay's text below the frontmatter",
  ]],
  ["fm-no-frontmatter.md", [
    "tests/fixtures/bad/fm-no-frontmatter.md:1:1: error: no frontmatter: start the file with a --- block giving title, author, authorBasis, outlet, published, stance, sources and summary",
  ]],
  ["fm-unknown-field.md", [
    "tests/fixtures/bad/fm-unknown-field.md:10:1: error: frontmatter has unknown field \"tags\": remove it or check the spelling (known fields: title, subtitle, author, authorBasis, authorNote, outlet, outletKind, published, publishedInferred, publishedOutside, publishedBasis, stance, stanceScope, sources, summary)",
  ]],
  ["fm-unknown-stance.md", [
    "tests/fixtures/bad/fm-unknown-stance.md:7:1: error: frontmatter field \"stance\": \"neutral\" is not a stance: write for (pressing for negotiations) or against",
  ]],
  ["no-thesis.md", [
    "tests/fixtures/bad/no-thesis.md:1:1: error: essay \"no-thesis\" has no thesis: mark its central claim with kind=thesis",
  ]],
  ["non-thesis-to-question.md", [
    "tests/fixtures/bad/non-thesis-to-question.md:12:84: error: only an essay's thesis answers the question directly: \"delta-keep\" is not a thesis; relate it to a claim instead",
  ]],
  ["note-empty.md", [
    "tests/fixtures/bad/note-empty.md:14:1: error: :::note is empty: put the capture's words between \":::note\" and \":::\", or remove it",
  ]],
  ["note-without-kind.md", [
    "tests/fixtures/bad/note-without-kind.md:14:1: error: :::note has no kind: add {kind=byline|publisher|bio}",
  ]],
  ["reader-outside-comment.md", [
    "tests/fixtures/bad/reader-outside-comment.md:14:1: error: claim \"reader-delta\" is kind=reader but stands outside a reader comment: move it into a :::comment or change its kind",
  ]],
  ["relation-without-ends.md", [
    "tests/fixtures/bad/relation-without-ends.md:14:1: error: ::rebuts needs both ends: write ::rebuts[note]{from=claim-id to=claim-id}",
  ]],
  ["self-relation.md", [
    "tests/fixtures/bad/self-relation.md:12:84: error: claim \"delta-keep\" supports itself: point the relation at another claim",
  ]],
  ["supports-and-rebuts.md", [
    "tests/fixtures/bad/supports-and-rebuts.md:12:84: error: \"delta-keep\" both supports (at tests/fixtures/bad/supports-and-rebuts.md:12:84) and rebuts \"delta-thesis\": keep the one the text supports",
  ]],
  ["supports-cycle.md", [
    "tests/fixtures/bad/supports-cycle.md:12:229: error: supports-cycle: delta-keep -> delta-given -> delta-more -> delta-keep: a claim cannot support itself through others; remove or reverse one of these relations",
  ]],
  ["thesis-contradicts-stance.md", [
    "tests/fixtures/bad/thesis-contradicts-stance.md:12:1: error: thesis \"delta-thesis\" rebuts the question but the essay's stance is \"for\": a \"for\" thesis supports \"question\"; fix the relation or the stance",
  ]],
  ["thesis-not-linked.md", [
    "tests/fixtures/bad/thesis-not-linked.md:12:1: error: thesis \"delta-thesis\" is not linked to the question: add supports=\"question\" or rebuts=\"question\"",
  ]],
  ["two-theses.md", [
    "tests/fixtures/bad/two-theses.md:12:84: error: essay \"two-theses\" has more than one thesis (first \"delta-thesis\" at tests/fixtures/bad/two-theses.md:12:1): keep one kind=thesis, make the others reasons",
  ]],
  ["tweet-bad-datetime.md", [
    "tests/fixtures/bad/tweet-bad-datetime.md:14:1: error: :::tweet datetime=\"July 27th 2022\" is not an ISO date: write the tweet's date as YYYY-MM-DD",
  ]],
  ["unknown-capture.md", [
    "tests/fixtures/bad/unknown-capture.md:8:1: error: frontmatter field \"sources\": \"gama.txt\" is not a capture in sources/: did you mean \"gamma.txt\"?",
  ]],
  ["unknown-directive.md", [
    "tests/fixtures/bad/unknown-directive.md:14:1: error: unknown directive \":::quote\": use one of :::note, :::tweet, :::comments, :::comment",
  ]],
  ["unknown-target.md", [
    "tests/fixtures/bad/unknown-target.md:12:84: warning: claim \"delta-keep\" has no relation: say what it supports or rebuts",
    "tests/fixtures/bad/unknown-target.md:12:84: error: supports names unknown claim \"delta-thesys\": did you mean \"delta-thesis\"?",
  ]],
  ["directive-space-after-colons.md", [
    "tests/fixtures/bad/directive-space-after-colons.md:14:1: error: \"::: note\" has a space after the colons, so it is not read as a directive and would be shown as text: write \":::note\"",
  ]],
  ["container-closed-short.md", [
    "tests/fixtures/bad/container-closed-short.md:16:1: error: this \":::\" does not close the \"::::note\" opened at line 14: a block closes with as many colons as it opens with; write \"::::\"",
  ]],
  ["tweet-quote-in-attribute.md", [
    "tests/fixtures/bad/tweet-quote-in-attribute.md:14:23: error: this \" ends the value of author= early (\"Ruth \"), so the attributes of :::tweet do not parse: a quoted value cannot hold its own quote mark; write it as &quot; or wrap the value in '…'; until then the whole block is shown as text",
  ]],
  ["attribute-repeated.md", [
    "tests/fixtures/bad/attribute-repeated.md:12:153: error: :claim repeats \"kind\" (kind=evidence, then kind=reason): an attribute is read once and the parser keeps only the last; keep the one you mean",
  ]],
  ["relation-attribute-repeated.md", [
    "tests/fixtures/bad/relation-attribute-repeated.md:12:175: error: :claim repeats \"supports\" (supports=gamma-thesis, then supports=delta-thesis): an attribute is read once and the parser keeps only the last; list every target in one supports=\"a b\"",
  ]],
  ["claim-missing-bracket.md", [
    "tests/fixtures/bad/claim-missing-bracket.md:12:90: error: the claim's words have no closing \"]\": add \"]\" after the last word, before {#id …}",
  ]],
  ["claim-missing-brace.md", [
    "tests/fixtures/bad/claim-missing-brace.md:12:126: error: the claim's attributes have no closing \"}\": add \"}\" after the last attribute",
  ]],
  ["claim-stray-bracket.md", [
    "tests/fixtures/bad/claim-stray-bracket.md:12:105: error: this \"[\" inside the claim's words takes the claim's closing \"]\", so the claim never closes: write it as \"\\[\" if it is the essay's own bracket, or remove it",
  ]],
  ["claim-unclosed-quote.md", [
    "tests/fixtures/bad/claim-unclosed-quote.md:12:160: error: the \" that opens the value of supports= is never closed: add the closing \"",
  ]],
  ["claim-blank-line.md", [
    "tests/fixtures/bad/claim-blank-line.md:13:1: error: a blank line inside the claim's brackets ends the paragraph, so the claim never closes: a claim marks words within one paragraph; remove the blank line, or mark a claim in each paragraph",
  ]],
  ["claim-id-double-dot.md", [
    "tests/fixtures/bad/claim-id-double-dot.md:12:127: error: \"#delta..keep\" is not read as an id: \".\" cannot stand in one (\".\" starts a class name), so the claim's attributes do not parse; ids use lower-case letters, digits and single hyphens",
  ]],
  ["claim-id-cyrillic.md", [
    "tests/fixtures/bad/claim-id-cyrillic.md:12:84: error: claim id \"dеlta-keep\" has \"е\" (U+0435, a Cyrillic letter that looks like the Latin \"e\") at character 2: ids use only the Latin letters a-z, digits and hyphens; retype it as \"delta-keep\"",
  ]],
  ["claim-id-page-id.md", [
    "tests/fixtures/bad/claim-id-page-id.md:12:84: error: claim id \"site-search-q\" is an id the site's pages use themselves, so a link to #site-search-q would land on the page's element, not the claim: choose another",
  ]],
  ["claim-id-appendix.md", [
    "tests/fixtures/bad/claim-id-appendix.md:12:84: error: claim id \"claims-appendix-heading\" is an id the site's pages use themselves, so a link to #claims-appendix-heading would land on the page's element, not the claim: choose another",
  ]],
  ["claim-id-comments-heading.md", [
    "tests/fixtures/bad/claim-id-comments-heading.md:12:84: error: claim id \"comments-heading\" is an id the site's pages use themselves, so a link to #comments-heading would land on the page's element, not the claim: choose another",
  ]],
  ["claim-id-heading-slug.md", [
    "tests/fixtures/bad/claim-id-heading-slug.md:16:1: error: claim id \"invaders-keep\" is the id the heading at tests/fixtures/bad/claim-id-heading-slug.md:14:1 gets on the page (from its words), so a link to #invaders-keep would land on the heading: choose another",
  ]],
  ["claim-zero-width.md", [
    "tests/fixtures/bad/claim-zero-width.md:12:84: error: claim \"delta-keep\" wraps no visible words, only invisible characters (U+200B): put the essay's words inside the brackets",
  ]],
  ["html-comment.md", [
    "tests/fixtures/bad/html-comment.md:14:1: error: an HTML comment would be shown to readers as text (raw HTML in an essay is escaped, never hidden): delete it, or keep the note outside the essay file",
  ]],
  ["image-external.md", [
    "tests/fixtures/bad/image-external.md:14:1: error: image \"https://example.org/map.png\" is on another site: the pages load nothing from other origins (their security policy blocks it), so it would show broken; essays hold the captured text, remove the image",
  ]],
  ["image-relative.md", [
    "tests/fixtures/bad/image-relative.md:14:1: error: image \"./map.png\" is a relative path, which the essay pages cannot resolve: essays hold the captured text, remove the image",
  ]],
  ["deep-blockquote.md", [
    "tests/fixtures/bad/deep-blockquote.md:14:33: error: blocks are nested 20000 deep here (quotes, lists or notes inside one another): an essay may nest them at most 16 deep; remove the extra levels (e.g. the extra \">\" marks)",
  ]],
  ["container-unclosed.md", [
    "tests/fixtures/bad/container-unclosed.md:15:1: error: this \":::note\" is never closed, so everything after it (to line 19) is inside it: close it with \":::\" on a line of its own after its last line",
  ]],
  ["fm-future-date.md", [
    `tests/fixtures/bad/fm-future-date.md:6:1: error: frontmatter field "published": "2999-01-15" is after the build date (${TODAY}): an essay cannot be published in the future; check the year`,
  ]],
  // Issue 25: Markdown that changes meaning, and markup that gave a wrong message, each named at its line.
  ["md-indented-claim.md", [
    "tests/fixtures/bad/md-indented-claim.md:13:1: error: this is a code block (a line indented four spaces or more, or fenced with ``` or ~~~): it is shown as code, and any claim or relation markup in it is not read; remove the indentation (or the fence) so it is a paragraph",
  ]],
  ["md-hard-break.md", [
    "tests/fixtures/bad/md-hard-break.md:11:104: error: a hard line break (two spaces or a backslash at the end of the line) splits the paragraph here and glues the words around it in the text the build checks; remove the trailing spaces or backslash",
  ]],
  ["md-link-definition.md", [
    "tests/fixtures/bad/md-link-definition.md:13:1: error: this line is a link reference definition (\"[label]: address\"), which Markdown hides from the page, so the words would vanish; if they are the essay's, write the bracket as \\[",
  ]],
  ["claim-contestable.md", [
    "tests/fixtures/bad/claim-contestable.md:11:84: error: contestable marks a relation, not a claim: write the relation on a line of its own as ::supports[why it holds]{from=this-claim to=target contestable} (or ::rebuts) and remove it from the claim's supports=\"…\"",
  ]],
  ["relation-to-two.md", [
    "tests/fixtures/bad/relation-to-two.md:11:84: warning: claim \"delta-keep\" has no relation: say what it supports or rebuts",
    "tests/fixtures/bad/relation-to-two.md:13:1: error: ::supports to=\"delta-thesis gamma-thesis\" names 2 claims: a relation line joins one claim to one target; write one ::supports line for each (to=delta-thesis, to=gamma-thesis)",
  ]],
  ["relation-note-claim.md", [
    "tests/fixtures/bad/relation-note-claim.md:13:12: error: a claim is marked inside the note of ::supports: a relation's note is ours, not the essay's, and markup in it is not read, so the claim would vanish; mark the claim in the essay's paragraph and name it here by its id",
  ]],
  ["undercut-of-undercut.md", [
    "tests/fixtures/bad/undercut-of-undercut.md:15:1: error: ::undercuts targets \"delta-x--undercuts--delta-keep--supports--delta-thesis\", which is itself an undercut: an undercut denies that a claim bears on another, so it targets a supports or rebuts relation; to answer the undercutting claim \"delta-x\", rebut it (rebuts=\"delta-x\") or undercut the relation it rests on",
  ]],
  ["md-code-span.md", [
    "tests/fixtures/bad/md-code-span.md:13:1: error: backticks make a code span here: the words between them are shown in code font and any claim markup in them is not read; remove the backticks, or write \\` if the capture has them",
  ]],
  ["md-html-block.md", [
    "tests/fixtures/bad/md-html-block.md:13:1: error: raw HTML \"<div…\" is shown to readers as text (HTML in an essay is escaped, never run): remove it, or write the \"<\" as \\< if the capture shows it",
  ]],
  ["md-table-pipes.md", [
    "tests/fixtures/bad/md-table-pipes.md:11:1: error: this line is wrapped in table pipes (\"| … |\"): the site draws no tables, so the pipes would be shown as the essay's words; remove them and keep the words as a paragraph",
  ]],
];

describe('bad input corpus', () => {
  test('has a case for every file in tests/fixtures/bad', async () => {
    const files = (await readdir(BAD)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
    assert.deepEqual(files, CASES.map(([name]) => name).sort());
    assert.ok(files.length >= 28, `only ${files.length} cases`);
  });

  for (const [name, expected] of CASES) {
    test(`rejects ${name.replace(/\.md$/, '')} with its exact message`, async () => {
      const { graph, problems } = await buildWith([join(BAD, name)]);
      assert.equal(graph, undefined);
      assert.deepEqual(problems.map(formatProblem), expected);
      assert.ok(problems.some((problem) => problem.severity === 'error' && problem.file === `tests/fixtures/bad/${name}`));
    });
  }
});
