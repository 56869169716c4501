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
  'aws_nat_gateway', 'aws_eip', 'aws_route', 'aws_budgets',
];

function parseArgs(argv) {
  const o = { out: DEFAULT_OUT, full: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') o.out = path.resolve(argv[++i]);
    else if (argv[i] === '--full') o.full = true;
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
    const node = { a: {}, b: {} };
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
      } else if (p.type && p.type.primitive === 'any') {
        // cdktf collapses some deeply nested schemas (e.g. aws_wafv2_web_acl rule.statement)
        // into an untyped value: block or attribute, contents unknown
        node.a[snake] = 'x';
        stats.opaque++;
      } else {
        node.a[snake] = p.optional ? 'o' : 'r';
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
      }
    }
    if (!Object.keys(node.b).length) delete node.b;
    return node;
  }

  const resources = {};
  const dataSources = {};
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
    (isRes ? resources : dataSources)[tfType] = node;
  }

  const sortObj = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));

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
  const summary = {
    out: path.relative(process.cwd(), opts.out), bytes: text.length + 1, full_bytes: fullSize, classes,
    resources: Object.keys(out.resources).length, data_sources: Object.keys(out.data_sources).length,
    all_resources: Object.keys(resources).length, all_data_sources: Object.keys(dataSources).length,
    stats, warnings: warnings.length, seconds: (Date.now() - t0) / 1000,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (warnings.length) console.error(warnings.slice(0, 20).join('\n') + (warnings.length > 20 ? `\n... ${warnings.length - 20} more` : ''));
}

main();
