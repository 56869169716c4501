#!/usr/bin/env node
// A schema-serving Terraform provider plugin: speaks the Terraform plugin protocol 5
// (tfplugin5 over go-plugin gRPC) and answers from a typed schema document, so that the real
// `terraform init`, `validate` and `plan -refresh=false` run offline, with no credentials.
// It never creates anything: ApplyResourceChange is refused. See README.md next to this file.
//
// Usage (Terraform starts it; never by hand): node provider.js --provider aws|archive|google|random [--exit-with-stdin]
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const { Encoder, Decoder, ExtensionCodec } = require('@msgpack/msgpack');
const { selfSignedCert } = require('./cert');
const archiveSchema = require('./schema/archive-2.7.1.json');
const randomSchema = require('./schema/random-3.7.2.json');

const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

// ---------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------
function loadSchema(provider) {
  if (provider === 'archive') return archiveSchema.provider_schemas['registry.terraform.io/hashicorp/archive'];
  if (provider === 'random') return randomSchema.provider_schemas['registry.terraform.io/hashicorp/random'];
  if (provider === 'google') {
    // tools/gcp-schema/extract.js writes it from @cdktf/provider-google (hashicorp/google 6.50.0)
    const file = path.join(__dirname, 'schema', 'google-6.50.0.json.gz');
    return JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')).provider_schemas['registry.terraform.io/hashicorp/google'];
  }
  const file = process.env.FORGE_TF_SCHEMA || path.join(__dirname, 'schema', 'aws-6.25.0.json.gz');
  const doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
  return doc.provider_schemas['registry.terraform.io/hashicorp/aws'];
}

const NESTING = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP', group: 'GROUP' };

function protoBlock(block) {
  const attributes = Object.entries(block.attributes || {}).map(([name, a]) => ({
    name,
    type: Buffer.from(JSON.stringify(a.type)),
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    write_only: !!a.write_only,
    description: '',
  }));
  const block_types = Object.entries(block.block_types || {}).map(([type_name, b]) => ({
    type_name,
    nesting: NESTING[b.nesting_mode],
    block: protoBlock(b.block),
    min_items: b.min_items || 0,
    max_items: b.max_items || 0,
  }));
  return { version: 0, attributes, block_types };
}

function protoSchema(s) {
  return { version: s.version || 0, block: protoBlock(s.block || {}) };
}

// ---------------------------------------------------------------------------
// Values: msgpack DynamicValues as cty encodes them (unknown = extension 0; refined
// unknowns = extension 12). Values are walked with their schema (blocks/attributes).
// ---------------------------------------------------------------------------
const UNKNOWN = Symbol('unknown');
const codec = new ExtensionCodec();
codec.register({ type: 0, encode: (v) => (v === UNKNOWN ? new Uint8Array([0]) : null), decode: () => UNKNOWN });
codec.register({ type: 12, encode: () => null, decode: () => UNKNOWN });
const encoder = new Encoder({ extensionCodec: codec, useBigInt64: true, ignoreUndefined: false });
const decoder = new Decoder({ extensionCodec: codec, useBigInt64: true });
const decode = (dv) => (dv && dv.msgpack && dv.msgpack.length ? decoder.decode(dv.msgpack) : null);
const encode = (v) => ({ msgpack: Buffer.from(encoder.encode(v)) });

// Walk an object value of `block`, calling fn(attrName, attr, obj) on every attribute of
// every nested block instance (config, proposed and planned values have the same shape).
function walk(block, obj, fn) {
  if (obj === null || obj === undefined || obj === UNKNOWN || typeof obj !== 'object') return;
  for (const [name, a] of Object.entries(block.attributes || {})) fn(name, a, obj);
  for (const [name, b] of Object.entries(block.block_types || {})) {
    const v = obj[name];
    if (v === null || v === undefined || v === UNKNOWN) continue;
    if (b.nesting_mode === 'single' || b.nesting_mode === 'group') walk(b.block, v, fn);
    else if (Array.isArray(v)) v.forEach((x) => walk(b.block, x, fn));
    else if (typeof v === 'object') Object.values(v).forEach((x) => walk(b.block, x, fn));
  }
}

// A known placeholder value of a cty type (for data sources, which must return known values).
function placeholder(type, name, ctx) {
  if (type === 'string') return placeholderString(name, ctx);
  if (type === 'number') return 0;
  if (type === 'bool') return false;
  if (type === 'dynamic') return null;
  if (Array.isArray(type)) {
    if (type[0] === 'list' || type[0] === 'set') return [];
    if (type[0] === 'map') return {};
    if (type[0] === 'object') return Object.fromEntries(Object.entries(type[1]).map(([k, t]) => [k, placeholder(t, k, ctx)]));
    if (type[0] === 'tuple') return type[1].map((t) => placeholder(t, '', ctx));
  }
  return null;
}

function placeholderString(name, ctx) {
  const { region, account } = ctx;
  if (name === 'arn' || name.endsWith('_arn')) return `arn:aws:${ctx.service || 'iam'}:${region}:${account}:${ctx.type}/placeholder`;
  if (name === 'account_id') return account;
  if (name === 'region' || name === 'name' && ctx.type === 'aws_region') return region;
  return 'placeholder';
}

// ---------------------------------------------------------------------------
// Provider RPCs
// ---------------------------------------------------------------------------
function providerService(providerName, schema, state) {
  const resources = schema.resource_schemas || {};
  const dataSources = schema.data_source_schemas || {};
  const ephemerals = schema.ephemeral_resource_schemas || {};
  const diag = (summary, detail) => ({ severity: 'ERROR', summary, detail: detail || '' });
  const unknownType = (kind, type) => [diag(`Unknown ${kind} type`, `${type} is not in the schema served by Forge's offline ${providerName} provider.`)];
  let cachedSchema = null;

  return {
    GetSchema(call, cb) {
      if (!cachedSchema) {
        cachedSchema = {
          provider: protoSchema(schema.provider || { block: {} }),
          resource_schemas: Object.fromEntries(Object.entries(resources).map(([k, s]) => [k, protoSchema(s)])),
          data_source_schemas: Object.fromEntries(Object.entries(dataSources).map(([k, s]) => [k, protoSchema(s)])),
          ephemeral_resource_schemas: Object.fromEntries(Object.entries(ephemerals).map(([k, s]) => [k, protoSchema(s)])),
          diagnostics: [],
          server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
        };
      }
      cb(null, cachedSchema);
    },
    PrepareProviderConfig(call, cb) {
      cb(null, { prepared_config: call.request.config, diagnostics: [] });
    },
    ValidateResourceTypeConfig(call, cb) {
      const { type_name } = call.request;
      cb(null, { diagnostics: resources[type_name] ? [] : unknownType('resource', type_name) });
    },
    ValidateDataSourceConfig(call, cb) {
      const { type_name } = call.request;
      cb(null, { diagnostics: dataSources[type_name] ? [] : unknownType('data source', type_name) });
    },
    UpgradeResourceState(call, cb) {
      const raw = call.request.raw_state && call.request.raw_state.json;
      const value = raw && raw.length ? JSON.parse(Buffer.from(raw).toString('utf8')) : null;
      cb(null, { upgraded_state: encode(value), diagnostics: [] });
    },
    Configure(call, cb) {
      const cfg = decode(call.request.config) || {};
      if (typeof cfg.region === 'string') state.region = cfg.region;
      cb(null, { diagnostics: [] });
    },
    ReadResource(call, cb) {
      cb(null, { new_state: call.request.current_state, diagnostics: [], private: call.request.private });
    },
    PlanResourceChange(call, cb) {
      const { type_name } = call.request;
      const s = resources[type_name];
      if (!s) return cb(null, { diagnostics: unknownType('resource', type_name) });
      const proposed = decode(call.request.proposed_new_state);
      if (proposed === null) return cb(null, { planned_state: call.request.proposed_new_state, diagnostics: [] }); // destroy
      const prior = decode(call.request.prior_state);
      walk(s.block, proposed, (name, a, obj) => {
        if (a.write_only) obj[name] = null;
        else if (a.computed && (obj[name] === null || obj[name] === undefined) && prior === null) obj[name] = UNKNOWN;
      });
      cb(null, { planned_state: encode(proposed), diagnostics: [] });
    },
    ApplyResourceChange(call, cb) {
      cb(null, { diagnostics: [diag('Apply is not supported',
        "This is Forge's offline schema-serving provider: it validates and plans, it never creates infrastructure. Run apply with the real provider.")] });
    },
    ImportResourceState(call, cb) {
      cb(null, { diagnostics: [diag('Import is not supported', "Forge's offline provider cannot read real infrastructure.")] });
    },
    ReadDataSource(call, cb) {
      const { type_name } = call.request;
      const s = dataSources[type_name];
      if (!s) return cb(null, { diagnostics: unknownType('data source', type_name) });
      const cfg = decode(call.request.config) || {};
      const ctx = { region: state.region, account: state.account, type: type_name, service: type_name.split('_')[1] };
      const known = knownDataSource(type_name, cfg, ctx);
      if (known.error) return cb(null, { diagnostics: [diag(known.error.summary, known.error.detail)] });
      walk(s.block, cfg, (name, a, obj) => {
        if (name in known.values && obj === cfg) obj[name] = known.values[name];
        else if (a.computed && (obj[name] === null || obj[name] === undefined || obj[name] === UNKNOWN)) obj[name] = placeholder(a.type, name, ctx);
      });
      cb(null, { state: encode(cfg), diagnostics: [] });
    },
    ValidateEphemeralResourceConfig(call, cb) {
      const { type_name } = call.request;
      cb(null, { diagnostics: ephemerals[type_name] ? [] : unknownType('ephemeral resource', type_name) });
    },
    // The result: the config with computed attributes filled with known placeholders (a random_password's result is
    // a fixed placeholder: offline, nothing is ever created with it).
    OpenEphemeralResource(call, cb) {
      const { type_name } = call.request;
      const s = ephemerals[type_name];
      if (!s) return cb(null, { diagnostics: unknownType('ephemeral resource', type_name) });
      const cfg = decode(call.request.config) || {};
      const ctx = { region: state.region, account: state.account, type: type_name, service: type_name.split('_')[1] };
      walk(s.block, cfg, (name, a, obj) => {
        if (a.computed && (obj[name] === null || obj[name] === undefined || obj[name] === UNKNOWN)) obj[name] = placeholder(a.type, name, ctx);
      });
      cb(null, { result: encode(cfg), diagnostics: [] });
    },
    RenewEphemeralResource(call, cb) {
      cb(null, { diagnostics: [] });
    },
    CloseEphemeralResource(call, cb) {
      cb(null, { diagnostics: [] });
    },
    Stop(call, cb) {
      cb(null, { Error: '' });
    },
  };
}

// Realistic values for the data sources Forge's output reads.
function knownDataSource(type, cfg, ctx) {
  const partition = ctx.region.startsWith('cn-') ? 'aws-cn' : ctx.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  switch (type) {
    case 'aws_partition':
      return { values: { id: partition, partition, dns_suffix: partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com', reverse_dns_prefix: 'com.amazonaws' } };
    case 'aws_region': {
      const r = cfg.region || cfg.name || ctx.region;
      return { values: { id: r, name: r, region: r, endpoint: `ec2.${r}.amazonaws.com`, description: r } };
    }
    case 'aws_caller_identity':
      return { values: { id: ctx.account, account_id: ctx.account, arn: `arn:${partition}:iam::${ctx.account}:user/forge-offline`, user_id: 'AIDAFORGEOFFLINE00000' } };
    case 'aws_availability_zones': {
      // Six zones named like the real ones (us-east-1a...), so count/slice over the names plan as they would.
      const letters = ['a', 'b', 'c', 'd', 'e', 'f'];
      const short = ctx.region.split('-').map((p, i) => (i === 2 ? p : p.slice(0, i === 0 ? 2 : 1))).join('');
      return { values: { id: ctx.region, names: letters.map((l) => ctx.region + l), zone_ids: letters.map((l, i) => `${short}-az${i + 1}`), group_names: [ctx.region] } };
    }
    case 'archive_file':
      return archiveFile(cfg);
    default:
      return { values: {} };
  }
}

function archiveFile(cfg) {
  const hash = crypto.createHash('sha256');
  let size = 0;
  if (cfg.source_dir) {
    const dir = path.resolve(cfg.source_dir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      return { error: { summary: 'Archive creation error', detail: `error creating archive: error archiving directory: could not archive missing directory: ${cfg.source_dir}` } };
    }
    const files = [];
    (function list(d) {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) list(p); else if (e.isFile()) files.push(p);
      }
    })(dir);
    for (const f of files) {
      const data = fs.readFileSync(f);
      hash.update(path.relative(dir, f)).update('\0').update(data);
      size += data.length;
    }
  } else if (cfg.source_file) {
    if (!fs.existsSync(cfg.source_file)) return { error: { summary: 'Archive creation error', detail: `error archiving file: could not archive missing file: ${cfg.source_file}` } };
    const data = fs.readFileSync(cfg.source_file);
    hash.update(data); size = data.length;
  } else if (typeof cfg.source_content === 'string') {
    hash.update(cfg.source_content); size = cfg.source_content.length;
  }
  const sha256 = hash.digest();
  const md5 = crypto.createHash('md5').update(sha256).digest('hex');
  const sha1 = crypto.createHash('sha1').update(sha256).digest('hex');
  const sha512 = crypto.createHash('sha512').update(sha256).digest();
  return {
    values: {
      id: sha1, output_size: size, output_sha: sha1, output_md5: md5,
      output_sha256: sha256.toString('hex'), output_base64sha256: sha256.toString('base64'),
      output_sha512: sha512.toString('hex'), output_base64sha512: sha512.toString('base64'),
    },
  };
}

// ---------------------------------------------------------------------------
// go-plugin server
// ---------------------------------------------------------------------------
function main() {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write('This binary is a plugin. These are not meant to be executed directly.\n'
      + "It is Forge's offline Terraform provider: Terraform starts it (see tools/tf-provider/README.md).\n");
    process.exit(1);
  }
  const pi = process.argv.indexOf('--provider');
  const providerName = pi >= 0 ? process.argv[pi + 1] : 'aws';
  const schema = loadSchema(providerName);
  const state = { region: 'us-east-1', account: '123456789012' };

  const loadOpts = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true, includeDirs: [path.join(__dirname, 'proto')] };
  const tf = grpc.loadPackageDefinition(protoLoader.loadSync('tfplugin5.proto', loadOpts)).tfplugin5;
  const gp = grpc.loadPackageDefinition(protoLoader.loadSync('go-plugin.proto', loadOpts)).plugin;
  const health = grpc.loadPackageDefinition(protoLoader.loadSync('health.proto', loadOpts)).grpc.health.v1;

  // GetSchema is asked by every terraform command: serialize the (large, unchanging) answer once.
  const getSchema = tf.Provider.service.GetSchema;
  const serialize = getSchema.responseSerialize;
  let schemaBytes = null;
  getSchema.responseSerialize = (value) => {
    if (value && value.resource_schemas && value.diagnostics && value.diagnostics.length === 0) {
      if (!schemaBytes) schemaBytes = serialize(value);
      return schemaBytes;
    }
    return serialize(value);
  };

  const server = new grpc.Server({ 'grpc.max_receive_message_length': 256 * 1024 * 1024, 'grpc.max_send_message_length': 256 * 1024 * 1024 });
  const shutdown = () => { server.forceShutdown(); setTimeout(() => process.exit(0), 10); };
  server.addService(tf.Provider.service, providerService(providerName, schema, state));
  server.addService(health.Health.service, {
    Check: (call, cb) => cb(null, { status: 'SERVING' }),
    Watch: (call) => { call.write({ status: 'SERVING' }); },
  });
  server.addService(gp.GRPCController.service, { Shutdown: (call, cb) => { cb(null, {}); setImmediate(shutdown); } });
  server.addService(gp.GRPCStdio.service, { StreamStdio: () => { /* nothing is forwarded; stays open until shutdown */ } });
  server.addService(gp.GRPCBroker.service, { StartStream: (call) => { call.on('data', () => {}); call.on('end', () => call.end()); } });

  let creds = grpc.ServerCredentials.createInsecure();
  let certField = '';
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  if (clientCert) {
    const { keyPem, certPem, certDer } = selfSignedCert('localhost');
    creds = grpc.ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(keyPem), cert_chain: Buffer.from(certPem) }], true);
    certField = certDer.toString('base64').replace(/=+$/, '');
  }
  server.bindAsync('127.0.0.1:0', creds, (err, port) => {
    if (err) { process.stderr.write(`forge tf-provider: cannot listen: ${err.message}\n`); process.exit(1); }
    process.stdout.write(`1|5|tcp|127.0.0.1:${port}|grpc|${certField}\n`);
  });
  process.on('SIGINT', () => {}); // Terraform forwards Ctrl-C; it stops us through GRPCController.Shutdown
  if (process.argv.includes('--exit-with-stdin')) {
    // Started by Forge as a shared server (TF_REATTACH_PROVIDERS): stop when Forge goes away, even if killed.
    process.stdin.on('end', shutdown).on('error', shutdown).resume();
  }
  process.on('SIGTERM', shutdown);
}

if (require.main === module) main();

module.exports = { knownDataSource, archiveFile, walk, placeholder, UNKNOWN };
