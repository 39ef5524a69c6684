import { cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ROOT, type ProjectCopy } from '../../scripts/lib/project-copy.ts';

/**
 * Puts the content this worktree builds with into a project copy's `content/`: the real essays, or
 * `$CONTENT_DIR` (e.g. tests/fixtures/good) when that is set. Build the copy with CONTENT_DIR=content.
 */
export async function useBuildContent(copy: ProjectCopy): Promise<void> {
  const contentDir = resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
  if (contentDir === join(ROOT, 'content')) return;
  await rm(join(copy.dir, 'content'), { recursive: true, force: true });
  await cp(contentDir, join(copy.dir, 'content'), { recursive: true });
}
