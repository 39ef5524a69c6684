import {
  ArgdownApplication,
  DataPlugin,
  IEquivalenceClass,
  ModelPlugin,
  ParserPlugin,
  type IArgdownResponse,
} from '@argdown/core';

/** What the Argdown parser made of a document. */
export interface ParsedArgdown {
  /** Lexer, parser and plugin errors together; empty when the document is valid. */
  errors: string[];
  /** Statements by title, with their canonical text (trimmed), data and section title. */
  statements: Map<string, { text: string; data: Record<string, unknown>; section?: string }>;
  /** Relations between statements and arguments, as the model built them (an undercut's `to` is the argument). */
  relations: { from: string; to: string; type: string }[];
  /** Arguments by title, with the titles of their premises and main conclusion. */
  arguments: Map<string, { premises: string[]; conclusion?: string; section?: string }>;
  /** The raw response, for anything else. */
  response: IArgdownResponse;
}

/** Parses Argdown with @argdown/core's own parser, data and model plugins (no map, no export). */
export function parseArgdown(input: string): ParsedArgdown {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'error' });
  const errors = [
    ...(response.lexerErrors ?? []).map((error) => `lexer: ${error.message} at ${error.line}:${error.column}`),
    ...(response.parserErrors ?? []).map((error) => `parser: ${error.message} at ${error.token.startLine}:${error.token.startColumn}`),
    ...(response.exceptions ?? []).map((error) => `plugin: ${error.message}`),
  ];
  const statements = new Map<string, { text: string; data: Record<string, unknown>; section?: string }>();
  for (const [title, ec] of Object.entries(response.statements ?? {})) {
    const entry: { text: string; data: Record<string, unknown>; section?: string } = {
      text: (IEquivalenceClass.getCanonicalMemberText(ec) ?? '').trim(),
      data: (ec.data ?? {}) as Record<string, unknown>,
    };
    if (ec.section?.title) entry.section = ec.section.title;
    statements.set(title, entry);
  }
  // An undercut points at an argument's inference, which names its argument.
  const end = (member: unknown) => {
    const node = member as { title?: string; argumentTitle?: string } | undefined;
    return node?.title ?? node?.argumentTitle ?? '';
  };
  const relations = (response.relations ?? []).map((relation) => ({
    from: end(relation.from),
    to: end(relation.to),
    type: relation.relationType,
  }));
  const args = new Map<string, { premises: string[]; conclusion?: string; section?: string }>();
  for (const [title, argument] of Object.entries(response.arguments ?? {})) {
    const pcs = (argument.pcs ?? []) as { title?: string; role?: string }[];
    const entry: { premises: string[]; conclusion?: string; section?: string } = {
      premises: pcs.filter((item) => item.role === 'premise').map((item) => item.title ?? ''),
    };
    const conclusion = pcs.find((item) => item.role === 'main-conclusion')?.title;
    if (conclusion) entry.conclusion = conclusion;
    if (argument.section?.title) entry.section = argument.section.title;
    args.set(title, entry);
  }
  return { errors, statements, relations, arguments: args, response };
}
