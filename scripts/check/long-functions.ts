import ts from 'typescript';
import { location } from 'vfile-location';

/** The longest a function may be, in lines from its first to its last, nested functions included. */
export const MAX_FUNCTION_LINES = 80;

/** A function longer than allowed. */
export interface LongFunction {
  /** The file, as given. */
  file: string;
  /** The function's name (or `<anonymous>` with where it is bound, when it has none). */
  name: string;
  /** The line it starts on, 1-based. */
  line: number;
  /** How many lines it spans. */
  lines: number;
}

/** The name a function is known by: its own, or the variable, property or call it is bound to. */
function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `<callback of ${parent.expression.getText(source).slice(0, 40)}>`;
  return '<anonymous>';
}

/**
 * The functions in one TypeScript (or JavaScript) text that span more than `max` lines, counted from
 * the line the function starts on to the line it ends on, so nested functions count in their parent.
 *
 * @param file the name reported
 * @param text the source
 * @param firstLine the line of the file the text starts on (for code cut out of an `.astro` file)
 */
export function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES, firstLine = 1): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) found.push({ file, name: nameOf(node as ts.FunctionLikeDeclaration, source), line: start + firstLine, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The code parts of an `.astro` file (its frontmatter and its `<script>` elements), each with the line it starts on. */
export function astroCode(text: string): Array<{ code: string; firstLine: number }> {
  const parts: Array<{ code: string; firstLine: number }> = [];
  const where = location(text);
  const lineAt = (offset: number) => where.toPoint(offset)!.line;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push({ code: frontmatter[1]!, firstLine: 2 });
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    parts.push({ code: script[1]!, firstLine: lineAt(script.index + script[0].indexOf('>') + 1) });
  }
  return parts;
}
