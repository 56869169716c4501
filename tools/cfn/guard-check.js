#!/usr/bin/env node
'use strict';
// guard-check: cfn-guard 3.1.1 (the binary shipped in npm @cdklabs/cdk-validator-cfnguard) with the AWS Control
// Tower rules shipped beside it (rules/control-tower/cfn-guard, one .guard file per control), run ONCE over every
// template. cfn-guard itself skips a resource whose Metadata.guard.SuppressedRules names the rule; every failure left
// is a finding CFN-GUARD naming the rule, the Control Tower control ID and the resource. A suppression must be
// documented: each rule named in Metadata.guard.SuppressedRules must be a rule of the rule files and have a
// non-empty reason in Metadata["forge:suppressions"] ({rule, reason}); otherwise CFN-GUARD-SUPPRESSION.
//   node guard-check.js <file-or-dir>...   -> one JSON report; exit 0 when it ran
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const PKG = path.join(__dirname, 'node_modules', '@cdklabs', 'cdk-validator-cfnguard');
const RULES = path.join(PKG, 'rules', 'control-tower', 'cfn-guard');

function binary() {
  const os = process.platform === 'darwin' ? 'macos' : process.platform === 'linux' ? 'ubuntu' : null;
  const arch = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : null;
  if (!os || !arch) throw new Error(`no cfn-guard binary for ${process.platform}/${process.arch} in ${PKG}/bin`);
  return path.join(PKG, 'bin', os, arch, 'cfn-guard');
}

/**
 * cfn-guard's time grows with the size of the document times the number of rules (a 126-resource template against
 * the 237 rule files takes minutes; each rule alone on the whole document 0.5-2 s). So each rule file is run only on
 * what it can read: the rule files are grouped by the resource types they name ("AWS::..." in the file: the type
 * they report on and the types they follow references into), and each group runs once, in one cfn-guard process,
 * over every template cut down to the resources of those types plus every resource they refer to (Ref,
 * Fn::GetAtt, Fn::Sub; one level) when a rule file looks references up (query_for_resource, e.g. CT.LAMBDA.PR.2
 * checks that a SourceArn Ref names a resource of the template, and reads nothing further). Logical IDs, Parameters and Conditions are kept, so paths and references are the same; resources of
 * other types do not change a rule, which selects by Type. A group none of whose types occurs in any template is not
 * run (cfn-guard would SKIP it). A rule file naming no type gets whole templates.
 */
function runGroup({ types, rules, data }) {
  const args = ['validate', '--structured', '--output-format', 'json', '--show-summary', 'none'];
  rules.forEach((r) => args.push('--rules', r));
  data.forEach(([name]) => args.push('--data', name));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(binary(), args, { encoding: 'utf8', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      if (err && err.code !== 19) { reject(new Error(`cfn-guard failed (exit ${err.code}): ${stderr || err.message}`)); return; }
      if (process.env.FORGE_CFN_GUARD_DEBUG) process.stderr.write(`guard ${Date.now() - started} ms: ${rules.length} rule files over ${types.join(', ') || 'whole templates'}\n`);
      const back = new Map(data.map(([name, file]) => [path.resolve(name), file]));
      const entries = JSON.parse(stdout);
      for (const entry of entries) entry.name = back.get(path.resolve(entry.name)) || entry.name;
      resolve(entries);
    });
  });
}

/** Logical ID -> the resources of the template it refers to (Ref, Fn::GetAtt, Fn::Sub placeholders, DependsOn). */
function referencesByResource(template) {
  const resources = template.Resources || {};
  const out = new Map();
  for (const [id, r] of Object.entries(resources)) {
    const refs = new Set();
    const add = (x) => { if (typeof x === 'string' && x in resources) refs.add(x); };
    const walk = (v) => {
      if (Array.isArray(v)) { v.forEach(walk); return; }
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if (k === 'Ref') add(x);
        else if (k === 'Fn::GetAtt') add(typeof x === 'string' ? x.split('.')[0] : Array.isArray(x) ? x[0] : null);
        else if (k === 'Fn::Sub') {
          const text = typeof x === 'string' ? x : Array.isArray(x) ? x[0] : '';
          for (const m of String(text).matchAll(/\$\{([^!}.][^}.]*)[^}]*}/g)) add(m[1].trim());
        }
        walk(x);
      }
    };
    walk(r && r.Properties);
    [].concat((r && r.DependsOn) || []).forEach(add);
    out.set(id, refs);
  }
  return out;
}

async function runGuard(templates, files) {
  const os = require('os');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-cfn-guard-'));
  try {
    const groups = new Map();
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const types = [...new Set(text.match(/"AWS::[A-Za-z0-9]+::[A-Za-z0-9]+"/g) || [])].map((t) => t.slice(1, -1)).sort();
      const refs = /query_for_resource|INPUT_DOCUMENT\.Resources/.test(text); // the rule looks references up
      const key = `${refs} ${types.join(' ')}`;
      if (!groups.has(key)) groups.set(key, { types, refs, rules: [] });
      groups.get(key).rules.push(f);
    }
    const refsOf = templates.map(({ template }) => referencesByResource(template));
    const jobs = [];
    let g = 0;
    for (const { types, refs, rules } of groups.values()) {
      const data = [];
      templates.forEach(({ file, template }, i) => {
        const all = template.Resources || {};
        const keep = Object.keys(all).filter((id) => !types.length || (all[id] && types.includes(all[id].Type)));
        if (!keep.length) return;
        const seen = new Set(keep);
        for (let k = 0; refs && k < keep.length; k++) { // one level: the rules look a reference up, not through it
          for (const ref of refsOf[i].get(keep[k]) || []) if (!seen.has(ref)) seen.add(ref);
        }
        const resources = {};
        Object.keys(all).filter((id) => seen.has(id)).forEach((id) => { resources[id] = all[id]; });
        const cut = { AWSTemplateFormatVersion: '2010-09-09', Parameters: template.Parameters, Conditions: template.Conditions,
          Resources: resources };
        const name = path.join(tmp, `g${g}-t${i}.json`);
        fs.writeFileSync(name, JSON.stringify(cut));
        data.push([name, file, Object.keys(resources).length]);
      });
      g++;
      // a big group (many roles and policies, say) is split over the cores, by template
      const size = data.reduce((n, d) => n + d[2], 0);
      const parts = size > 100 ? Math.min(data.length, os.cpus().length) : 1;
      for (let p = 0; p < parts; p++) {
        const chunk = data.filter((d, k) => k % parts === p);
        if (chunk.length) jobs.push({ types, rules, data: chunk });
      }
    }
    // the groups are independent: run as many cfn-guard processes at once as there are cores
    const results = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await runGroup(jobs[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs.length, Math.max(1, os.cpus().length)) }, worker));
    const entries = results.flat();
    return entries;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Every rule file and the top-level rule names it defines. */
function ruleFiles() {
  const files = [];
  const walk = (d) => fs.readdirSync(d).sort().forEach((e) => {
    const p = path.join(d, e);
    if (fs.statSync(p).isDirectory()) walk(p); else if (e.endsWith('.guard')) files.push(p);
  });
  walk(RULES);
  const names = new Set();
  for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(/^rule\s+([A-Za-z0-9_]+)/gm)) names.add(m[1]);
  return { files, names };
}

function resourcesIn(node, out) {
  if (Array.isArray(node)) { node.forEach((x) => resourcesIn(x, out)); return; }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'path' && typeof v === 'string') {
      const m = /^\/Resources\/([^/]+)/.exec(v);
      if (m) out.add(m[1]);
    } else {
      resourcesIn(v, out);
    }
  }
}

function messageOf(node) {
  let found = null;
  const walk = (n) => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    const cm = n.messages && n.messages.custom_message;
    if (typeof cm === 'string' && /\[CT\.[A-Z0-9.]+]/.test(cm)) { found = cm; return; }
    Object.values(n).forEach(walk);
  };
  walk(node);
  if (!found) return '';
  const text = found.replace(/\s+/g, ' ').trim();
  return text.replace(/\s*\[FIX]:.*$/, '');
}

async function check(templates) {
  const findings = [];
  const { files, names } = ruleFiles();
  // documented suppressions
  for (const { file, template } of templates) {
    for (const [id, r] of Object.entries(template.Resources || {})) {
      const meta = (r && r.Metadata) || {};
      const rules = (meta.guard && meta.guard.SuppressedRules) || [];
      const reasons = Array.isArray(meta['forge:suppressions']) ? meta['forge:suppressions'] : [];
      for (const rule of [].concat(rules)) {
        if (!names.has(rule)) {
          findings.push({ file, resource: id, check: 'guard', code: 'CFN-GUARD-SUPPRESSION', message: `suppresses '${rule}', which no Control Tower rule file defines` });
        }
        const why = reasons.find((s) => s && s.rule === rule);
        if (!why || typeof why.reason !== 'string' || !why.reason.trim()) {
          findings.push({ file, resource: id, check: 'guard', code: 'CFN-GUARD-SUPPRESSION', message: `suppresses '${rule}' without a reason in Metadata["forge:suppressions"]` });
        }
      }
    }
  }
  if (!templates.length) return { ruleFiles: files.length, findings, suppressed: [], unused: [] };
  const report = await runGuard(templates, files);
  const byFile = new Map(templates.map((t) => [t.file, t.template]));
  const suppressedRules = (file, id) => {
    const r = id && byFile.has(file) ? (byFile.get(file).Resources || {})[id] : null;
    const rules = r && r.Metadata && r.Metadata.guard && r.Metadata.guard.SuppressedRules;
    return new Set([].concat(rules || []));
  };
  const suppressed = [];
  const used = new Set();
  for (const entry of report) {
    for (const nc of entry.not_compliant || []) {
      const rule = nc.Rule ? nc.Rule.name : JSON.stringify(nc).slice(0, 80);
      const ids = new Set();
      resourcesIn(nc, ids);
      const msg = messageOf(nc);
      for (const id of (ids.size ? [...ids].sort() : [''])) {
        if (suppressedRules(entry.name, id).has(rule)) {
          suppressed.push({ file: entry.name, resource: id, rule });
          used.add(`${entry.name}\u0000${id}\u0000${rule}`);
          continue;
        }
        findings.push({ file: entry.name, resource: id, check: 'guard', code: 'CFN-GUARD',
          message: `${rule}${msg ? ' ' + msg : ''} (fix it, or suppress: Metadata.guard.SuppressedRules [${rule}] with a reason)` });
      }
    }
  }
  const unused = [];
  for (const { file, template } of templates) {
    for (const id of Object.keys(template.Resources || {})) {
      for (const rule of suppressedRules(file, id)) if (!used.has(`${file}\u0000${id}\u0000${rule}`)) unused.push({ file, resource: id, rule });
    }
  }
  return { ruleFiles: files.length, findings, suppressed, unused };
}

module.exports = { check };

if (require.main === module) require('./lib/cli').main(['guard']);
