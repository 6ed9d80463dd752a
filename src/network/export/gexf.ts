/**
 * One window's network as GEXF 1.3 (https://gexf.net/schema.html), the format
 * Gephi reads natively: undirected static graph, node label = actor name, edge
 * weight, and every attribute of attributes.ts declared and typed (sign is the
 * integer edge attribute `sign`). Edges are also coloured for Gephi (viz:color:
 * green +, red −, grey 0).
 */
import type { NetworkWindow, Networks } from '../build.ts';
import { EDGE_ATTRS, NODE_ATTRS, describe, type AttrType } from './attributes.ts';
import { xmlEscape as x, xmlNumber } from './xml.ts';

const GEXF_TYPE: Record<AttrType, string> = { string: 'string', integer: 'integer', double: 'double' };
const COLOR: Record<number, string> = { 1: 'r="46" g="160" b="67"', [-1]: 'r="214" g="39" b="40"', 0: 'r="150" g="150" b="150"' };

export function toGexf(nets: Networks, w: NetworkWindow, today = new Date().toISOString().slice(0, 10)): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">');
  out.push(`  <meta lastmodifieddate="${x(today)}">`);
  out.push('    <creator>entente</creator>');
  out.push(`    <description>${x(describe(nets, w))}</description>`);
  out.push('  </meta>');
  out.push('  <graph mode="static" defaultedgetype="undirected">');
  out.push('    <attributes class="node">');
  for (const a of NODE_ATTRS) out.push(`      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  for (const a of EDGE_ATTRS) out.push(`      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>`);
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of w.nodes) {
    out.push(`      <node id="${x(n.code)}" label="${x(n.name)}">`);
    out.push('        <attvalues>');
    for (const a of NODE_ATTRS) out.push(`          <attvalue for="${a.name}" value="${val(a.get(n))}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  w.edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${x(e.a)}" target="${x(e.b)}" weight="${xmlNumber(e.weight)}">`);
    out.push('        <attvalues>');
    for (const a of EDGE_ATTRS) out.push(`          <attvalue for="${a.name}" value="${val(a.get(e))}"/>`);
    out.push('        </attvalues>');
    out.push(`        <viz:color ${COLOR[e.sign]}/>`);
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

function val(v: string | number): string {
  return typeof v === 'number' ? xmlNumber(v) : x(v);
}
