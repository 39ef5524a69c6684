import type { APIRoute } from 'astro';
import { graph } from '../../lib/site.ts';
import { absoluteUrl } from '../../urls/absolute-url.ts';
import { siteQuestionBank } from '../../lib/teach-activities.ts';
import { toGift } from '../../teach/to-gift.ts';

/** `/teach/questions.gift`: the self-check questions in GIFT, Moodle's question import format. */
export const GET: APIRoute = () =>
  new Response(toGift(siteQuestionBank, { graph, absoluteUrl }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
