#!/usr/bin/env node
// tf-check: offline static checker for Terraform trees emitted by Forge.
//
//   node tf-check.js <root-dir> [--schema FILE]
//
// Parses every .tf file under <root-dir> with HashiCorp's HCL parser (@cdktf/hcl2json,
// wasm), treats every directory holding .tf files as a module, and checks resources,
// data sources, references, module calls, variables and outputs against the AWS
// provider schema in schema/aws-provider-6.25.json. Prints ONE JSON document:
//   {"files": N, "findings": [{"file", "address", "code", "message"}]}
// Exit 0 whenever the check ran (findings are data); exit 2 on usage error or crash.
// See README.md for the finding codes and the limits of the check.
'use strict';

const fs = require('fs');
const path = require('path');

const DEFAULT_SCHEMA = path.join(__dirname, 'schema', 'aws-provider-6.25.json');

// Meta-arguments allowed at the top of resource / data blocks.
const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);
const DATA_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle']);
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const DYNAMIC_KEYS = new Set(['for_each', 'iterator', 'labels', 'content']);
const VALID_SUB = {
  each: new Set(['key', 'value']),
  count: new Set(['index']),
  path: new Set(['module', 'root', 'cwd']),
  terraform: new Set(['workspace', 'applying']),
};

// ---------------------------------------------------------------------------
// schema
// ---------------------------------------------------------------------------
function loadSchema(file) {
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  const extra = s.extra || {};
  return {
    resources: { ...(extra.resources || {}), ...s.resources },
    data: { ...(extra.data_sources || {}), ...s.data_sources },
    // ephemeral resources (Terraform >= 1.10): `ephemeral "T" "N" {}`, read as ephemeral.T.N
    ephemeral: { ...(extra.ephemeral_resources || {}), ...(s.ephemeral_resources || {}) },
  };
}

// ---------------------------------------------------------------------------
// expressions (hcl2json gives them as template strings, e.g. "${var.x}-y")
// ---------------------------------------------------------------------------
function isTemplate(s) {
  return typeof s === 'string' && (s.includes('${') || s.includes('%{'));
}

function heredoc(s) {
  let tag = 'EOT_FORGE_CHECK';
  const lines = new Set(s.split('\n').map((l) => l.trim()));
  while (lines.has(tag)) tag += '_X';
  return `<<${tag}\n${s}\n${tag}\n`;
}

// Flattened reference: [{k:'name'|'index'|'splat', v}]
function segsOf(traversal) {
  return traversal.map((p) => (p.type === 'nameTraversal' ? { k: 'name', v: p.segment } : { k: 'index', v: p.segment }));
}

// ---------------------------------------------------------------------------
// the checker
// ---------------------------------------------------------------------------
class Checker {
  constructor(hcl, schema) {
    this.hcl = hcl;
    this.schema = schema;
    this.findings = [];
    this.astCache = new Map();
    this.unparsed = 0;
  }

  add(file, address, code, message) {
    this.findings.push({ file, address, code, message });
  }

  async ast(str) {
    if (this.astCache.has(str)) return this.astCache.get(str);
    let a = null;
    try {
      a = await this.hcl.getExpressionAst('expr.tf', heredoc(str));
    } catch (e) {
      this.unparsed++;
      a = null;
    }
    this.astCache.set(str, a);
    return a;
  }

  // ------------------------------------------------------------ loading
  async load(root) {
    this.root = root;
    const dirs = new Map(); // abs dir -> [abs files]
    const walk = (d) => {
      let ents;
      try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch (e) { return; }
      for (const e of ents) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          if (e.name.startsWith('.') || e.name === 'node_modules') continue;
          walk(p);
        } else if (e.isFile() && e.name.endsWith('.tf')) {
          if (!dirs.has(d)) dirs.set(d, []);
          dirs.get(d).push(p);
        }
      }
    };
    walk(root);
    this.modules = new Map();
    this.files = 0;
    for (const [d, files] of [...dirs.entries()].sort()) await this.loadModule(d, files.sort());
    // local module sources outside the root are loaded too
    for (let changed = true; changed;) {
      changed = false;
      for (const m of [...this.modules.values()]) {
        for (const call of Object.values(m.modules)) {
          const dir = this.sourceDir(m, call.body);
          if (dir && !this.modules.has(dir) && fs.existsSync(dir) && fs.statSync(dir).isDirectory()) {
            const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).map((f) => path.join(dir, f)).sort();
            if (files.length) { await this.loadModule(dir, files); changed = true; }
          }
        }
      }
    }
  }

  rel(p) {
    return path.relative(this.root, p).split(path.sep).join('/') || '.';
  }

  async loadModule(dir, files) {
    const m = {
      dir, variables: {}, locals: {}, outputs: {}, modules: {}, resources: {}, data: {}, ephemeral: {},
      others: [], parseFailed: false,
    };
    this.modules.set(dir, m);
    for (const f of files) {
      this.files++;
      const rel = this.rel(f);
      let doc;
      try {
        doc = await this.hcl.parse(rel, fs.readFileSync(f, 'utf8'));
      } catch (e) {
        m.parseFailed = true;
        this.add(rel, '', 'parse-error', String(e.message || e).replace(/^parse errors? on input string[^:]*: ?/i, ''));
        continue;
      }
      this.collect(m, rel, doc || {});
    }
  }

  declare(m, table, addr, name, file, body) {
    if (table[name]) {
      this.add(file, addr, 'duplicate-declaration', `${addr} is already declared in ${table[name].file}`);
      return;
    }
    table[name] = { file, body, addr };
  }

  collect(m, file, doc) {
    for (const [name, arr] of Object.entries(doc.variable || {})) {
      for (const body of arr) this.declare(m, m.variables, `var.${name}`, name, file, body);
    }
    for (const blk of doc.locals || []) {
      for (const [name, value] of Object.entries(blk)) {
        if (m.locals[name]) this.add(file, `local.${name}`, 'duplicate-declaration', `local.${name} is already declared in ${m.locals[name].file}`);
        else m.locals[name] = { file, value, addr: `local.${name}` };
      }
    }
    for (const [name, arr] of Object.entries(doc.output || {})) {
      for (const body of arr) this.declare(m, m.outputs, `output.${name}`, name, file, body);
    }
    for (const [name, arr] of Object.entries(doc.module || {})) {
      for (const body of arr) this.declare(m, m.modules, `module.${name}`, name, file, body);
    }
    for (const [type, byName] of Object.entries(doc.resource || {})) {
      for (const [name, arr] of Object.entries(byName)) {
        for (const body of arr) this.declare(m, m.resources, `${type}.${name}`, `${type}.${name}`, file, body);
      }
    }
    for (const [type, byName] of Object.entries(doc.data || {})) {
      for (const [name, arr] of Object.entries(byName)) {
        for (const body of arr) this.declare(m, m.data, `data.${type}.${name}`, `${type}.${name}`, file, body);
      }
    }
    for (const [type, byName] of Object.entries(doc.ephemeral || {})) {
      for (const [name, arr] of Object.entries(byName)) {
        for (const body of arr) this.declare(m, m.ephemeral, `ephemeral.${type}.${name}`, `${type}.${name}`, file, body);
      }
    }
    for (const [type, arr] of Object.entries(doc.provider || {})) {
      for (const body of arr) m.others.push({ file, addr: `provider.${type}`, body });
    }
  }

  sourceDir(m, body) {
    const src = body && body.source;
    if (typeof src !== 'string' || isTemplate(src)) return null;
    if (!(src.startsWith('./') || src.startsWith('../'))) return null;
    return path.resolve(m.dir, src);
  }

  // ------------------------------------------------------------ checks
  async check() {
    for (const m of this.modules.values()) {
      await this.checkModule(m);
    }
    this.findings.sort((a, b) => (a.file.localeCompare(b.file) || a.address.localeCompare(b.address)
      || a.code.localeCompare(b.code) || a.message.localeCompare(b.message)));
    return { files: this.files, findings: this.findings };
  }

  async checkModule(m) {
    // d. variables and outputs
    for (const [name, v] of Object.entries(m.variables)) {
      if (!hasText(v.body.description)) this.add(v.file, v.addr, 'missing-description', `variable "${name}" has no description`);
      if (!('type' in v.body)) this.add(v.file, v.addr, 'missing-type', `variable "${name}" has no type`);
      const ctx = this.ctx(m, v.file, v.addr, {});
      for (const [k, val] of Object.entries(v.body)) {
        if (k === 'type') continue;
        await this.walkValue(val, ctx, []);
      }
    }
    for (const [name, o] of Object.entries(m.outputs)) {
      if (!hasText(o.body.description)) this.add(o.file, o.addr, 'missing-description', `output "${name}" has no description`);
      if (!('value' in o.body)) this.add(o.file, o.addr, 'missing-output-value', `output "${name}" has no value`);
      await this.walkValue(o.body, this.ctx(m, o.file, o.addr, {}), []);
    }
    for (const l of Object.values(m.locals)) {
      await this.walkValue(l.value, this.ctx(m, l.file, l.addr, {}), []);
    }
    for (const p of m.others) {
      await this.walkValue(p.body, this.ctx(m, p.file, p.addr, {}), []);
    }
    // a. resources and data sources
    for (const [key, r] of Object.entries(m.resources)) {
      const type = key.slice(0, key.indexOf('.'));
      await this.checkResource(m, r, type, this.schema.resources[type], RESOURCE_META, 'resource');
    }
    for (const [key, r] of Object.entries(m.data)) {
      const type = key.slice(0, key.indexOf('.'));
      await this.checkResource(m, r, type, this.schema.data[type], DATA_META, 'data source');
    }
    for (const [key, r] of Object.entries(m.ephemeral)) {
      const type = key.slice(0, key.indexOf('.'));
      await this.checkResource(m, r, type, this.schema.ephemeral[type], DATA_META, 'ephemeral resource');
    }
    // c. module calls
    for (const [name, call] of Object.entries(m.modules)) {
      await this.checkModuleCall(m, name, call);
    }
  }

  ctx(m, file, addr, body) {
    return {
      m, file, addr,
      hasCount: body && 'count' in body,
      hasForEach: body && 'for_each' in body,
    };
  }

  async checkResource(m, r, type, schema, meta, kind) {
    const ctx = this.ctx(m, r.file, r.addr, r.body);
    if (ctx.hasCount && ctx.hasForEach) this.add(r.file, r.addr, 'count-and-for-each', `${r.addr} sets both "count" and "for_each"`);
    if (!schema) {
      const prefix = type.split('_')[0];
      const why = prefix === 'aws' ? 'not in the hashicorp/aws 6.25 schema' : `no schema for provider "${prefix}" (the schema covers hashicorp/aws plus archive_file, terraform_data, terraform_remote_state)`;
      const code = kind === 'resource' ? 'unknown-resource-type' : kind === 'data source' ? 'unknown-data-source-type' : 'unknown-ephemeral-type';
      this.add(r.file, r.addr, code, `${kind} type "${type}" is unknown: ${why}`);
    } else {
      this.checkBody(r.body, schema, ctx, '', meta);
    }
    // references
    for (const [k, v] of Object.entries(r.body)) {
      if (k === 'provider') continue;
      if (k === 'lifecycle') {
        for (const lc of asArray(v)) {
          if (!lc || typeof lc !== 'object') continue;
          for (const [lk, lv] of Object.entries(lc)) {
            if (lk === 'ignore_changes') continue;
            await this.walkValue(lv, ctx, []);
          }
        }
        continue;
      }
      if (k === 'dynamic') { await this.walkDynamic(v, ctx, []); continue; }
      await this.walkValue(v, ctx, [], k);
    }
  }

  // Schema check of one block body (resource top level or nested block instance).
  checkBody(body, node, ctx, trail, meta) {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    const attrs = node.a || {};
    const blocks = node.b || {};
    const where = (k) => (trail ? `${trail}.${k}` : k);
    const present = new Set(Object.keys(body));
    for (const [k, v] of Object.entries(body)) {
      if (meta && meta.has(k)) continue;
      if (k === 'dynamic' && !attrs.dynamic && !blocks.dynamic) {
        for (const [bname, arr] of Object.entries(v || {})) {
          const bs = blocks[bname];
          present.add(bname);
          if (attrs[bname] === 'x') continue; // opaque: contents not described
          for (const d of asArray(arr)) {
            if (!bs) {
              this.add(ctx.file, ctx.addr, 'unknown-block', attrs[bname]
                ? `dynamic "${where(bname)}": "${bname}" is an argument, not a block`
                : `dynamic "${where(bname)}": no block "${bname}" in ${this.kindName(ctx)}`);
              continue;
            }
            if (!d || typeof d !== 'object') continue;
            for (const dk of Object.keys(d)) {
              if (!DYNAMIC_KEYS.has(dk)) this.add(ctx.file, ctx.addr, 'unknown-argument', `dynamic "${where(bname)}": unexpected "${dk}" (allowed: for_each, iterator, labels, content)`);
            }
            if (!('for_each' in d)) this.add(ctx.file, ctx.addr, 'missing-required-argument', `dynamic "${where(bname)}" has no for_each`);
            const contents = asArray(d.content);
            if (!contents.length) this.add(ctx.file, ctx.addr, 'missing-required-block', `dynamic "${where(bname)}" has no content block`);
            for (const c of contents) this.checkBody(c, bs, ctx, where(bname), null);
          }
        }
        continue;
      }
      if (k in attrs) {
        if (attrs[k] === 'c') this.add(ctx.file, ctx.addr, 'computed-attribute-set', `"${where(k)}" is computed-only (read-only) and cannot be set`);
        continue;
      }
      if (k in blocks) {
        const bs = blocks[k];
        if (Array.isArray(v)) {
          for (const inst of v) if (inst && typeof inst === 'object' && !Array.isArray(inst)) this.checkBody(inst, bs, ctx, where(k), null);
          if (bs.max === 1 && v.filter((x) => x && typeof x === 'object').length > 1) {
            this.add(ctx.file, ctx.addr, 'too-many-blocks', `"${where(k)}" allows at most one block, found ${v.length}`);
          }
        } else if (v && typeof v === 'object') {
          if (bs.n === 'list' || bs.n === 'set') {
            this.add(ctx.file, ctx.addr, 'block-as-attribute', `"${where(k)}" is a block: write ${k} { ... } instead of ${k} = { ... }`);
          } else if (bs.n === 'map') {
            for (const inst of Object.values(v)) if (inst && typeof inst === 'object') this.checkBody(inst, bs, ctx, where(k), null);
          } else {
            this.checkBody(v, bs, ctx, where(k), null);
          }
        }
        continue;
      }
      const looksBlock = Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x));
      if (looksBlock) this.add(ctx.file, ctx.addr, 'unknown-block', `no block "${where(k)}" in ${this.kindName(ctx)}`);
      else this.add(ctx.file, ctx.addr, 'unknown-argument', `no argument "${where(k)}" in ${this.kindName(ctx)}`);
    }
    for (const [a, code] of Object.entries(attrs)) {
      if (code === 'r' && !present.has(a)) this.add(ctx.file, ctx.addr, 'missing-required-argument', `required argument "${where(a)}" is not set`);
    }
    for (const [b, bs] of Object.entries(blocks)) {
      if (bs.min >= 1 && !present.has(b)) this.add(ctx.file, ctx.addr, 'missing-required-block', `required block "${where(b)}" is missing`);
    }
  }

  kindName(ctx) {
    const a = ctx.addr;
    return a.startsWith('data.') ? `data source ${a.split('.')[1]}` : `resource ${a.split('.')[0]}`;
  }

  async checkModuleCall(m, name, call) {
    const addr = `module.${name}`;
    const ctx = this.ctx(m, call.file, addr, call.body);
    if (ctx.hasCount && ctx.hasForEach) this.add(call.file, addr, 'count-and-for-each', `${addr} sets both "count" and "for_each"`);
    if (!('source' in call.body)) this.add(call.file, addr, 'missing-required-argument', `${addr} has no source`);
    for (const [k, v] of Object.entries(call.body)) {
      if (k === 'source' || k === 'version' || k === 'providers') continue;
      await this.walkValue(v, ctx, [], k);
    }
    const dir = this.sourceDir(m, call.body);
    if (!dir) return; // registry / git source: not checked
    const target = this.modules.get(dir);
    if (!target) {
      this.add(call.file, addr, 'module-source-not-found', `source "${call.body.source}" does not resolve to a directory with .tf files`);
      return;
    }
    if (target.parseFailed) return;
    for (const k of Object.keys(call.body)) {
      if (MODULE_META.has(k)) continue;
      if (!target.variables[k]) this.add(call.file, addr, 'unknown-module-input', `module "${name}" (${call.body.source}) declares no variable "${k}"`);
    }
    for (const [vn, v] of Object.entries(target.variables)) {
      if (!('default' in v.body) && !(vn in call.body)) {
        this.add(call.file, addr, 'missing-module-input', `module "${name}" (${call.body.source}) requires variable "${vn}" (it has no default)`);
      }
    }
  }

  // ------------------------------------------------------------ references
  async walkDynamic(dyn, ctx, scope) {
    for (const [bname, arr] of Object.entries(dyn || {})) {
      for (const d of asArray(arr)) {
        if (!d || typeof d !== 'object') continue;
        let it = bname;
        if (typeof d.iterator === 'string') it = d.iterator.replace(/^\$\{\s*/, '').replace(/\s*\}$/, '');
        for (const [k, v] of Object.entries(d)) {
          if (k === 'iterator' || k === 'content') continue;
          await this.walkValue(v, ctx, scope);
        }
        for (const c of asArray(d.content)) await this.walkBlockBody(c, ctx, scope.concat(it));
      }
    }
  }

  async walkBlockBody(body, ctx, scope) {
    if (!body || typeof body !== 'object') return;
    for (const [k, v] of Object.entries(body)) {
      if (k === 'dynamic') await this.walkDynamic(v, ctx, scope);
      else await this.walkValue(v, ctx, scope);
    }
  }

  async walkValue(v, ctx, scope, key) {
    if (typeof v === 'string') {
      if (!isTemplate(v)) return;
      const a = await this.ast(v);
      if (a) this.walkAst(a, ctx, new Set(scope), key);
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) await this.walkValue(x, ctx, scope, key);
      return;
    }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (isTemplate(k)) await this.walkValue(k, ctx, scope, key);
        if (k === 'dynamic' && x && typeof x === 'object' && !Array.isArray(x)) await this.walkDynamic(x, ctx, [...scope]);
        else await this.walkValue(x, ctx, scope, key);
      }
    }
  }

  walkAst(node, ctx, scope, key) {
    if (!node) return;
    const kids = node.children || [];
    switch (node.type) {
      case 'scopeTraversal':
        this.checkRef(segsOf(node.meta.traversal), node.meta.value, ctx, scope, key);
        return;
      case 'for': {
        const inner = new Set(scope);
        if (node.meta.keyVar) inner.add(node.meta.keyVar);
        if (node.meta.valVar) inner.add(node.meta.valVar);
        for (const c of kids) this.walkAst(c, ctx, inner, key);
        return;
      }
      case 'relativeTraversal': {
        const src = kids[0];
        const rel = segsOf(node.meta.traversal || []);
        const base = src && this.traversalOf(src);
        if (base) {
          this.checkRef(base.segs.concat(rel), node.meta.value, ctx, scope, key);
          for (const e of base.extra) this.walkAst(e, ctx, scope, key);
          return;
        }
        for (const c of kids) this.walkAst(c, ctx, scope, key);
        return;
      }
      case 'splat': {
        const src = kids[0];
        const base = src && this.traversalOf(src);
        if (base) {
          const each = kids[1];
          const rel = each && each.type === 'relativeTraversal' ? segsOf(each.meta.traversal || []) : [];
          this.checkRef(base.segs.concat([{ k: 'splat' }], rel), node.meta.value, ctx, scope, key);
          for (const e of base.extra) this.walkAst(e, ctx, scope, key);
          return;
        }
        for (const c of kids) this.walkAst(c, ctx, scope, key);
        return;
      }
      case 'index': {
        const base = this.traversalOf(node);
        if (base) {
          this.checkRef(base.segs, node.meta.value, ctx, scope, key);
          for (const e of base.extra) this.walkAst(e, ctx, scope, key);
          return;
        }
        for (const c of kids) this.walkAst(c, ctx, scope, key);
        return;
      }
      default:
        for (const c of kids) this.walkAst(c, ctx, scope, key);
    }
  }

  // A source expression that is a traversal, possibly indexed by an expression or
  // wrapped in parentheses: returns {segs, extra: [expressions still to walk]}.
  traversalOf(n) {
    if (!n) return null;
    if (n.type === 'scopeTraversal') return { segs: segsOf(n.meta.traversal), extra: [] };
    if (n.type === '' && n.children && n.children.length === 1) return this.traversalOf(n.children[0]);
    if (n.type === 'index' && n.children && n.children.length === 2) {
      const b = this.traversalOf(n.children[0]);
      if (b) return { segs: b.segs.concat([{ k: 'index', v: n.meta.keyExpression }]), extra: b.extra.concat([n.children[1]]) };
    }
    if (n.type === 'relativeTraversal' && n.children && n.children.length === 1) {
      const b = this.traversalOf(n.children[0]);
      if (b) return { segs: b.segs.concat(segsOf(n.meta.traversal || [])), extra: b.extra };
    }
    return null;
  }

  checkRef(segs, text, ctx, scope, key) {
    if (!segs.length || segs[0].k !== 'name') return;
    const root = segs[0].v;
    if (scope.has(root)) return;
    const m = ctx.m;
    const name1 = segs[1] && segs[1].k === 'name' ? segs[1].v : null;
    const bad = (code, msg) => this.add(ctx.file, ctx.addr, code, msg);
    const partial = m.parseFailed; // declarations may be missing: do not report undeclared names
    switch (root) {
      case 'var':
        if (name1 && !m.variables[name1] && !partial) bad('undeclared-variable', `reference to undeclared variable var.${name1}`);
        return;
      case 'local':
        if (name1 && !m.locals[name1] && !partial) bad('undeclared-local', `reference to undeclared local value local.${name1}`);
        return;
      case 'each':
      case 'count':
      case 'path':
      case 'terraform': {
        if (!name1 || !VALID_SUB[root].has(name1)) { bad('invalid-reference', `"${text}" is not a valid reference (${root}.${[...VALID_SUB[root]].join('|')})`); return; }
        if (root === 'each' && !ctx.hasForEach) bad('invalid-reference', `"${text}" used in ${ctx.addr}, which has no for_each`);
        if (root === 'count' && !ctx.hasCount) bad('invalid-reference', `"${text}" used in ${ctx.addr}, which has no count`);
        return;
      }
      case 'self':
        return;
      case 'module': {
        if (!name1) return;
        const call = m.modules[name1];
        if (!call) { if (!partial) bad('undeclared-module', `reference to undeclared module call module.${name1}`); return; }
        const rest = segs.slice(2);
        const expanded = 'count' in call.body || 'for_each' in call.body;
        const out = this.afterInstance(rest, expanded, `module.${name1}`, text, ctx);
        if (out === null) return;
        const dir = this.sourceDir(m, call.body);
        const target = dir && this.modules.get(dir);
        if (target && !target.parseFailed && !target.outputs[out]) {
          bad('unknown-module-output', `module.${name1}.${out}: module "${name1}" (${call.body.source}) has no output "${out}"`);
        }
        return;
      }
      case 'data': {
        const type = name1;
        const name = segs[2] && segs[2].k === 'name' ? segs[2].v : null;
        if (!type || !name) return;
        const d = m.data[`${type}.${name}`];
        if (!d) { if (!partial) bad('undeclared-data-source', `reference to undeclared data source data.${type}.${name}`); return; }
        const expanded = 'count' in d.body || 'for_each' in d.body;
        const attr = this.afterInstance(segs.slice(3), expanded, `data.${type}.${name}`, text, ctx);
        const s = this.schema.data[type];
        if (attr !== null && s && !hasAttr(s, attr)) bad('unknown-attribute', `data.${type}.${name}.${attr}: data source ${type} has no attribute "${attr}"`);
        return;
      }
      case 'ephemeral': {
        const type = name1;
        const name = segs[2] && segs[2].k === 'name' ? segs[2].v : null;
        if (!type || !name) return;
        const d = m.ephemeral[`${type}.${name}`];
        if (!d) { if (!partial) bad('undeclared-ephemeral', `reference to undeclared ephemeral resource ephemeral.${type}.${name}`); return; }
        const expanded = 'count' in d.body || 'for_each' in d.body;
        const attr = this.afterInstance(segs.slice(3), expanded, `ephemeral.${type}.${name}`, text, ctx);
        const s = this.schema.ephemeral[type];
        if (attr !== null && s && !hasAttr(s, attr)) bad('unknown-attribute', `ephemeral.${type}.${name}.${attr}: ephemeral resource ${type} has no attribute "${attr}"`);
        return;
      }
      default: {
        if (!name1) {
          if (segs.length === 1) bad('invalid-reference', `"${text}" is not a valid reference (unknown name "${root}")`);
          return;
        }
        const r = m.resources[`${root}.${name1}`];
        if (!r) {
          if (!partial) bad('undeclared-resource', `reference to undeclared resource ${root}.${name1}`);
          return;
        }
        const expanded = 'count' in r.body || 'for_each' in r.body;
        const attr = this.afterInstance(segs.slice(2), expanded, `${root}.${name1}`, text, ctx);
        const s = this.schema.resources[root];
        if (attr !== null && s && !hasAttr(s, attr)) bad('unknown-attribute', `${root}.${name1}.${attr}: resource ${root} has no attribute "${attr}"`);
      }
    }
  }

  // Segments after "T.N" / "module.X": checks instance keys and returns the first
  // attribute name, or null when there is none.
  afterInstance(rest, expanded, addr, text, ctx) {
    if (!rest.length) return null;
    const first = rest[0];
    if (first.k === 'name') {
      if (expanded) {
        this.add(ctx.file, ctx.addr, 'missing-instance-key', `"${text}": ${addr} has count/for_each, so its attributes must be read on one instance (e.g. ${addr}[0].${first.v} or ${addr}[*].${first.v})`);
        return null;
      }
      return first.v;
    }
    if (first.k === 'index' && !expanded) {
      this.add(ctx.file, ctx.addr, 'unexpected-instance-key', `"${text}": ${addr} has neither count nor for_each, so it cannot be indexed`);
      return null;
    }
    const second = rest[1];
    return second && second.k === 'name' ? second.v : null;
  }
}

function hasAttr(schema, attr) {
  return (schema.a && attr in schema.a) || (schema.b && attr in schema.b);
}

function hasText(v) {
  return typeof v === 'string' && v.trim().length > 0;
}

function asArray(v) {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

// ---------------------------------------------------------------------------
// API + CLI
// ---------------------------------------------------------------------------
let hclModule = null;
function hcl() {
  if (!hclModule) hclModule = require('@cdktf/hcl2json');
  return hclModule;
}

async function checkTree(root, opts = {}) {
  const schema = opts.schemaData || loadSchema(opts.schema || DEFAULT_SCHEMA);
  const c = new Checker(hcl(), schema);
  await c.load(path.resolve(root));
  return c.check();
}

async function main(argv) {
  let root = null;
  let schemaFile = DEFAULT_SCHEMA;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schema') schemaFile = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') { root = null; break; }
    else if (root === null) root = argv[i];
    else { root = null; break; }
  }
  if (!root || !schemaFile) {
    process.stderr.write('usage: node tf-check.js <root-dir> [--schema FILE]\n');
    return 2;
  }
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    process.stderr.write(`tf-check: not a directory: ${root}\n`);
    return 2;
  }
  const result = await checkTree(root, { schema: schemaFile });
  process.stdout.write(JSON.stringify(result, null, 1) + '\n');
  return 0;
}

module.exports = { checkTree, loadSchema };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // the Go wasm runtime keeps the event loop alive: leave once stdout is flushed
    process.stdout.write('', () => process.exit(code));
  }, (err) => {
    process.stderr.write(`tf-check: crashed: ${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  });
}
