import { cp, mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { assertNoStackTrace } from './stack-trace.ts';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A throwaway copy of the project, for builds with other content or settings. */
export interface ProjectCopy {
  /** The copy's root folder. */
  dir: string;
  /** Writes (or overwrites) a file in the copy. */
  write(path: string, text: string): Promise<void>;
  /** Deletes a file or folder in the copy. */
  remove(path: string): Promise<void>;
  /** Runs an npm script in the copy (with `args` after it, e.g. `['--', 'file']`); returns its exit status and output. Throws when the output holds a stack trace. */
  run(script: string, env?: Record<string, string>, args?: readonly string[]): { status: number; stdout: string; stderr: string };
  /**
   * Runs an npm script in the copy as `run` does, without blocking this process meanwhile (timers,
   * such as a lock's heartbeat, keep running); resolves with its exit status and output. Rejects when
   * the output holds a stack trace.
   */
  runAsync(script: string, env?: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }>;
  /** Runs Node (this process's own binary) in the copy with `args`; returns its exit status and output. Throws when the output holds a stack trace. */
  node(args: readonly string[], env?: Record<string, string>): { status: number; stdout: string; stderr: string };
  /** Removes the copy. */
  dispose(): Promise<void>;
}

/** What a build reads from the project, besides node_modules and the content folder. */
export const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'] as const;

/**
 * The folder `build:graph` writes (the graph, the site data and their temporary files): made from the
 * content by every build, so never copied and never an input (a copy made while it is being written
 * would otherwise differ from one made after).
 */
export const GENERATED_DATA = join(ROOT, 'src', 'data');

/** Whether `path` is in GENERATED_DATA (the folder itself included). */
export const isGeneratedData = (path: string): boolean => path === GENERATED_DATA || path.startsWith(`${GENERATED_DATA}${sep}`);

/**
 * The content folder this checkout builds with: `$CONTENT_DIR` (relative to the project root, e.g.
 * tests/fixtures/good) when set, else content/.
 */
export const buildContentDir = (): string => resolve(ROOT, process.env.CONTENT_DIR ?? 'content');

/** The environment an npm script of a copy runs in: this process's, without Astro's telemetry, and `env`. */
const npmEnv = (env: Record<string, string>) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env });

/** Options for {@link copyProject}. */
export interface CopyOptions {
  /** The folder copied in as the copy's `content/` (default: the project's content/). Build the copy with CONTENT_DIR=content. */
  content?: string;
}

/**
 * Copies the project (without dist/ and GENERATED_DATA; node_modules is linked) into a temp
 * folder, so a test or the bench can change content and build without touching the working tree.
 */
export async function copyProject({ content = join(ROOT, 'content') }: CopyOptions = {}): Promise<ProjectCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'counterpoint-'));
  for (const entry of PROJECT_FILES) await cp(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (source) => !isGeneratedData(source) });
  await cp(content, join(dir, 'content'), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    remove: (path) => rm(join(dir, path), { recursive: true, force: true }),
    run(script, env = {}, args = []) {
      const result = spawnSync('npm', ['run', '--silent', script, ...args], { cwd: dir, env: npmEnv(env), encoding: 'utf8' });
      assertNoStackTrace(`npm run ${script}`, `${result.stdout}\n${result.stderr}`);
      return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
    },
    runAsync(script, env = {}) {
      return new Promise((done, fail) => {
        const child = spawn('npm', ['run', '--silent', script], { cwd: dir, env: npmEnv(env) });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', fail);
        child.on('close', (status) => {
          try {
            assertNoStackTrace(`npm run ${script}`, `${stdout}\n${stderr}`);
            done({ status: status ?? 1, stdout, stderr });
          } catch (error) {
            fail(error);
          }
        });
      });
    },
    node(args, env = {}) {
      const result = spawnSync(process.execPath, args, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
      assertNoStackTrace(`node ${args.join(' ')}`, `${result.stdout}\n${result.stderr}`);
      return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
