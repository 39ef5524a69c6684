/**
 * The claims a browser loop visits instead of every claim: a sample chosen by structure, so it keeps
 * covering every shape the pages draw as the content grows, at a size that does not grow with it.
 */
import type { Graph } from '../../src/schemas/graph.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import { CLAIM_KINDS } from '../../src/schemas/claim.ts';

/** Why a claim is in the sample (each reason names the structure it stands for). */
export type SampleReason =
  | 'first in its essay'
  | 'last in its essay'
  | `kind ${Claim['kind']}`
  | 'notes both ways'
  | 'note out only'
  | 'note in only'
  | 'across essays'
  | 'undercuts'
  | 'undercut'
  | 'reported with a holder'
  | 'reported without a holder'
  | 'longest';

/** One sampled claim and every reason it was chosen for. */
export interface SampledClaim {
  /** The claim. */
  claim: Claim;
  /** Why it is in the sample, in the order the reasons were found. */
  reasons: SampleReason[];
}

/**
 * Samples `graph`'s claims by structure: the first and last claim (by position) of every essay; the
 * first claim of every kind; a claim whose note lists relations both ways (it relates to a claim and
 * one relates to it), one with relations out only and one in only; one in a relation across essays;
 * an undercutter and the claim whose relation it undercuts; a reported claim with a holder and one
 * without; the longest claim. Pure and deterministic; each claim once, in the graph's order.
 */
export function sampleClaims(graph: Pick<Graph, 'essays' | 'claims' | 'relations'>): SampledClaim[] {
  const chosen = new Map<string, SampleReason[]>();
  const pick = (claim: Claim | undefined, reason: SampleReason) => {
    if (!claim) return;
    const reasons = chosen.get(claim.id) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    chosen.set(claim.id, reasons);
  };
  const byId = new Map(graph.claims.map((claim) => [claim.id, claim]));
  for (const essay of graph.essays) {
    const own = graph.claims.filter((claim) => claim.essay === essay.id).sort((a, b) => a.n - b.n);
    pick(own[0], 'first in its essay');
    pick(own.at(-1), 'last in its essay');
  }
  for (const kind of CLAIM_KINDS) pick(graph.claims.find((claim) => claim.kind === kind), `kind ${kind}`);
  const out = new Set(graph.relations.map((relation) => relation.from));
  const into = new Set(graph.relations.filter((relation) => byId.has(relation.to)).map((relation) => relation.to));
  pick(graph.claims.find((claim) => out.has(claim.id) && into.has(claim.id)), 'notes both ways');
  pick(graph.claims.find((claim) => out.has(claim.id) && !into.has(claim.id)), 'note out only');
  pick(graph.claims.find((claim) => !out.has(claim.id) && into.has(claim.id)), 'note in only');
  const across = graph.relations.find((relation) => byId.has(relation.to) && byId.get(relation.from)?.essay !== byId.get(relation.to)?.essay);
  if (across) pick(byId.get(across.from), 'across essays');
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const undercut = graph.relations.find((relation) => relation.type === 'undercuts');
  if (undercut) {
    pick(byId.get(undercut.from), 'undercuts');
    pick(byId.get(relations.get(undercut.to)?.from ?? ''), 'undercut');
  }
  pick(graph.claims.find((claim) => claim.kind === 'reported' && claim.holder), 'reported with a holder');
  pick(graph.claims.find((claim) => claim.kind === 'reported' && !claim.holder), 'reported without a holder');
  pick(graph.claims.reduce<Claim | undefined>((longest, claim) => (!longest || claim.text.length > longest.text.length ? claim : longest), undefined), 'longest');
  return graph.claims.filter((claim) => chosen.has(claim.id)).map((claim) => ({ claim, reasons: chosen.get(claim.id)! }));
}
