import type { Nodes, Paragraph } from 'mdast';
import type { ExtractContext } from './create-extract-context.ts';

/** Markdown nodes that change what the captured words mean or show, with what to say and what to do. */
const MEANINGS: Partial<Record<Nodes['type'], string>> = {
  code: 'this is a code block (a line indented four spaces or more, or fenced with ``` or ~~~): it is shown as code, and any claim or relation markup in it is not read; remove the indentation (or the fence) so it is a paragraph',
  inlineCode: 'backticks make a code span here: the words between them are shown in code font and any claim markup in them is not read; remove the backticks, or write \\` if the capture has them',
  definition: 'this line is a link reference definition ("[label]: address"), which Markdown hides from the page, so the words would vanish; if they are the essay\'s, write the bracket as \\[',
  break: 'a hard line break (two spaces or a backslash at the end of the line) splits the paragraph here and glues the words around it in the text the build checks; remove the trailing spaces or backslash',
  list: 'this line starts a list ("1986. ", "1) ", "- ", "+ " or "* " at the start of a line): Markdown shows the number or mark as a list marker, outside the words the build checks against the capture, so it could be anything; if the capture\'s paragraph starts so, write it with a backslash ("1986\\. …", "\\+ …") so it stays a paragraph, and if it is not the capture\'s, remove it',
  thematicBreak: 'this line ("***", "---" or "___" alone) is a thematic break, drawn as a rule across the page and splitting the paragraph around it: if it is a separator the capture has, list it in captures.json as chrome and delete it here; otherwise remove it',
  footnoteReference: 'this is a footnote mark ("[^label]"): Markdown moves the note to the foot of the page, and notes are ours, not the essay\'s; remove it (write the bracket as \\[ if the capture has it)',
  footnoteDefinition: 'this is a footnote ("[^label]: …"): Markdown moves it to the foot of the page as if the essay had it; our notes go in a relation\'s note or the frontmatter: remove it',
  linkReference: 'these brackets read as a reference to a link defined elsewhere ("[text][label]" or "[label]"), so the brackets vanish from the page; write the bracket as \\[ if it is the essay\'s',
};

// A line wrapped in table pipes: the site draws no tables, so the pipes would be shown as the author's words.
const TABLE_LINE = /^[ \t]*\|.*\|[ \t]*$/m;

/**
 * Names Markdown that changes the meaning of an essay's captured text: code blocks and spans, link
 * reference definitions, hard breaks, reference links, raw HTML tags and table pipes. Each is an
 * error at its line saying what it does and how to write the text instead.
 */
export function checkMarkdownMeaning(ctx: ExtractContext, node: Nodes): void {
  const meaning = MEANINGS[node.type];
  if (meaning) {
    ctx.report(ctx.at(node), meaning);
    return;
  }
  if (node.type === 'html' && !node.value.trimStart().startsWith('<!--')) {
    const tag = /^<\/?[A-Za-z][\w-]*/.exec(node.value.trim())?.[0] ?? node.value.trim().slice(0, 20);
    ctx.report(ctx.at(node), `raw HTML "${tag}…" is shown to readers as text (HTML in an essay is escaped, never run): remove it, or write the "<" as \\< if the capture shows it`);
    return;
  }
  if (node.type === 'paragraph') checkTablePipes(ctx, node);
  if (node.type === 'heading') checkSetextHeading(ctx, node);
}

/** A heading written by underlining ("===" or "---" on the next line) is most often a separator that made a paragraph a heading. */
function checkSetextHeading(ctx: ExtractContext, node: Nodes): void {
  const start = node.position?.start.offset;
  if (start === undefined || ctx.markdown[start] === '#') return;
  const end = node.position?.end.line ?? 1;
  ctx.report(
    { file: ctx.file, line: end, column: 1 },
    'this "===" or "---" line under a paragraph turns the paragraph into a heading: if it is a separator the capture has, list it in captures.json as chrome and delete it here (or leave a blank line above it); write headings as "## Heading"',
  );
}

function checkTablePipes(ctx: ExtractContext, node: Paragraph): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const source = ctx.markdown.slice(start, end);
  const match = TABLE_LINE.exec(source);
  if (!match) return;
  const { line } = ctx.placeOf(start + match.index);
  ctx.report(
    { file: ctx.file, line, column: 1 },
    'this line is wrapped in table pipes ("| … |"): the site draws no tables, so the pipes would be shown as the essay\'s words; remove them and keep the words as a paragraph',
  );
}
