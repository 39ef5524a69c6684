/**
 * Every environment variable the build, its steps and its helper scripts read, in one zod schema,
 * checked before any work (scripts/lib/error-boundary.ts runs `readBuildEnv` first in every npm script).
 * A bad value is one line naming the variable, the value, what is wrong and what to set instead.
 * README.md ("Environment variables") lists the same variables; tests/unit/env/build-env.test.ts
 * checks the two agree.
 */
import { statSync, accessSync, constants } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { siteAddress, SiteAddressError } from '../urls/site-address.ts';

/** A yes/no switch as people type it; unset or empty is no. */
const SWITCH = /^(1|0|true|false|yes|no)?$/i;

/** A whole number at least 1, as typed, or unset. */
const wholeNumber = (name: string, example: number) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '' || (/^\d+$/.test(value.trim()) && Number(value) >= 1), {
      error: (issue) => `${name}=${JSON.stringify(issue.input)} is not a whole number above 0: unset it or give one, e.g. ${name}=${example}`,
    });

/** A path as typed: no NUL (no file system accepts it), not empty when set. */
const pathValue = (name: string, what: string) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || !value.includes('\0'), { error: `${name} holds a NUL character: set it to ${what}` });

/** The build's environment. Every field is optional: unset means the documented default. */
export const BuildEnvSchema = z.object({
  /** The public origin the site is served from (https://host), for absolute URLs; unset: none are written. */
  SITE: z.string().optional(),
  /** The path the site is served under (/course/argmap/); default "/". */
  BASE: z.string().optional(),
  /** The content folder (essays, sources, ledger), relative to the project; default "content". */
  CONTENT_DIR: pathValue('CONTENT_DIR', 'the content folder, e.g. CONTENT_DIR=content'),
  /** How many claims the top map page holds before it splits into branch pages; default 60. */
  MAP_TOP_CLAIMS: wholeNumber('MAP_TOP_CLAIMS', 60),
  /** 1: a new site with nothing published yet, so the ledger may be missing (and is created). */
  NEW_SITE: z
    .string()
    .optional()
    .refine((value) => value === undefined || SWITCH.test(value.trim()), {
      error: (issue) => `NEW_SITE=${JSON.stringify(issue.input)} is not a yes or no: set NEW_SITE=1 for a new site with nothing published yet, or unset it`,
    }),
  /** Pagefind's binary, to use instead of the one its npm package ships. */
  PAGEFIND_BINARY_PATH: pathValue('PAGEFIND_BINARY_PATH', 'the path of the pagefind binary, or unset it'),
  /** The folder a build step writes the site into (npm run build sets it to its staging folder); default dist. */
  OUT_DIR: pathValue('OUT_DIR', 'a folder, e.g. OUT_DIR=dist'),
  /** No longer read (it was an alias of OUT_DIR): set, it is refused with a line saying to set OUT_DIR. */
  DIST_DIR: z
    .string()
    .optional()
    .refine((value) => value === undefined, {
      error: (issue) => `DIST_DIR=${JSON.stringify(issue.input)} is no longer read: every build step writes to OUT_DIR; set OUT_DIR=${JSON.stringify(issue.input)} instead and unset DIST_DIR`,
    }),
  /** Where build:graph writes the graph; default src/data/graph.json. */
  GRAPH_OUT: pathValue('GRAPH_OUT', 'a file, e.g. GRAPH_OUT=src/data/graph.json'),
  /** Set by npm run build for its steps: the token of the build lock they run under. */
  BUILD_LOCK: z.string().optional(),
  /** Set by npm: the folder the command was typed in (new-essay resolves the capture's path from it). */
  INIT_CWD: z.string().optional(),
  /** The Chromium the benchmark and browser tests drive; default /usr/bin/chromium. */
  CHROMIUM_PATH: pathValue('CHROMIUM_PATH', 'the path of a Chromium binary'),
  /** Benchmark: runs per measure (default 3). */
  BENCH_RUNS: wholeNumber('BENCH_RUNS', 3),
  /** Benchmark: how many times the content is copied for the large site (default 50). */
  BENCH_SCALE: wholeNumber('BENCH_SCALE', 50),
  /** Benchmark: phone runs (default 5, or 1 with BENCH_RUNS=1). */
  BENCH_PHONE_RUNS: wholeNumber('BENCH_PHONE_RUNS', 5),
  /** Benchmark: 0 skips the phone measures. */
  BENCH_PHONE: z.string().optional(),
  /** Benchmark: 0 skips the map measures. */
  BENCH_MAP: z.string().optional(),
  /** Benchmark: 0 skips Lighthouse. */
  BENCH_LIGHTHOUSE: z.string().optional(),
  /** Benchmark: the content sizes measured besides the real one, as whole numbers with commas ("10,50", the default). */
  BENCH_SCALES: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, { error: (issue) => `BENCH_SCALES=${JSON.stringify(issue.input)} is not a list of whole numbers: set it like BENCH_SCALES=10,50 (or 0 for none)` })
    .optional(),
  /** The fuzzer (tests/unit/compile/fuzz-markup.test.ts): runs beyond the suite's fixed number. */
  FUZZ_RUNS: wholeNumber('FUZZ_RUNS', 200),
  /** The fuzzer's seed (default fixed, so the suite is repeatable). */
  FUZZ_SEED: z.string().optional(),
  /** Hosts' own address variables (read by src/urls); accepted as they are. */
  URL: z.string().optional(),
  /** Netlify: the deploy context. */
  CONTEXT: z.string().optional(),
  /** Netlify: a deploy preview's address. */
  DEPLOY_PRIME_URL: z.string().optional(),
  /** Cloudflare Pages: the deployment's address. */
  CF_PAGES_URL: z.string().optional(),
  /** Vercel: the production address. */
  VERCEL_PROJECT_PRODUCTION_URL: z.string().optional(),
});

/** The build's environment, checked. */
export type BuildEnv = z.output<typeof BuildEnvSchema>;

/** The variables the build reads, for the README check. */
export const BUILD_ENV_NAMES = Object.keys(BuildEnvSchema.shape) as Array<keyof BuildEnv>;

/** One or more bad environment variables; `problems` are one line each, fit to print as they are. */
export class BuildEnvError extends Error {
  override name = 'BuildEnvError';
  /** One line per bad variable. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

// Percent-encoded ".", "/", "\" and NUL: a browser decodes them, so "%2e%2e" climbs out of the base;
// and "%" itself, since a server or proxy that decodes twice turns "%252e" into "." the same way.
const ENCODED = /%(2e|2f|5c|00|25)/i;
const ENCODED_NAMES: Record<string, string> = { '2e': '"."', '2f': 'slash', '5c': 'slash', '00': 'NUL', '25': '"%" (decoded twice by some servers, it hides a "." or "/")' };

/** BASE problems the address check does not see: encoded dots and slashes, control characters. */
function baseProblem(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const example = 'set it to the path the site is served under, e.g. BASE=/course/argmap/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return `BASE=${JSON.stringify(value)} holds a control character: ${example}`;
  const encoded = ENCODED.exec(value);
  if (encoded) {
    return `BASE=${JSON.stringify(value)} holds "${encoded[0]}", a percent-encoded ${ENCODED_NAMES[encoded[1]!.toLowerCase()]}, which browsers decode, so links could resolve outside the base: write the path plainly; ${example}`;
  }
  return undefined;
}

/** Why `path` cannot be the folder `name` names, or undefined. */
function folderProblem(name: string, value: string, path: string, mustExist: boolean): string | undefined {
  try {
    const info = statSync(path);
    if (!info.isDirectory()) return `${name}=${JSON.stringify(value)} is a file (${path}), not a folder: point ${name} at a folder`;
    return undefined;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return mustExist ? `${name}=${JSON.stringify(value)}: there is no folder ${path}: create it or point ${name} at the content folder (default: content)` : undefined;
    if (code === 'ENOTDIR') return `${name}=${JSON.stringify(value)}: part of ${path} is a file, not a folder: point ${name} at a folder`;
    return `${name}=${JSON.stringify(value)}: cannot read ${path} (${code ?? (cause as Error).message})`;
  }
}

/** Why the file `name` names cannot be written, or undefined. */
function outFileProblem(name: string, value: string, path: string): string | undefined {
  try {
    if (statSync(path).isDirectory()) return `${name}=${JSON.stringify(value)} is a folder (${path}): point ${name} at a file, e.g. ${name}=src/data/graph.json`;
    return undefined;
  } catch {
    // Missing is fine (it is written), unless a file stands where one of its folders would be.
  }
  for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
    const info = statSync(folder, { throwIfNoEntry: false });
    if (!info) continue;
    return info.isDirectory() ? undefined : `${name}=${JSON.stringify(value)}: ${folder} is a file, so no folder can be made there for ${path}: point ${name} at a file in a folder`;
  }
  return undefined;
}

/**
 * Why an output (`name`, resolved to `path`) must not go where it points: into the content folder, which
 * holds what people write (the build writes there, and replaces an out folder wholesale), or over the
 * content folder or the project itself. Undefined when it is elsewhere.
 */
function outputOverlapProblem(name: string, value: string, path: string, content: string, root: string): string | undefined {
  const inside = (child: string, parent: string) => {
    const way = relative(parent, child);
    return way === '' || (!way.startsWith('..') && !isAbsolute(way));
  };
  const fix = name === 'GRAPH_OUT' ? 'e.g. GRAPH_OUT=src/data/graph.json' : `e.g. ${name}=dist`;
  if (inside(path, content)) return `${name}=${JSON.stringify(value)} is inside the content folder (${content}), which holds what people write: the build would write its output among the essays; point ${name} outside it, ${fix}`;
  if (name !== 'GRAPH_OUT' && (inside(content, path) || inside(root, path))) return `${name}=${JSON.stringify(value)} holds the ${inside(root, path) ? 'project' : 'content folder'} (${path}), and the build replaces its out folder whole: point ${name} at a folder of its own, ${fix}`;
  return undefined;
}

/** Every output variable that points into (or over) the content folder or the project. */
function overlapProblems(value: BuildEnv, root: string): string[] {
  const content = resolve(root, value.CONTENT_DIR?.trim() ? value.CONTENT_DIR : 'content');
  return (['OUT_DIR', 'GRAPH_OUT'] as const).flatMap((name) => {
    const given = value[name];
    if (given === undefined || given.trim() === '' || given.includes('\0')) return [];
    return [outputOverlapProblem(name, given, resolve(root, given), content, root)].filter((why) => why !== undefined);
  });
}

/** Why PAGEFIND_BINARY_PATH cannot be run, or undefined. */
function binaryProblem(value: string, path: string): string | undefined {
  const fix = 'point it at the pagefind binary, or unset it to use the one the pagefind npm package ships';
  try {
    const info = statSync(path);
    if (!info.isFile()) return `PAGEFIND_BINARY_PATH=${JSON.stringify(value)} is not a file: ${fix}`;
    accessSync(path, constants.X_OK);
    return undefined;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EACCES') return `PAGEFIND_BINARY_PATH=${JSON.stringify(value)} is not executable: chmod +x it, or ${fix}`;
    return `PAGEFIND_BINARY_PATH=${JSON.stringify(value)}: there is no such file: ${fix}`;
  }
}

/**
 * Checks the environment `env` for a project at `root` and returns it parsed; throws a BuildEnvError
 * listing every bad variable (all of them, not the first). Reads the file system only to check the
 * paths named (the content folder exists, the out folder is not a file, Pagefind's binary runs).
 */
export function readBuildEnv(env: Record<string, string | undefined>, root: string): BuildEnv {
  const problems: string[] = [];
  const parsed = BuildEnvSchema.safeParse(env);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => issue.message));
  const value = parsed.success ? parsed.data : (env as BuildEnv);
  const base = baseProblem(value.BASE);
  if (base) problems.push(base);
  else {
    try {
      siteAddress(value);
    } catch (cause) {
      if (!(cause instanceof SiteAddressError)) throw cause;
      problems.push(cause.message);
    }
  }
  const content = value.CONTENT_DIR;
  if (content !== undefined && !content.includes('\0')) {
    if (content.trim() === '') problems.push('CONTENT_DIR is set but empty: unset it (the content folder is then content/) or name a folder');
    else {
      const why = folderProblem('CONTENT_DIR', content, resolve(root, content), true);
      if (why) problems.push(why);
    }
  }
  const dir = value.OUT_DIR;
  if (dir !== undefined && !dir.includes('\0')) {
    if (dir.trim() === '') problems.push('OUT_DIR is set but empty: unset it (the site is then written to dist/) or name a folder');
    else {
      const why = folderProblem('OUT_DIR', dir, resolve(root, dir), false);
      if (why) problems.push(why);
    }
  }
  if (value.GRAPH_OUT !== undefined && !value.GRAPH_OUT.includes('\0')) {
    const why = value.GRAPH_OUT.trim() === '' ? 'GRAPH_OUT is set but empty: unset it or name a file' : outFileProblem('GRAPH_OUT', value.GRAPH_OUT, resolve(root, value.GRAPH_OUT));
    if (why) problems.push(why);
  }
  problems.push(...overlapProblems(value, root));
  const pagefind = value.PAGEFIND_BINARY_PATH;
  if (pagefind !== undefined && pagefind !== '' && !pagefind.includes('\0')) {
    const why = binaryProblem(pagefind, resolve(root, pagefind));
    if (why) problems.push(why);
  }
  if (problems.length > 0) throw new BuildEnvError(problems);
  return value;
}
