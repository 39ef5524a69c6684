import type { AstroGlobal } from 'astro';

/**
 * Adds `'wasm-unsafe-eval'` to this page's `script-src`, for pages that run Pagefind (its search
 * runs as WebAssembly). Call it in the frontmatter of the search page ONLY:
 *
 * ```astro
 * ---
 * import { allowWasm } from '../security/allow-wasm.ts';
 * allowWasm(Astro);
 * ---
 * ```
 *
 * `tests/gates/csp.test.ts` fails if any page but `/search/` carries it.
 * `insertScriptResource` replaces Astro's default source list, so `'self'` is added back first.
 */
export function allowWasm(astro: Pick<AstroGlobal, 'csp'>): void {
  if (!astro.csp) throw new Error("allowWasm: Astro's security.csp is off; enable it in astro.config.mjs");
  astro.csp.insertScriptResource("'self'");
  astro.csp.insertScriptResource("'wasm-unsafe-eval'");
}
