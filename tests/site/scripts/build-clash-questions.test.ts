import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../../../scripts/lib/project-copy.ts';

// The check of content/clash-questions.yaml, run as the build runs it, without an Astro build: the graph
// step, then the grouping the /clashes/ pages render from (src/lib/clash-groups.ts), which throws while
// the graph step does not check the file itself. Whichever of the two reports the stale id, it must be
// reported the same way and stop the build.
const CHECK = "import { clashGroups } from './src/lib/clash-groups.ts'; clashGroups();";

describe('npm run build with a stale content/clash-questions.yaml', () => {
  let copy: ProjectCopy;
  before(async () => {
    copy = await copyProject();
  });
  after(async () => {
    await copy.dispose();
  });

  test('fails, naming the file, line and column of an unknown relation id, with a did-you-mean', async () => {
    const file = 'content/clash-questions.yaml';
    const text = await readFile(join(copy.dir, file), 'utf8');
    const match = /^( +- )([a-z0-9-]+--(?:rebuts|undercuts)--[a-z0-9-]+)$/m.exec(text);
    assert.ok(match, 'the file lists a relation id to break');
    const wrong = `${match[2]}x`;
    await copy.write(file, text.replace(match[0], `${match[1]}${wrong}`));
    const lines = text.slice(0, match.index).split('\n');
    const place = `${lines.length}:${match[1]!.length + 1}`;
    const graphStep = copy.run('build:graph');
    const run = graphStep.status !== 0 ? graphStep : copy.node(['--input-type=module', '-e', CHECK]);
    assert.notEqual(run.status, 0);
    const output = `${run.stdout}\n${run.stderr}`;
    assert.ok(output.includes(`${file}:${place}: error: "${wrong}" is not a relation id in the graph; did you mean "${match[2]}"?`), output.slice(-3000));
  });
});
