/**
 * The project's import rules, checked by `npm run check` (dependency-cruiser over .ts/.mjs; the same
 * rules over the frontmatter and scripts of .astro files by scripts/check-astro-imports.ts, since
 * dependency-cruiser cannot read .astro).
 *
 * The compiler (src/compile, src/io, and the checks in src/ledger and src/teach) and the site meet only
 * at what `build:graph` writes under src/data/: the site never reads content itself.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'site-reads-only-src-data',
      comment:
        'The site (everything in src/ but compile/, io/, ledger/, teach/) may not import the compiler or the content readers: ' +
        'have build:graph write what the page needs under src/data/ (see src/schemas/site-data.ts) and read it from src/lib/site.ts.',
      severity: 'error',
      // content.config.ts is Astro's content collection: Astro renders the essays' Markdown itself, from the
      // content folder io/content-dir.ts names (the one exception, and it reads no file itself).
      from: { path: '^src/', pathNot: ['^src/(compile|io|ledger|teach)/', '^src/content[.]config[.]ts$'] },
      to: { path: '^src/(compile|io)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/data/' },
  },
};
