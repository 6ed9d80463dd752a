/**
 * Networks in graphology's serialisation format
 * (https://graphology.github.io/serialization.html): each window is
 * `{attributes, options: {type: 'undirected', multi: false, allowSelfLoops: false},
 * nodes: [{key, attributes}], edges: [{key, source, target, attributes}]}` that
 * `Graph.from(json)` loads as is. The export is a JSON array of these, one per
 * window in time order; each graph's attributes say its window and the filters
 * (attributes.ts graphAttrs).
 */
import type { NetworkWindow, Networks } from '../build.ts';
import { EDGE_ATTRS, NODE_ATTRS, graphAttrs } from './attributes.ts';

export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'undirected'; multi: false; allowSelfLoops: false };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

export function toGraphology(nets: Networks, w: NetworkWindow): SerializedGraph {
  return {
    attributes: graphAttrs(nets, w),
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    nodes: w.nodes.map((n) => ({ key: n.code, attributes: { label: n.name, ...Object.fromEntries(NODE_ATTRS.map((a) => [a.name, a.get(n)])) } })),
    edges: w.edges.map((e) => ({
      key: `${e.a}--${e.b}`,
      source: e.a,
      target: e.b,
      attributes: { ...Object.fromEntries(EDGE_ATTRS.map((a) => [a.name, a.get(e)])), claimants: e.claimants },
    })),
  };
}

export function toJson(nets: Networks): string {
  return JSON.stringify(nets.windows.map((w) => toGraphology(nets, w)), null, 1) + '\n';
}
