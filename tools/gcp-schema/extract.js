#!/usr/bin/env node
// Extracts the hashicorp/google provider schema (resources + data sources) from the
// jsii metadata and generated JavaScript shipped in @cdktf/provider-google, and writes
// ../validators/schema/google-provider-6.50.json (the subset Forge's gcp target emits, for
// tf-check.js) and ../tf-provider/schema/google-6.50.0.json.gz (typed, for the offline provider).
// The walk is ../cdktf-schema/extract-lib.js (shared with ../aws-schema); these are the google constants.
// See README.md next to this file.
//
// Usage: node extract.js [--out FILE] [--typed-out FILE] [--full]
//   --full   never trim to the prefix allow-list, whatever the size
'use strict';

const path = require('path');
const { run, terraformData } = require('../cdktf-schema/extract-lib');

run({
  toolDir: __dirname,
  generatedBy: 'tools/gcp-schema/extract.js',
  PKG_DIR: path.join(__dirname, 'node_modules', '@cdktf', 'provider-google'),
  providerAddress: 'registry.terraform.io/hashicorp/google',
  defaultVersion: '6.50.0',
  defaultOut: path.join(__dirname, '..', 'validators', 'schema', 'google-provider-6.50.json'),
  defaultTypedOut: path.join(__dirname, '..', 'tf-provider', 'schema', 'google-6.50.0.json.gz'),
  SIZE_LIMIT: 0, // always the subset below: the full google schema is ~5 MB and Forge emits a few types
  // The types Forge's gcp target emits (and near neighbours a user may add by hand).
  KEEP_PREFIXES: [
    'google_compute_network', 'google_compute_subnetwork', 'google_compute_global_address', 'google_compute_router',
    'google_service_networking_connection', 'google_sql_', 'google_redis_instance', 'google_storage_bucket',
    'google_pubsub_', 'google_firestore_', 'google_artifact_registry_repository', 'google_secret_manager_secret',
    'google_service_account', 'google_project_iam_', 'google_project_service', 'google_iam_workload_identity_pool',
    'google_cloud_scheduler_job', 'google_billing_budget', 'google_monitoring_alert_policy',
    'google_monitoring_notification_channel', 'google_kms_', 'google_cloud_run_v2_', 'google_client_config',
    'google_project', 'google_storage_project_service_account', 'google_billing_account',
  ],
  // Optional arguments the provider also computes when unset (see ../aws-schema/extract.js).
  optionalComputed: ['id', 'project', 'region', 'zone'],
  extra: (pkgName) => ({
    data_sources: {},
    resources: { terraform_data: terraformData(pkgName) },
    ephemeral_resources: {
      // hashicorp/random's ephemeral random_password (random >= 3.7): the cloudsql module generates the database
      // password with it, so the password is never in plan or state.
      random_password: {
        origin: `hand-written: hashicorp/random 3.7.x ephemeral resource random_password (not from ${pkgName}); same as ../tf-provider/schema/random-3.7.2.json`,
        a: {
          length: 'r', lower: 'o', min_lower: 'o', min_numeric: 'o', min_special: 'o', min_upper: 'o', numeric: 'o',
          override_special: 'o', special: 'o', upper: 'o', result: 'c', bcrypt_hash: 'c',
        },
      },
    },
  }),
});
