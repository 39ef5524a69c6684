import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { crossEssayClashes } from '../../../graph/clashes.ts';
import { clashCard } from '../../../og/card-layout.ts';
import { renderCard } from '../../../og/render-card.ts';
import { shortVoice } from '../../../words/reading-words.ts';

/** `/og/clashes/<relation-id>.png`: a clash's 1200×630 social card, both quotations side by side. */
export const getStaticPaths = (() => crossEssayClashes(graph).map((clash) => ({ params: { id: clash.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const clash = crossEssayClashes(graph).find((item) => item.id === params.id)!;
  const card = clashCard({
    from: { text: clash.from.text, ...(clash.from.title ? { title: clash.from.title } : {}), who: shortVoice(clash.from, clash.fromEssay) },
    to: { text: clash.to.text, ...(clash.to.title ? { title: clash.to.title } : {}), who: shortVoice(clash.to, clash.toEssay) },
    verb: clash.type,
  });
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
};
