/**
 * One window's network as GraphML (http://graphml.graphdrawing.org/), which
 * Gephi, Cytoscape, igraph (R/Python) and networkx read: undirected graph, typed
 * <key> declarations for every attribute of attributes.ts (sign is the integer
 * edge key `sign`, weight the double key `weight` Gephi uses as edge weight),
 * node `label` = actor name, graph-level keys for the window and filters.
 */
import type { NetworkWindow, Networks } from '../build.ts';
import { EDGE_ATTRS, NODE_ATTRS, graphAttrs, type AttrType } from './attributes.ts';
import { xmlEscape as x, xmlNumber } from './xml.ts';

const GRAPHML_TYPE: Record<AttrType, string> = { string: 'string', integer: 'int', double: 'double' };

export function toGraphml(nets: Networks, w: NetworkWindow): string {
  const g = graphAttrs(nets, w);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const [k, v] of Object.entries(g)) {
    const type = typeof v === 'number' ? (Number.isInteger(v) && k !== 'band' && k !== 'hypotheticalWeight' ? 'int' : 'double') : typeof v === 'boolean' ? 'boolean' : 'string';
    out.push(`  <key id="g_${k}" for="graph" attr.name="${k}" attr.type="${type}"/>`);
  }
  out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
  for (const a of NODE_ATTRS) out.push(`  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>`);
  for (const a of EDGE_ATTRS) out.push(`  <key id="${a.name === 'weight' ? 'weight' : 'e_' + a.name}" for="edge" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>`);
  out.push(`  <graph id="${x(w.id)}" edgedefault="undirected">`);
  for (const [k, v] of Object.entries(g)) out.push(`    <data key="g_${k}">${x(v)}</data>`);
  for (const n of w.nodes) {
    out.push(`    <node id="${x(n.code)}">`);
    out.push(`      <data key="label">${x(n.name)}</data>`);
    for (const a of NODE_ATTRS) out.push(`      <data key="n_${a.name}">${val(a.get(n))}</data>`);
    out.push('    </node>');
  }
  w.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${x(e.a)}" target="${x(e.b)}">`);
    for (const a of EDGE_ATTRS) out.push(`      <data key="${a.name === 'weight' ? 'weight' : 'e_' + a.name}">${val(a.get(e))}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

function val(v: string | number): string {
  return typeof v === 'number' ? xmlNumber(v) : x(v);
}
