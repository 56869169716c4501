#!/usr/bin/env node
// Extracts the hashicorp/aws provider schema (resources + data sources) from the
// jsii metadata and generated JavaScript shipped in @cdktf/provider-aws, and writes
// ../validators/schema/aws-provider-6.25.json and ../tf-provider/schema/aws-6.25.0.json.gz.
// The walk is ../cdktf-schema/extract-lib.js (shared with ../gcp-schema); these are the AWS constants.
// See README.md next to this file.
//
// Usage: node extract.js [--out FILE] [--typed-out FILE] [--full]
//   --full   never trim to the prefix allow-list, whatever the size
'use strict';

const path = require('path');
const { run, terraformData } = require('../cdktf-schema/extract-lib');

run({
  toolDir: __dirname,
  generatedBy: 'tools/aws-schema/extract.js',
  PKG_DIR: path.join(__dirname, 'node_modules', '@cdktf', 'provider-aws'),
  providerAddress: 'registry.terraform.io/hashicorp/aws',
  defaultVersion: '6.25.0',
  defaultOut: path.join(__dirname, '..', 'validators', 'schema', 'aws-provider-6.25.json'),
  defaultTypedOut: path.join(__dirname, '..', 'tf-provider', 'schema', 'aws-6.25.0.json.gz'),
  SIZE_LIMIT: 4 * 1024 * 1024,
  // Kept when the full schema would be larger than SIZE_LIMIT (and always in the typed schema).
  KEEP_PREFIXES: [
    'aws_lambda', 'aws_cloudwatch', 'aws_iam', 'aws_apigatewayv2', 'aws_api_gateway', 'aws_dynamodb',
    'aws_s3', 'aws_cloudfront', 'aws_sns', 'aws_sqs', 'aws_ssm', 'aws_secretsmanager', 'aws_ecr', 'aws_kms',
    'aws_security_group', 'aws_vpc', 'aws_subnet', 'aws_db', 'aws_rds', 'aws_elasticache', 'aws_cognito',
    'aws_ecs', 'aws_lb', 'aws_wafv2', 'aws_acm', 'aws_route53', 'aws_appautoscaling', 'aws_xray',
    'aws_caller_identity', 'aws_region', 'aws_partition', 'aws_availability_zones', 'aws_internet_gateway',
    'aws_nat_gateway', 'aws_eip', 'aws_route', 'aws_budgets', 'aws_scheduler', 'aws_codedeploy', 'aws_flow_log',
    'aws_default_security_group', 'aws_service_discovery', 'aws_cloudwatch_event', 'aws_eks',
  ],
  // Optional arguments the provider also computes when unset. cdktf does not record this
  // (it comments only computed-only attributes), so a name table plus one rule: `x` is
  // optional+computed when an `x_prefix` argument exists (name/name_prefix, bucket/bucket_prefix).
  optionalComputed: ['id', 'region', 'tags_all'],
  extra: (pkgName) => ({
    data_sources: {
      archive_file: {
        origin: `hand-written: hashicorp/archive provider 2.x (not from ${pkgName})`,
        a: {
          type: 'r', output_path: 'r', source_content: 'o', source_content_filename: 'o', source_file: 'o',
          source_dir: 'o', excludes: 'o', exclude_symlink_directories: 'o', output_file_mode: 'o',
          id: 'c', output_size: 'c', output_sha: 'c', output_sha256: 'c', output_sha512: 'c',
          output_base64sha256: 'c', output_base64sha512: 'c', output_md5: 'c',
        },
        b: { source: { n: 'set', a: { content: 'r', filename: 'r' } } },
      },
      terraform_remote_state: {
        origin: `hand-written: built-in terraform_remote_state data source, not from ${pkgName}`,
        a: { backend: 'r', config: 'o', defaults: 'o', workspace: 'o', outputs: 'c' },
      },
    },
    resources: { terraform_data: terraformData(pkgName) },
  }),
  // aws_wafv2_web_acl (excluded from the typed schema as opaque) comes back from a hand-written fragment
  overlay: (typedDoc) => require('./overlay').merge(typedDoc),
});
