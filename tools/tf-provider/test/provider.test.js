'use strict';
// node --test test/  (from tools/tf-provider, after install.sh)
const test = require('node:test');
const assert = require('node:assert');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { selfSignedCert } = require('../cert');
const { knownDataSource, walk, UNKNOWN } = require('../provider');

test('certificate: self-signed EC P-256 for localhost, verifies with its own key', () => {
  const c = selfSignedCert('localhost');
  const x = new crypto.X509Certificate(c.certPem);
  assert.ok(x.verify(x.publicKey));
  assert.strictEqual(x.checkHost('localhost'), 'localhost');
  assert.strictEqual(x.checkIP('127.0.0.1'), '127.0.0.1');
  assert.strictEqual(x.publicKey.asymmetricKeyDetails.namedCurve, 'prime256v1');
  assert.ok(x.ca);
  assert.deepStrictEqual(Buffer.from(x.raw), c.certDer);
});

test('archive_file: a missing source folder is the provider\'s error; an existing one is hashed', () => {
  const missing = knownDataSource('archive_file', { source_dir: '/nonexistent/forge/src' }, { region: 'eu-west-1' });
  assert.match(missing.error.detail, /could not archive missing directory: \/nonexistent\/forge\/src/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-archive-'));
  fs.writeFileSync(path.join(dir, 'handler.py'), 'def handler(e, c):\n    return 1\n');
  const a = knownDataSource('archive_file', { source_dir: dir }, { region: 'eu-west-1' });
  const b = knownDataSource('archive_file', { source_dir: dir }, { region: 'eu-west-1' });
  assert.strictEqual(a.values.output_size, 32);
  assert.strictEqual(a.values.output_base64sha256, b.values.output_base64sha256);
  fs.writeFileSync(path.join(dir, 'handler.py'), 'changed\n');
  const c = knownDataSource('archive_file', { source_dir: dir }, { region: 'eu-west-1' });
  assert.notStrictEqual(c.values.output_base64sha256, a.values.output_base64sha256);
});

test('realistic data sources: partition and caller identity follow the region', () => {
  assert.strictEqual(knownDataSource('aws_partition', {}, { region: 'cn-north-1' }).values.partition, 'aws-cn');
  assert.strictEqual(knownDataSource('aws_region', {}, { region: 'af-south-1' }).values.region, 'af-south-1');
  const id = knownDataSource('aws_caller_identity', {}, { region: 'us-east-1', account: '123456789012' }).values;
  assert.strictEqual(id.account_id, '123456789012');
  assert.match(id.arn, /^arn:aws:iam::123456789012:/);
});

test('walk visits attributes of every nested block instance', () => {
  const block = { attributes: { a: {} }, block_types: { l: { nesting_mode: 'list', block: { attributes: { b: {} } } } } };
  const seen = [];
  walk(block, { a: 1, l: [{ b: 2 }, { b: 3 }, UNKNOWN] }, (n, _, o) => seen.push(`${n}=${o[n]}`));
  assert.deepStrictEqual(seen, ['a=1', 'b=2', 'b=3']);
});

test('handshake: refuses to run without the magic cookie; with it prints the go-plugin line and a certificate', async () => {
  const bare = spawn(process.execPath, [path.join(__dirname, '..', 'provider.js')], { env: { PATH: process.env.PATH } });
  const code = await new Promise((r) => bare.on('exit', r));
  assert.strictEqual(code, 1);
  const clientCert = selfSignedCert('localhost').certPem;
  const p = spawn(process.execPath, [path.join(__dirname, '..', 'provider.js'), '--provider', 'archive'], {
    env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2', PLUGIN_CLIENT_CERT: clientCert },
  });
  const line = await new Promise((resolve) => { let s = ''; p.stdout.on('data', (d) => { s += d; if (s.includes('\n')) resolve(s.split('\n')[0]); }); });
  p.kill();
  const parts = line.split('|');
  assert.deepStrictEqual(parts.slice(0, 3), ['1', '5', 'tcp']);
  assert.match(parts[3], /^127\.0\.0\.1:\d+$/);
  assert.strictEqual(parts[4], 'grpc');
  assert.ok(!parts[5].endsWith('='));
  const cert = new crypto.X509Certificate(Buffer.from(parts[5], 'base64'));
  assert.strictEqual(cert.checkHost('localhost'), 'localhost');
});

// A plain-gRPC client of a plugin started in reattach mode (no PLUGIN_CLIENT_CERT), as Forge's ProviderServers do.
async function startPlain(provider) {
  const grpc = require('@grpc/grpc-js');
  const protoLoader = require('@grpc/proto-loader');
  const p = spawn(process.execPath, [path.join(__dirname, '..', 'provider.js'), '--provider', provider], {
    env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2' },
  });
  const line = await new Promise((resolve) => { let s = ''; p.stdout.on('data', (d) => { s += d; if (s.includes('\n')) resolve(s.split('\n')[0]); }); });
  const opts = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true, includeDirs: [path.join(__dirname, '..', 'proto')] };
  const tf = grpc.loadPackageDefinition(protoLoader.loadSync('tfplugin5.proto', opts)).tfplugin5;
  const client = new tf.Provider(line.split('|')[3], grpc.credentials.createInsecure());
  const call = (rpc, req) => new Promise((resolve, reject) => client[rpc](req, (err, res) => (err ? reject(err) : resolve(res))));
  return { call, stop: () => { client.close(); p.kill(); } };
}

test('google: the served schema has the write-only password arguments the gcp Terraform uses', async () => {
  const g = await startPlain('google');
  try {
    const s = await g.call('GetSchema', {});
    const attr = (type, name) => s.resource_schemas[type].block.attributes.find((a) => a.name === name);
    assert.ok(attr('google_sql_user', 'password_wo').write_only);
    assert.ok(attr('google_secret_manager_secret_version', 'secret_data_wo').write_only);
    assert.ok(attr('google_sql_database_instance', 'database_version').required);
    assert.deepStrictEqual(Object.keys(s.ephemeral_resource_schemas), []);
  } finally { g.stop(); }
});

test('random: the ephemeral random_password is validated and opened with a known result, never for unknown types', async () => {
  const { Encoder, Decoder } = require('@msgpack/msgpack');
  const r = await startPlain('random');
  try {
    const s = await r.call('GetSchema', {});
    assert.deepStrictEqual(Object.keys(s.ephemeral_resource_schemas), ['random_password']);
    const cfg = { msgpack: Buffer.from(new Encoder().encode({ length: 32, special: false, result: null, bcrypt_hash: null, lower: null,
      min_lower: null, min_numeric: null, min_special: null, min_upper: null, numeric: null, override_special: null, upper: null })) };
    assert.deepStrictEqual((await r.call('ValidateEphemeralResourceConfig', { type_name: 'random_password', config: cfg })).diagnostics, []);
    const opened = await r.call('OpenEphemeralResource', { type_name: 'random_password', config: cfg });
    const result = new Decoder().decode(opened.result.msgpack);
    assert.strictEqual(typeof result.result, 'string');
    assert.strictEqual(result.length, 32);
    const bad = await r.call('OpenEphemeralResource', { type_name: 'random_string', config: cfg });
    assert.match(bad.diagnostics[0].summary, /Unknown ephemeral resource type/);
  } finally { r.stop(); }
});
