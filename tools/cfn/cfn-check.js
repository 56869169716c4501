#!/usr/bin/env node
'use strict';
// cfn-check: every CloudFormation check in ONE node process (node start-up is ~0.5 s), over every template given:
//   spec    spec-check.js   AWS's current resource specification (@aws-cdk/aws-service-spec) and references
//   lint    lint-check.js   cfn-lint 1.9.7 with @aws-cdk/cfnspec 2.72.1's specification
//   guard   guard-check.js  cfn-guard 3.1.1 with the AWS Control Tower rules; documented suppressions
//   policy  policy-check.js secrets only as dynamic references, no wildcard IAM actions
//   node cfn-check.js [--only spec,lint,guard,policy] <template-file-or-folder>...
// One JSON report on stdout (see lib/cli.js) with the time each check took; exit 0 when the checks ran.
require('./lib/cli').main(require('./lib/cli').CHECKS);
