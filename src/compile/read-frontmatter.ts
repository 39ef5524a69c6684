import { parseDocument, isMap, isScalar } from 'yaml';
import type { Yaml } from 'mdast';
import { EssaySchema, type Essay } from '../schemas/essay.ts';
import { error, type Place, type Problem } from './problem.ts';
import { FILL_IN } from './draft-essay.ts';

/**
 * Reads and validates an essay's YAML frontmatter, recording where each top-level field is written
 * (`fields`) so later checks can point at it. Problems go to `problems`; never throws.
 *
 * @param today the build date (YYYY-MM-DD): a publication date after it is an error
 */
export function readFrontmatter(file: string, yaml: Yaml | undefined, problems: Problem[], fields: Record<string, Place>, today = new Date().toISOString().slice(0, 10)): Essay | undefined {
  if (!yaml) {
    problems.push(error({ file, line: 1, column: 1 }, 'no frontmatter: start the file with a --- block giving title, author, authorBasis, outlet, published, stance, sources and summary'));
    return undefined;
  }
  const start = yaml.position?.start.line ?? 1;
  // The YAML text starts on the line after the opening ---.
  const placeOf = (offset: number): Place => {
    const before = yaml.value.slice(0, Math.max(0, offset));
    const lines = before.split('\n');
    return { file, line: start + lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  };
  const document = parseDocument(yaml.value, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const problem of document.errors) {
      problems.push(error(placeOf(problem.pos[0]), `frontmatter is not valid YAML: ${problem.message.split('\n')[0]}; fix the syntax (quote values that contain ": " or "#")`));
    }
    return undefined;
  }
  if (!isMap(document.contents)) {
    problems.push(error({ file, line: start, column: 1 }, 'frontmatter must be a list of "field: value" lines between the --- lines'));
    return undefined;
  }
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) fields[String(pair.key.value)] = placeOf(pair.key.range[0]);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    problems.push(error({ file, line: start, column: 1 }, `frontmatter cannot be read: ${(cause as Error).message.split('\n')[0]}`));
    return undefined;
  }
  // Fields `npm run new-essay` left for a person to write: one message each, at its line, instead of the schema's.
  const unfilled = new Set<string>();
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value === 'string' && value.startsWith(FILL_IN)) {
        unfilled.add(key);
        problems.push(error(fields[key] ?? { file, line: start, column: 1 }, `frontmatter field "${key}" is still to be filled in:${value.slice(FILL_IN.length)}; write it in place of the "${FILL_IN} …" text`));
      }
    }
  }
  const parsed = EssaySchema.safeParse(data);
  if (unfilled.size > 0) {
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
      if (top && unfilled.has(top)) continue;
      problems.push(error((top && fields[top]) || { file, line: start, column: 1 }, `frontmatter field "${issue.path.map(String).join('.')}": ${issue.message}`));
    }
    return undefined;
  }
  if (parsed.success) {
    const published = parsed.data.published;
    // "2027" is in the future when even its first day is: compare at the date's own precision.
    if (published > today.slice(0, published.length)) {
      problems.push(error(fields.published ?? { file, line: start, column: 1 }, `frontmatter field "published": "${published}" is after the build date (${today.slice(0, published.length)}): an essay cannot be published in the future; check the year`));
      return undefined;
    }
    return parsed.data;
  }
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const fallback: Place = { file, line: start, column: 1 };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(error(fields[key] ?? fallback, `frontmatter has unknown field "${key}": remove it or check the spelling (known fields: ${Object.keys(EssaySchema.shape).join(', ')})`));
      }
      continue;
    }
    if (top !== undefined && !(top in fields)) {
      problems.push(error(fallback, `frontmatter field "${top}" is missing: add it`));
      continue;
    }
    problems.push(error((top && fields[top]) || fallback, `frontmatter field "${field}": ${issue.message}`));
  }
  return undefined;
}
