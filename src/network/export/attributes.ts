/**
 * The node and edge attributes every graph export (GEXF, GraphML, graphology
 * JSON) carries, so that the three formats say the same thing.
 */
import type { NetworkEdge, NetworkNode, NetworkWindow, Networks } from '../build.ts';

export type AttrType = 'string' | 'integer' | 'double';

export interface AttrDef<T> {
  name: string;
  type: AttrType;
  get(x: T): string | number;
}

export const NODE_ATTRS: AttrDef<NetworkNode>[] = [
  { name: 'name', type: 'string', get: (n) => n.name },
  { name: 'events', type: 'integer', get: (n) => n.events },
  { name: 'degree', type: 'integer', get: (n) => n.degree },
  { name: 'positive', type: 'integer', get: (n) => n.positive },
  { name: 'negative', type: 'integer', get: (n) => n.negative },
];

export const EDGE_ATTRS: AttrDef<NetworkEdge>[] = [
  { name: 'sign', type: 'integer', get: (e) => e.sign },
  { name: 'weight', type: 'double', get: (e) => e.weight },
  { name: 'events', type: 'integer', get: (e) => e.events },
  { name: 'q1', type: 'integer', get: (e) => e.q1 },
  { name: 'q2', type: 'integer', get: (e) => e.q2 },
  { name: 'q3', type: 'integer', get: (e) => e.q3 },
  { name: 'q4', type: 'integer', get: (e) => e.q4 },
  { name: 'cooperative', type: 'double', get: (e) => e.cooperative },
  { name: 'hostile', type: 'double', get: (e) => e.hostile },
  { name: 'goldstein_sum', type: 'double', get: (e) => e.goldstein },
  { name: 'goldstein_mean', type: 'double', get: (e) => e.goldsteinMean },
  { name: 'net', type: 'double', get: (e) => e.net },
  { name: 'confidence', type: 'double', get: (e) => e.confidence },
  { name: 'sources', type: 'integer', get: (e) => e.sources },
  { name: 'claimants', type: 'string', get: (e) => e.claimants.join('|') },
];

/** Graph-level attributes: which window, and how the network was made. */
export function graphAttrs(nets: Networks, w: NetworkWindow): Record<string, string | number | boolean> {
  return {
    window: w.id,
    from: w.from,
    to: w.to,
    dedup: nets.dedup,
    level: nets.level,
    windowing: nets.window,
    band: nets.band,
    weight: `${nets.weight} Goldstein (absolute value)`,
    includeNegated: nets.includeNegated,
    hypotheticalWeight: nets.hypotheticalWeight,
    events: w.events,
    creator: 'entente',
  };
}

export function describe(nets: Networks, w: NetworkWindow): string {
  return `entente signed network, window ${w.id} (${w.from} to ${w.to}), level ${nets.level}, de-duplication ${nets.dedup}, ` +
    `sign band ${nets.band}, weight ${nets.weight} Goldstein, negated ${nets.includeNegated ? 'included' : 'excluded'}, ` +
    `hypothetical/predicted weight ${nets.hypotheticalWeight}`;
}
