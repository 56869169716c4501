// node --test tools/validators/test/
// Runs tf-check over the fixture trees in test/fixtures: one valid tree (zero findings)
// and one invalid tree per kind of error (exact finding codes asserted).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { execFile } = require('child_process');
const { checkTree, loadSchema } = require('../tf-check.js');

const FIX = path.join(__dirname, 'fixtures');
const CLI = path.join(__dirname, '..', 'tf-check.js');

// fixture -> exact multiset of "code address" pairs (sorted)
const EXPECTED = {
  valid: [],
  'unknown-resource-type': [
    'unknown-data-source-type data.aws_lambda_funktion.other',
    'unknown-resource-type aws_lambda_functoin.this',
  ],
  'unknown-argument': [
    'unknown-argument aws_lambda_function.this', // environment.secrets
    'unknown-argument aws_lambda_function.this', // memory
    'unknown-block aws_lambda_function.this', // vpc_settings
  ],
  'missing-required-argument': [
    'missing-required-argument aws_cloudwatch_metric_alarm.errors', // metric_query.metric.stat
    'missing-required-argument aws_lambda_function.this', // function_name
    'missing-required-argument aws_lambda_permission.p', // action
    'missing-required-block aws_lb_listener.http', // default_action
  ],
  'computed-attribute-set': [
    'computed-attribute-set aws_lambda_function.this', // invoke_arn
    'computed-attribute-set aws_lambda_function.this', // vpc_config.vpc_id
  ],
  'undeclared-variable': [
    'undeclared-local aws_lambda_function.this',
    'undeclared-variable aws_lambda_function.this',
    'undeclared-variable local.full_name',
  ],
  'unknown-module-output': [
    'undeclared-module output.other',
    'unknown-module-output output.arn',
  ],
  'unknown-module-input': ['unknown-module-input module.fn'],
  'missing-module-input': ['missing-module-input module.fn'],
  'unknown-attribute': [
    'unknown-attribute aws_lambda_function.this', // aws_iam_role.this.role_arn
    'unknown-attribute output.policy', // data.aws_iam_policy_document.assume.policy
    'unknown-attribute output.url', // aws_lambda_function.this.invoke_url
  ],
  misc: [
    'block-as-attribute aws_dynamodb_table.t',
    'count-and-for-each aws_sns_topic.both',
    'duplicate-declaration var.name',
    'invalid-reference aws_sqs_queue.one', // each.key without for_each
    'invalid-reference local.bad', // bare name
    'invalid-reference local.eh', // each.key in a local
    'missing-description output.no_description',
    'missing-description var.name',
    'missing-instance-key aws_sns_topic_subscription.sub',
    'missing-output-value output.no_value',
    'missing-required-argument aws_s3_bucket_lifecycle_configuration.lc', // rule.status inside dynamic content
    'missing-type var.size',
    'module-source-not-found module.gone',
    'parse-error ',
    'too-many-blocks aws_dynamodb_table.t',
    'undeclared-data-source aws_sns_topic_subscription.sub2',
    'undeclared-local aws_dynamodb_table.t',
    'undeclared-resource aws_sns_topic_subscription.sub',
    'unexpected-instance-key aws_sns_topic_subscription.sub2',
    'unknown-block aws_dynamodb_table.t', // replica_settings
    'unknown-block aws_dynamodb_table.t', // dynamic "tags": an argument, not a block
    'unknown-block aws_s3_bucket_lifecycle_configuration.lc', // dynamic "no_such_block"
    'unknown-resource-type random_id.r',
  ],
};

const results = new Map();

test('fixture trees (one process, one wasm start)', async (t) => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    await t.test(name, async () => {
      const r = await checkTree(path.join(FIX, name));
      results.set(name, r);
      assert.ok(r.files > 0, 'parsed some files');
      const got = r.findings.map((f) => `${f.code} ${f.address}`).sort();
      assert.deepEqual(got, [...expected].sort(), JSON.stringify(r.findings, null, 1));
      for (const f of r.findings) {
        assert.deepEqual(Object.keys(f).sort(), ['address', 'code', 'file', 'message']);
        assert.ok(f.file.endsWith('.tf') && !path.isAbsolute(f.file), `relative file: ${f.file}`);
        assert.ok(f.message.length > 0);
      }
    });
  }
});

test('messages name the offending item', () => {
  const msgs = (n) => results.get(n).findings.map((f) => f.message).join('\n');
  assert.match(msgs('unknown-argument'), /"memory"/);
  assert.match(msgs('unknown-argument'), /"environment\.secrets"/);
  assert.match(msgs('computed-attribute-set'), /"vpc_config\.vpc_id"/);
  assert.match(msgs('undeclared-variable'), /var\.prefix/);
  assert.match(msgs('undeclared-variable'), /var\.image_tag/);
  assert.match(msgs('unknown-module-output'), /function_arn/);
  assert.match(msgs('unknown-module-input'), /"memory_mb"/);
  assert.match(msgs('missing-module-input'), /"role_arn"/);
  assert.doesNotMatch(msgs('missing-module-input'), /"timeout"/); // default = null is optional
  assert.match(msgs('unknown-attribute'), /role_arn/);
  const misc = results.get('misc').findings;
  assert.equal(misc.find((f) => f.code === 'parse-error').file, 'modules/broken/main.tf');
  // a module with a parse error reports no undeclared-* noise from its other files
  assert.equal(misc.filter((f) => f.file === 'modules/broken/ok.tf').length, 0);
});

test('valid tree counts every file', () => {
  assert.equal(results.get('valid').files, 7);
});

test('schema: shape and key entries', () => {
  const s = loadSchema(path.join(__dirname, '..', 'schema', 'aws-provider-6.25.json'));
  const fn = s.resources.aws_lambda_function;
  assert.equal(fn.a.function_name, 'r');
  assert.equal(fn.a.role, 'r');
  assert.equal(fn.a.handler, 'o');
  assert.equal(fn.a.invoke_arn, 'c');
  assert.equal(fn.b.vpc_config.max, 1);
  assert.equal(fn.b.vpc_config.a.vpc_id, 'c');
  assert.equal(s.data.aws_caller_identity.a.account_id, 'c');
  assert.equal(s.data.archive_file.a.output_path, 'r');
  assert.equal(s.data.archive_file.a.output_base64sha256, 'c');
  assert.equal(s.resources.aws_lb_listener.b.default_action.min, 1);
});

function cli(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60000 }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, stdout, stderr });
    });
  });
}

test('CLI: one JSON document on stdout, exit 0 with findings', async () => {
  const r = await cli([path.join(FIX, 'unknown-module-input')]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.files, 2);
  assert.deepEqual(doc.findings.map((f) => f.code), ['unknown-module-input']);
  assert.equal(doc.findings[0].file, 'environments/dev/main.tf');
});

test('CLI: usage errors exit 2', async () => {
  assert.equal((await cli([])).code, 2);
  assert.equal((await cli([path.join(FIX, 'does-not-exist')])).code, 2);
});

test('ephemeral resources: declared ones are checked against the schema and referenced as ephemeral.T.N', async () => {
  const fs = require('fs');
  const os = require('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-check-ephemeral-'));
  fs.writeFileSync(path.join(dir, 'main.tf'), [
    'ephemeral "random_password" "ok" {', '  length = 32', '}',
    'ephemeral "random_passwrd" "typo" {', '  length = 32', '}',
    'resource "google_sql_user" "u" {', '  name        = "app"', '  instance    = "db"',
    '  password_wo = ephemeral.random_password.ok.result', '}',
    'resource "google_sql_user" "v" {', '  name        = "app2"', '  instance    = "db"',
    '  password_wo = ephemeral.random_password.missing.result', '}', ''].join('\n'));
  const r = await checkTree(dir, { schema: path.join(__dirname, '..', 'schema', 'google-provider-6.50.json') });
  const codes = r.findings.map((f) => `${f.code} ${f.address}`).sort();
  assert.deepEqual(codes, ['undeclared-ephemeral google_sql_user.v', 'unknown-ephemeral-type ephemeral.random_passwrd.typo']);
});
