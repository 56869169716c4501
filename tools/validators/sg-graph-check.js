#!/usr/bin/env node
// sg-graph-check: the security-group graph of Forge's terraform-aws output, read from the emitted files.
//
//   node sg-graph-check.js <terraform-aws-dir>...
//
// For every environment root (environments/<env>/main.tf) it parses the root and each module it calls with
// HashiCorp's HCL parser (@cdktf/hcl2json), expands every security-group rule resource over its for_each (the
// module call's literal arguments, or the variable's default), and resolves each rule's group, peer and ports.
// Prints ONE JSON document:
//   {"<dir>": {"<env>": {"groups": [...], "ingress": [{address, to, from, fromPort, toPort}],
//                         "egress": [...same...], "problems": [{address, message}]}}}
// A rule whose shape it cannot resolve is a problem (never silently skipped): the graph is exact or the check fails.
// Conditional for_each (a ? b : c) takes the union of both branches: an over-approximation, so "nothing else is
// open" still holds when the graph equals the expected one.
'use strict';

const fs = require('fs');
const path = require('path');

const RULE_TYPES = new Set(['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_security_group_rule']);

async function parseDir(hcl, dir) {
  const out = { resource: {}, module: {}, variable: {}, locals: {} };
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.tf')).sort()) {
    const doc = await hcl.parse(f, fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const [type, byName] of Object.entries(doc.resource || {})) {
      out.resource[type] = Object.assign(out.resource[type] || {}, byName);
    }
    Object.assign(out.module, doc.module || {});
    Object.assign(out.variable, doc.variable || {});
  }
  return out;
}

const strip = (e) => (typeof e === 'string' && e.startsWith('${') && e.endsWith('}') ? e.slice(2, -1).trim() : e);

// Splits "a ? b : c" at the top level (no nesting in what Forge emits for for_each); null when not a conditional.
function conditional(expr) {
  let depth = 0;
  let q = -1;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === '?' && depth === 0 && q < 0) q = i;
    else if (c === ':' && depth === 0 && q >= 0) return [expr.slice(q + 1, i).trim(), expr.slice(i + 1).trim()];
  }
  return null;
}

// The instances (each.key -> each.value) of a for_each expression, or an error string.
function instances(expr, vars) {
  if (expr === undefined) return { '': {} };
  const e = strip(expr);
  if (typeof e !== 'string') return typeof e === 'object' ? e : `unsupported for_each ${JSON.stringify(expr)}`;
  const cond = conditional(e);
  if (cond) {
    const a = instances('${' + cond[0] + '}', vars);
    const b = instances('${' + cond[1] + '}', vars);
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    return Object.assign({}, a, b);
  }
  if (e === 'toset([])' || e === '{}') return {};
  let m = /^toset\(var\.([a-z0-9_]+)\)$/.exec(e);
  if (m) {
    const v = vars(m[1]);
    if (!Array.isArray(v)) return `var.${m[1]} is not a literal list`;
    return Object.fromEntries(v.map((k) => [k, k]));
  }
  m = /^var\.([a-z0-9_]+)$/.exec(e);
  if (m) {
    const v = vars(m[1]);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return `var.${m[1]} is not a literal map`;
    return v;
  }
  return `unsupported for_each ${expr}`;
}

// A rule's group or peer: a security group key ("service:api"), a module's own group ("network:endpoints"),
// a CIDR, a prefix list, or an error string.
function peer(expr, key, value, moduleName) {
  if (expr === undefined) return undefined;
  const e = strip(expr);
  if (typeof e !== 'string') return `unsupported ${JSON.stringify(expr)}`;
  if (!expr.startsWith('${')) return e; // a literal CIDR
  let m = /^aws_security_group\.this\[each\.value\.([a-z_]+)\]\.id$/.exec(e);
  if (m) return value && typeof value[m[1]] === 'string' ? value[m[1]] : `each.value.${m[1]} missing`;
  if (/^aws_security_group\.this\[each\.key\]\.id$/.test(e)) return key;
  m = /^aws_security_group\.([a-z_]+)\[0\]\.id$/.exec(e);
  if (m) return `${moduleName}:${m[1]}`;
  m = /^aws_vpc_endpoint\.gateway\["([a-z0-9-]+)"\]\.prefix_list_id$/.exec(e);
  if (m) return `prefix-list:${m[1]}`;
  return `unsupported ${expr}`;
}

function port(expr, value) {
  if (typeof expr === 'number') return expr;
  const e = strip(expr);
  if (typeof e === 'number') return e;
  if (/^each\.value\.port$/.test(e) && value && typeof value.port === 'number') return value.port;
  if (/^-?\d+$/.test(String(e))) return Number(e);
  return `unsupported port ${JSON.stringify(expr)}`;
}

async function root(hcl, outDir, env) {
  const rootDir = path.join(outDir, 'environments', env);
  const parsed = await parseDir(hcl, rootDir);
  const result = { groups: [], ingress: [], egress: [], problems: [] };
  const scopes = [{ name: '', prefix: '', doc: parsed, args: {} }];
  for (const [label, calls] of Object.entries(parsed.module)) {
    const call = calls[0];
    const dir = path.resolve(rootDir, call.source);
    scopes.push({ name: label, prefix: `module.${label}.`, doc: await parseDir(hcl, dir), args: call });
    if (label === 'network' && call.security_groups && typeof call.security_groups === 'object') {
      result.groups = Object.keys(call.security_groups).sort();
    }
  }
  for (const s of scopes) {
    const vars = (n) => (n in s.args ? s.args[n] : s.doc.variable[n] ? s.doc.variable[n][0].default : undefined);
    for (const [name, blocks] of Object.entries(s.doc.resource.aws_security_group || {})) {
      const b = blocks[0];
      if (b.ingress || b.egress) result.problems.push({ address: `${s.prefix}aws_security_group.${name}`, message: 'inline rules' });
    }
    for (const type of RULE_TYPES) {
      for (const [name, blocks] of Object.entries(s.doc.resource[type] || {})) {
        const b = blocks[0];
        const address = `${s.prefix}${type}.${name}`;
        if (type === 'aws_security_group_rule') {
          result.problems.push({ address, message: 'aws_security_group_rule is not understood; use the vpc rule resources' });
          continue;
        }
        const each = instances(b.for_each, vars);
        if (typeof each === 'string') {
          result.problems.push({ address, message: each });
          continue;
        }
        for (const [key, value] of Object.entries(each)) {
          const to = peer(b.security_group_id, key, value, s.name);
          const from = peer(b.referenced_security_group_id, key, value, s.name)
            || peer(b.cidr_ipv4, key, value, s.name) || peer(b.cidr_ipv6, key, value, s.name)
            || peer(b.prefix_list_id, key, value, s.name);
          const rule = { address: key ? `${address}["${key}"]` : address, to, from, protocol: b.ip_protocol,
            fromPort: port(b.from_port, value), toPort: port(b.to_port, value) };
          const bad = [to, from, rule.fromPort, rule.toPort].find((x) => x === undefined || String(x).startsWith('unsupported') || String(x).endsWith('missing'));
          if (bad !== undefined) result.problems.push({ address: rule.address, message: `cannot resolve: ${bad}` });
          else (type.includes('ingress') ? result.ingress : result.egress).push(rule);
        }
      }
    }
  }
  return result;
}

async function main() {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    process.stderr.write('usage: sg-graph-check.js <terraform-aws-dir>...\n');
    process.exit(2);
  }
  const hcl = require('@cdktf/hcl2json');
  const out = {};
  for (const d of dirs) {
    out[d] = {};
    const envs = path.join(d, 'environments');
    for (const env of fs.readdirSync(envs).sort()) {
      out[d][env] = await root(hcl, d, env);
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(2); });
