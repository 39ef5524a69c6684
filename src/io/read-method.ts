import { readFileSync } from 'node:fs';
import { contentFile } from './content-dir.ts';

/** Reads `$CONTENT_DIR/method.md`, our account of how the essays were read; undefined when the content has none. */
export function readMethod(file = contentFile('method.md')): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${file}: cannot read the method page's text`, { cause });
  }
}
