#!/usr/bin/env node
// Extracts the hashicorp/aws provider schema (resources + data sources) from the
// jsii metadata and generated JavaScript shipped in @cdktf/provider-aws, and writes
// ../validators/schema/aws-provider-6.25.json. See README.md next to this file.
//
// Usage: node extract.js [--out FILE] [--full]
//   --full   never trim to the prefix allow-list, whatever the size
'use strict';

const fs = require('fs');
const path = require('path');

const PKG_DIR = path.join(__dirname, 'node_modules', '@cdktf', 'provider-aws');
const DEFAULT_OUT = path.join(__dirname, '..', 'validators', 'schema', 'aws-provider-6.25.json');
const SIZE_LIMIT = 4 * 1024 * 1024;
// Kept when the full schema would be larger than SIZE_LIMIT.
const KEEP_PREFIXES = [
  'aws_lambda', 'aws_cloudwatch', 'aws_iam', 'aws_apigatewayv2', 'aws_api_gateway', 'aws_dynamodb',
  'aws_s3', 'aws_cloudfront', 'aws_sns', 'aws_sqs', 'aws_ssm', 'aws_secretsmanager', 'aws_ecr', 'aws_kms',
  'aws_security_group', 'aws_vpc', 'aws_subnet', 'aws_db', 'aws_rds', 'aws_elasticache', 'aws_cognito',
  'aws_ecs', 'aws_lb', 'aws_wafv2', 'aws_acm', 'aws_route53', 'aws_appautoscaling', 'aws_xray',
  'aws_caller_identity', 'aws_region', 'aws_partition', 'aws_availability_zones', 'aws_internet_gateway',
  'aws_nat_gateway', 'aws_eip', 'aws_route', 'aws_budgets', 'aws_scheduler', 'aws_codedeploy', 'aws_flow_log',
  'aws_default_security_group', 'aws_service_discovery', 'aws_cloudwatch_event', 'aws_eks',
];

function parseArgs(argv) {
  const o = { out: DEFAULT_OUT, full: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') o.out = path.resolve(argv[++i]);
    else if (argv[i] === '--full') o.full = true;
    else if (argv[i] === '--typed-out') o.typedOut = path.resolve(argv[++i]);
    else { console.error(`unknown argument: ${argv[i]}`); process.exit(2); }
  }
  return o;
}

// ---------------------------------------------------------------------------
// Generated JavaScript: per top-level declaration, the HCL synthesis tables
// (snake_case name, camelCase source, isBlock, nesting type) and the getters
// (camelCase getter -> snake_case attribute read).
// ---------------------------------------------------------------------------
const jsCache = new Map();

function loadJs(file) {
  if (jsCache.has(file)) return jsCache.get(file);
  let text = fs.readFileSync(file, 'utf8');
  const sm = text.lastIndexOf('\n//# sourceMappingURL=');
  if (sm >= 0) text = text.slice(0, sm);
  const decls = new Map(); // name -> text
  const parts = text.split(/\n(?=(?:class|function) )/);
  for (const p of parts) {
    const m = /^(?:class|function) (\w+)/.exec(p);
    if (m) decls.set(m[1], p);
  }
  const tfTypes = new Map(); // ClassName -> terraform type
  for (const m of text.matchAll(/^(\w+)\.tfResourceType = "([\w-]+)";/gm)) tfTypes.set(m[1], m[2]);
  const info = { decls, tfTypes, hcl: new Map(), getters: new Map() };
  jsCache.set(file, info);
  return info;
}

const HCL_ENTRY = /^\s+"?(\w+)"?: \{\n\s+value: (.*)\n\s+isBlock: (true|false),\n\s+type: "(\w+)",\n\s+storageClassType: "(\w+)",/gm;

function hclEntries(body) {
  // snake -> {camel, isBlock, type, storage}
  const out = new Map();
  for (const m of body.matchAll(HCL_ENTRY)) {
    const cm = /(?:struct\??\.|this\._)(\w+)/.exec(m[2]);
    out.set(m[1], { camel: cm ? cm[1] : null, isBlock: m[3] === 'true', type: m[4], storage: m[5] });
  }
  return out;
}

// HCL table of a struct (nested block) or a resource class (its synthesizeHclAttributes)
function hclTable(js, declName, isClass) {
  const key = (isClass ? 'C:' : 'F:') + declName;
  if (js.hcl.has(key)) return js.hcl.get(key);
  let res = new Map();
  if (isClass) {
    const body = js.decls.get(declName);
    if (body) {
      const i = body.indexOf('synthesizeHclAttributes()');
      if (i >= 0) res = hclEntries(body.slice(i));
    }
  } else {
    const fn = declName.charAt(0).toLowerCase() + declName.slice(1) + 'ToHclTerraform';
    const body = js.decls.get(fn);
    if (body) res = hclEntries(body);
  }
  js.hcl.set(key, res);
  return res;
}

// camelCase getter -> snake_case attribute, for one class
function getterMap(js, className) {
  if (js.getters.has(className)) return js.getters.get(className);
  const body = js.decls.get(className) || '';
  const fields = new Map();
  for (const m of body.matchAll(/this\._(\w+) = new [\w.]+\(this, "(\w+)"/g)) fields.set(m[1], m[2]);
  const map = new Map();
  for (const m of body.matchAll(/\n {4}get (\w+)\(\) \{\n\s+return ([^\n]*)/g)) {
    const [, name, ret] = m;
    let a = /this\.(?:get\w*Attribute|interpolationForAttribute)\('(\w+)'\)/.exec(ret);
    if (a) { map.set(name, a[1]); continue; }
    a = /^this\._(\w+)(?:\.internalValue)?;/.exec(ret);
    if (a && fields.has(a[1])) map.set(name, fields.get(a[1]));
  }
  js.getters.set(className, map);
  return map;
}

// ---------------------------------------------------------------------------
// Types (cty type JSON as in `terraform providers schema -json`)
// ---------------------------------------------------------------------------
// Optional arguments the provider also computes when unset. cdktf does not record this
// (it comments only computed-only attributes), so a name table plus one rule: `x` is
// optional+computed when an `x_prefix` argument exists (name/name_prefix, bucket/bucket_prefix).
const OPTIONAL_COMPUTED = new Set(['id', 'region', 'tags_all']);

const sortObj = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));

function typedAttr(type, kind) {
  const a = { type };
  if (kind === 'r') a.required = true;
  else if (kind === 'o') a.optional = true;
  else a.computed = true;
  return a;
}

const STORAGE = {
  string: 'string', number: 'number', boolean: 'bool', any: 'dynamic',
  stringList: ['list', 'string'], numberList: ['list', 'number'], booleanList: ['list', 'bool'],
  stringListList: ['list', ['list', 'string']], stringMapList: ['list', ['map', 'string']],
  stringMap: ['map', 'string'], numberMap: ['map', 'number'], booleanMap: ['map', 'bool'],
  stringMapMap: ['map', ['map', 'string']],
};

function jsiiCty(t) {
  if (!t) return 'dynamic';
  if (t.primitive) return { string: 'string', number: 'number', boolean: 'bool', any: 'dynamic' }[t.primitive] || 'dynamic';
  if (t.union) {
    const prims = t.union.types.filter((u) => u.primitive || u.collection);
    return prims.length ? jsiiCty(prims[0]) : 'dynamic';
  }
  if (t.collection) return [t.collection.kind === 'map' ? 'map' : 'list', jsiiCty(t.collection.elementtype)];
  return 'dynamic';
}

function ctyOf(fromJs, jsiiType) {
  if (fromJs && STORAGE[fromJs.storage] !== undefined) {
    let ty = STORAGE[fromJs.storage];
    if (Array.isArray(ty) && fromJs.type === 'set') ty = ['set', ty[1]];
    return ty;
  }
  return jsiiCty(jsiiType);
}

function objectType(block) {
  const attrs = {};
  const optional = [];
  for (const [k, a] of Object.entries(block.attributes || {})) {
    attrs[k] = a.type;
    if (!a.required) optional.push(k);
  }
  for (const [k, b] of Object.entries(block.block_types || {})) {
    const o = objectType(b.block);
    attrs[k] = b.nesting_mode === 'single' ? o : [b.nesting_mode, o];
    optional.push(k);
  }
  return optional.length ? ['object', sortObj(attrs), optional.sort()] : ['object', sortObj(attrs)];
}

const GETTER_TYPES = {
  getStringAttribute: 'string', getNumberAttribute: 'number', getBooleanAttribute: 'bool',
  getListAttribute: ['list', 'string'], getNumberListAttribute: ['list', 'number'],
  getStringMapAttribute: ['map', 'string'], getNumberMapAttribute: ['map', 'number'],
  getBooleanMapAttribute: ['map', 'bool'], getAnyMapAttribute: ['map', 'dynamic'],
};

// Type of a computed-only getter: primitive getters by their accessor, complex ones
// (`this._x = new XList(this, "x", wrapsSet)` / `new XOutputReference(...)` / `new XMap`)
// as list/set/map of the object their OutputReference class reads.
function computedType(js, className, getter, depth) {
  const body = js.decls.get(className) || '';
  const re = new RegExp(`\\n {4}get ${getter}\\(\\) \\{\\n\\s+return ([^\\n]*)`);
  const m = re.exec(body);
  if (!m) return 'dynamic';
  const g = /this\.(\w+)\('(\w+)'\)/.exec(m[1]);
  if (g) return GETTER_TYPES[g[1]] || 'dynamic';
  const f = /^this\._(\w+);/.exec(m[1]);
  if (!f || depth > 6) return 'dynamic';
  const ctor = new RegExp(`this\\._${f[1]} = new (\\w+)\\(this, "\\w+"(?:, (true|false))?\\)`).exec(body);
  if (!ctor) return 'dynamic';
  const cls = ctor[1];
  let kind = null; let ref = cls;
  if (cls.endsWith('List')) { kind = ctor[2] === 'true' ? 'set' : 'list'; ref = cls.slice(0, -4) + 'OutputReference'; }
  else if (cls.endsWith('Map')) { kind = 'map'; ref = cls.slice(0, -3) + 'OutputReference'; }
  else if (!cls.endsWith('OutputReference')) return 'dynamic';
  const obj = objectOfOutputReference(js, ref, depth + 1);
  return kind ? [kind, obj] : obj;
}

function objectOfOutputReference(js, cls, depth) {
  const body = js.decls.get(cls) || '';
  const attrs = {};
  for (const m of body.matchAll(/\n {4}get (\w+)\(\) \{\n\s+return ([^\n]*)/g)) {
    const [, name, ret] = m;
    if (name === 'internalValue' || name.endsWith('Input')) continue;
    const g = /this\.(\w+)\('(\w+)'\)/.exec(ret);
    if (g && GETTER_TYPES[g[1]]) { attrs[g[2]] = GETTER_TYPES[g[1]]; continue; }
    const f = /^this\._(\w+);/.exec(ret);
    if (f) {
      const ctor = new RegExp(`this\\._${f[1]} = new \\w+\\(this, "(\\w+)"`).exec(body);
      if (ctor) attrs[ctor[1]] = computedType(js, cls, name, depth);
    }
  }
  return Object.keys(attrs).length ? ['object', sortObj(attrs)] : 'dynamic';
}

function camelToSnake(s) {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

// ---------------------------------------------------------------------------
// jsii walk
// ---------------------------------------------------------------------------
function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const jsiiFile = path.join(PKG_DIR, '.jsii');
  if (!fs.existsSync(jsiiFile)) {
    console.error(`missing ${jsiiFile}: run "npm ci" in ${__dirname} first`);
    process.exit(1);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));
  const jsii = JSON.parse(fs.readFileSync(jsiiFile, 'utf8'));
  const types = jsii.types;
  const stats = { anchorMismatch: 0, snakeFallback: 0, computedFallback: 0, noHclTable: 0, opaque: 0 };
  const warnings = [];

  function jsFileOf(t) {
    const f = t.locationInModule && t.locationInModule.filename; // src/lambda-function/index.ts
    return path.join(PKG_DIR, f.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js'));
  }

  // Struct reference inside a type: {fqn, many, kind}
  function structRef(type) {
    if (!type) return null;
    if (type.fqn) {
      const t = types[type.fqn];
      if (t && t.datatype) return { fqn: type.fqn, many: false };
      return null;
    }
    if (type.collection) {
      const inner = structRef(type.collection.elementtype);
      if (inner) return { fqn: inner.fqn, many: true, kind: type.collection.kind };
      return null;
    }
    if (type.union) {
      for (const u of type.union.types) {
        const r = structRef(u);
        if (r) return r;
      }
    }
    return null;
  }

  function anchorName(p) {
    const d = p.docs || {};
    const txt = `${d.summary || ''} ${d.remarks || ''}`;
    const m = /#(\w+) \w+#\1\}/.exec(txt) || /#(\w+)\}/.exec(txt);
    return m ? m[1] : null;
  }

  // Build the schema node of a struct (Config interface or nested block struct).
  // outputClass: class whose extra read-only getters are computed-only attributes.
  function buildNode(structFqn, js, hclDecl, hclIsClass, outputClassFqn, trail) {
    const st = types[structFqn];
    const node = { a: {}, b: {}, t: { attributes: {}, block_types: {} } };
    const table = hclTable(js, hclDecl, hclIsClass);
    if (table.size === 0 && (st.properties || []).length) { stats.noHclTable++; warnings.push(`no HCL table: ${hclDecl}`); }
    const byCamel = new Map();
    for (const [snake, e] of table) if (e.camel) byCamel.set(e.camel, { snake, ...e });
    const settable = new Set();
    for (const p of st.properties || []) {
      settable.add(p.name);
      const fromJs = byCamel.get(p.name);
      const anchor = anchorName(p);
      let snake = fromJs ? fromJs.snake : anchor;
      if (!snake) { snake = camelToSnake(p.name); stats.snakeFallback++; }
      if (fromJs && anchor && anchor !== fromJs.snake) stats.anchorMismatch++;
      const ref = structRef(p.type);
      if (ref && !(fromJs && !fromJs.isBlock)) {
        if (trail.includes(ref.fqn)) continue; // defensive: no recursive types expected
        const nestedName = types[ref.fqn].name;
        // nesting mode
        let mode;
        if (fromJs) mode = { list: 'list', set: 'set', struct: 'single', map: 'map' }[fromJs.type] || fromJs.type;
        else mode = ref.many ? (ref.kind === 'map' ? 'map' : 'list') : 'single';
        const outFqn = ref.fqn + 'OutputReference';
        const child = buildNode(ref.fqn, loadJs(jsFileOf(types[ref.fqn])), nestedName, false, types[outFqn] ? outFqn : null, trail.concat(ref.fqn));
        const blk = { n: mode };
        if (!p.optional) blk.min = 1;
        if (!ref.many && mode !== 'single' && mode !== 'map') blk.max = 1;
        blk.a = child.a;
        if (child.b) blk.b = child.b;
        node.b[snake] = blk;
        if (fromJs && !fromJs.isBlock) {
          // a nested *attribute* (object typed), not a block
          const obj = objectType(child.t);
          node.t.attributes[snake] = typedAttr(mode === 'single' ? obj : [mode, obj], p.optional ? 'o' : 'r');
        } else {
          const tb = { nesting_mode: mode, block: child.t };
          if (blk.min) tb.min_items = 1;
          if (blk.max || mode === 'single') tb.max_items = 1;
          if (mode === 'single') delete tb.max_items;
          node.t.block_types[snake] = tb;
        }
      } else if (p.type && p.type.primitive === 'any') {
        // cdktf collapses some deeply nested schemas (e.g. aws_wafv2_web_acl rule.statement)
        // into an untyped value: block or attribute, contents unknown
        node.a[snake] = 'x';
        node.t.attributes[snake] = typedAttr('dynamic', p.optional ? 'o' : 'r');
        stats.opaque++;
      } else {
        node.a[snake] = p.optional ? 'o' : 'r';
        node.t.attributes[snake] = typedAttr(ctyOf(fromJs, p.type), p.optional ? 'o' : 'r');
      }
    }
    if (outputClassFqn) {
      const oc = types[outputClassFqn];
      const gm = getterMap(loadJs(jsFileOf(oc)), oc.name);
      for (const p of oc.properties || []) {
        if (p.static || p.name === 'internalValue') continue;
        if (settable.has(p.name)) continue;
        if (p.name.endsWith('Input') && settable.has(p.name.slice(0, -'Input'.length))) continue;
        if (!p.immutable) continue; // read-write props are settable (already covered)
        let snake = gm.get(p.name);
        if (!snake) { snake = camelToSnake(p.name); stats.computedFallback++; warnings.push(`${oc.name}.${p.name} -> ${snake} (no getter match)`); }
        if (node.a[snake] || node.b[snake]) continue;
        node.a[snake] = 'c';
        node.t.attributes[snake] = typedAttr(computedType(loadJs(jsFileOf(oc)), oc.name, p.name, 0), 'c');
      }
    }
    // optional arguments that are also computed: not told apart by cdktf; see OPTIONAL_COMPUTED
    for (const [name, at] of Object.entries(node.t.attributes)) {
      if (at.optional && (OPTIONAL_COMPUTED.has(name) || node.t.attributes[name + '_prefix'])) at.computed = true;
    }
    node.t.attributes = sortObj(node.t.attributes);
    node.t.block_types = sortObj(node.t.block_types);
    if (!Object.keys(node.t.block_types).length) delete node.t.block_types;
    if (!Object.keys(node.b).length) delete node.b;
    return node;
  }

  const resources = {};
  const dataSources = {};
  const typedResources = {};
  const typedDataSources = {};
  let classes = 0;
  for (const [fqn, t] of Object.entries(types)) {
    if (t.kind !== 'class') continue;
    const isRes = t.base === 'cdktf.TerraformResource';
    const isData = t.base === 'cdktf.TerraformDataSource';
    if (!isRes && !isData) continue;
    classes++;
    const js = loadJs(jsFileOf(t));
    const tfType = js.tfTypes.get(t.name);
    if (!tfType) { warnings.push(`no tfResourceType for ${fqn}`); continue; }
    const cfgParam = (t.initializer.parameters || []).find((p) => p.name === 'config');
    const cfgFqn = cfgParam && cfgParam.type.fqn;
    if (!cfgFqn || !types[cfgFqn]) { warnings.push(`no config struct for ${fqn}`); continue; }
    const node = buildNode(cfgFqn, js, t.name, true, fqn, [cfgFqn]);
    (isRes ? typedResources : typedDataSources)[tfType] = node.t;
    delete node.t;
    (isRes ? resources : dataSources)[tfType] = node;
  }
  // provider configuration block (region, default_tags, assume_role, ...)
  let typedProvider = { attributes: {} };
  for (const [fqn, t] of Object.entries(types)) {
    if (t.kind !== 'class' || t.base !== 'cdktf.TerraformProvider') continue;
    const cfgParam = (t.initializer.parameters || []).find((p) => p.name === 'config');
    if (cfgParam && types[cfgParam.type.fqn]) typedProvider = buildNode(cfgParam.type.fqn, loadJs(jsFileOf(t)), t.name, true, null, [cfgParam.type.fqn]).t;
    delete typedProvider.attributes.alias; // a meta-argument, not part of the provider's schema
  }

  const archive = {
    origin: 'hand-written: hashicorp/archive provider 2.x (not from @cdktf/provider-aws)',
    a: {
      type: 'r', output_path: 'r', source_content: 'o', source_content_filename: 'o', source_file: 'o',
      source_dir: 'o', excludes: 'o', exclude_symlink_directories: 'o', output_file_mode: 'o',
      id: 'c', output_size: 'c', output_sha: 'c', output_sha256: 'c', output_sha512: 'c',
      output_base64sha256: 'c', output_base64sha512: 'c', output_md5: 'c',
    },
    b: { source: { n: 'set', a: { content: 'r', filename: 'r' } } },
  };

  // Terraform's built-in provider (terraform.io/builtin/terraform): always available.
  const terraformData = {
    origin: 'hand-written: built-in terraform_data resource (Terraform >= 1.4), not from @cdktf/provider-aws',
    a: { input: 'o', triggers_replace: 'o', id: 'c', output: 'c' },
  };

  const terraformRemoteState = {
    origin: 'hand-written: built-in terraform_remote_state data source, not from @cdktf/provider-aws',
    a: { backend: 'r', config: 'o', defaults: 'o', workspace: 'o', outputs: 'c' },
  };

  function build(filter) {
    const pick = (m) => sortObj(Object.fromEntries(Object.entries(m).filter(([k]) => filter(k))));
    return {
      format: 'forge-tf-schema/1',
      generated_by: 'tools/aws-schema/extract.js',
      source: `${pkg.name}@${pkg.version} (.jsii + generated lib/*.js)`,
      provider: 'registry.terraform.io/hashicorp/aws',
      provider_version: (pkg.cdktf && pkg.cdktf.provider && pkg.cdktf.provider.version) || '6.25.0',
      legend: {
        a: 'attributes: r = required argument, o = optional argument (may also be computed), c = computed-only (read-only, must not be set), x = opaque (cdktf typed it any: a nested block or value whose contents are not described)',
        b: 'nested blocks: n = nesting (list|set|single|map), min = 1 when required, max = 1 when at most one, a/b = nested attributes/blocks',
      },
      subset: null,
      resources: pick(resources),
      data_sources: pick(dataSources),
      extra: { data_sources: { archive_file: archive, terraform_remote_state: terraformRemoteState }, resources: { terraform_data: terraformData } },
    };
  }

  let out = build(() => true);
  let text = JSON.stringify(out);
  const fullSize = text.length;
  if (text.length > SIZE_LIMIT && !opts.full) {
    const keep = (k) => KEEP_PREFIXES.some((p) => k.startsWith(p));
    out = build(keep);
    out.subset = { reason: `full schema is ${fullSize} bytes (> ${SIZE_LIMIT}); kept types whose names start with one of the prefixes`, prefixes: KEEP_PREFIXES,
      full_counts: { resources: Object.keys(resources).length, data_sources: Object.keys(dataSources).length } };
    text = JSON.stringify(out);
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, text + '\n');

  // Typed schema for tools/tf-provider (the schema-serving plugin), shaped like
  // `terraform providers schema -json`. Only the KEEP_PREFIXES subset (Forge emits no other
  // types); gzip with a fixed header so that the bytes are deterministic.
  const keep = (k) => KEEP_PREFIXES.some((p) => k.startsWith(p));
  const flags = JSON.parse(fs.readFileSync(path.join(__dirname, 'attribute-flags.json'), 'utf8'));
  const applyFlags = (kind, schemas) => {
    for (const [addr, f] of Object.entries(flags[kind] || {})) {
      const [type, ...attrPath] = addr.split('.');
      let block = schemas[type] && schemas[type].block;
      for (const step of attrPath.slice(0, -1)) block = block && block.block_types && block.block_types[step] && block.block_types[step].block;
      const at = block && block.attributes[attrPath[attrPath.length - 1]];
      if (!at) { if (keep(type)) warnings.push(`attribute-flags.json: no ${kind} attribute ${addr}`); continue; }
      if (f.sensitive) at.sensitive = true;
      if (f.write_only) at.write_only = true;
    }
  };
  // Types with an opaque part (cdktf typed it `any`) cannot be served: the real schema has
  // nested blocks there, and Terraform refuses dynamic attributes inside set blocks.
  const opaque = (b) => Object.values(b.attributes || {}).some((a) => a.type === 'dynamic' && !a.computed)
    || Object.values(b.block_types || {}).some((x) => opaque(x.block));
  const excluded = [];
  const wrap = (m) => sortObj(Object.fromEntries(Object.entries(m).filter(([k, b]) => {
    if (!keep(k)) return false;
    if (opaque(b)) { excluded.push(k); return false; }
    return true;
  }).map(([k, b]) => [k, { version: 0, block: b }])));
  const typedResourceSchemas = wrap(typedResources);
  const typedDataSchemas = wrap(typedDataSources);
  applyFlags('resources', typedResourceSchemas);
  applyFlags('data_sources', typedDataSchemas);
  const typedDoc = {
    format_version: '1.0',
    forge: {
      generated_by: 'tools/aws-schema/extract.js',
      source: `${pkg.name}@${pkg.version} (.jsii + generated lib/*.js); sensitive/write_only from tools/aws-schema/attribute-flags.json`,
      provider_version: (pkg.cdktf && pkg.cdktf.provider && pkg.cdktf.provider.version) || '6.25.0',
      subset: { prefixes: KEEP_PREFIXES, resources: Object.keys(typedResourceSchemas).length, data_sources: Object.keys(typedDataSchemas).length },
      excluded_opaque: excluded.sort(),
      limits: 'optional+computed only for id, region, tags_all and x where x_prefix exists; no deprecated flags; min_items/max_items only 1',
    },
    provider_schemas: {
      'registry.terraform.io/hashicorp/aws': {
        provider: { version: 0, block: typedProvider },
        resource_schemas: typedResourceSchemas,
        data_source_schemas: typedDataSchemas,
      },
    },
  };
  // aws_wafv2_web_acl (excluded above as opaque) comes back from a hand-written fragment: overlay.js
  require('./overlay').merge(typedDoc);
  const zlib = require('zlib');
  const typedOut = opts.typedOut || path.join(__dirname, '..', 'tf-provider', 'schema', 'aws-6.25.0.json.gz');
  fs.mkdirSync(path.dirname(typedOut), { recursive: true });
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(typedDoc) + '\n'), { level: 9 });
  gz.writeUInt32LE(0, 4); // mtime 0
  gz[9] = 255; // OS unknown: same bytes on every machine
  fs.writeFileSync(typedOut, gz);
  const summary = {
    out: path.relative(process.cwd(), opts.out), bytes: text.length + 1, full_bytes: fullSize, classes,
    resources: Object.keys(out.resources).length, data_sources: Object.keys(out.data_sources).length,
    all_resources: Object.keys(resources).length, all_data_sources: Object.keys(dataSources).length,
    typed: { bytes_gz: fs.statSync(opts.typedOut || path.join(__dirname, '..', 'tf-provider', 'schema', 'aws-6.25.0.json.gz')).size },
    stats, warnings: warnings.length, seconds: (Date.now() - t0) / 1000,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (warnings.length) console.error(warnings.slice(0, 20).join('\n') + (warnings.length > 20 ? `\n... ${warnings.length - 20} more` : ''));
}

main();
