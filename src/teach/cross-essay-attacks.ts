import type { Claim } from '../schemas/claim.ts';
import type { Graph } from '../schemas/graph.ts';
import type { Relation } from '../schemas/relation.ts';
import { distanceToThesis, isOwnClaim } from './thesis-reasons.ts';

/** A claim from another essay that rebuts one of this essay's own claims, or undercuts one of its inferences. */
export interface CrossEssayAttack {
  /** The rebuttal or undercut. */
  relation: Relation;
  /** The attacking claim, from another essay. */
  attacker: Claim;
  /** The essay's own claim that is denied, or whose bearing is denied. */
  target: Claim;
  /** For an undercut: the inference it attacks (target supports or rebuts something). */
  inference?: Relation;
  /** How far the target is from the thesis (0: the thesis itself); Infinity when it does not lead there. */
  distance: number;
}

/**
 * Every rebuttal and undercut from another essay aimed at this essay's own claims or inferences, the
 * strongest first: nearest the thesis, then rebuttals before undercuts, then those not marked
 * contestable, then in the graph's order. A rebuttal of a view the essay itself reports is no attack
 * on the essay (the author argues against that view too), so it is left out.
 */
export function crossEssayAttacks(graph: Graph, essay: string): CrossEssayAttack[] {
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const distance = distanceToThesis(graph, essay);
  const attacks: (CrossEssayAttack & { index: number })[] = [];
  graph.relations.forEach((relation, index) => {
    const attacker = claims.get(relation.from);
    if (!attacker || attacker.essay === essay || relation.type === 'supports') return;
    const inference = relation.type === 'undercuts' ? relations.get(relation.to) : undefined;
    const target = claims.get(inference ? inference.from : relation.to);
    if (!target || target.essay !== essay || !isOwnClaim(target)) return;
    if (relation.type === 'undercuts' && !inference) return;
    attacks.push({ relation, attacker, target, ...(inference ? { inference } : {}), distance: distance.get(target.id) ?? Infinity, index });
  });
  const rank = (attack: CrossEssayAttack & { index: number }) => [attack.distance, attack.relation.type === 'rebuts' ? 0 : 1, attack.relation.contestable ? 1 : 0, attack.index];
  attacks.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });
  return attacks.map(({ index: _, ...attack }) => attack);
}
