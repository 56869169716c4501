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
