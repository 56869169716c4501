#!/usr/bin/env node
'use strict';
// lint-check: cfn-lint 1.9.7 (the npm build) over every template, in one process, with its resource specification
// replaced by @aws-cdk/cfnspec 2.72.1's (swap-spec.sh, run by install.sh). cfn-lint resolves every Ref, Fn::GetAtt,
// Fn::Sub and Fn::If against the template (with mock values for parameters and pseudo parameters) and checks the
// properties against its specification. Every error ("crit") is a finding CFN-LINT, except one kind: an "is not a
// valid property" error for a property that AWS's CURRENT specification (aws-service-spec) defines at that path, and
// a "Required property X missing" error for a property the current specification no longer requires. cfnspec stopped
// at 2.72.1 (March 2023), so properties AWS added since then (e.g. Lambda LoggingConfig) are unknown to it and
// properties made optional since (e.g. the OIDC provider's ThumbprintList) still required; those are reported as
// `stale` (listed, not findings) and spec-check holds them to the current specification instead. cfn-lint fills a
// parameter without a Default with a made-up value ('string_input_<Name>') and then judges that value ("Expecting an
// ARN, got 'string_input_CertificateArn'"): such errors are about its guess, not the template, and are listed under
// `guessed` (the value is the deployer's, given in parameters.json). cfn-lint's warnings are listed under `warnings`, not findings.
//   node lint-check.js <file-or-dir>...   -> one JSON report; exit 0 when it ran
const spec = require('./spec-check');

const NOT_VALID = /^(\S+) is not a valid property of (\S+)$/;
const REQUIRED = /^Required property (\S+) missing for type (\S+)$/;
const GUESSED = /, got '(string|number|list|commaDelimitedList)_input_[A-Za-z0-9]+'/;

function isStale(template, err) {
  const notValid = NOT_VALID.exec(err.message);
  const required = REQUIRED.exec(err.message);
  if (!notValid && !required) return false;
  const path = String(err.resource || '').split(' > ');
  if (path[0] !== 'Resources' || path[2] !== 'Properties') return false;
  const r = (template.Resources || {})[path[1]];
  if (!r || typeof r.Type !== 'string') return false;
  const segments = path.slice(3).filter((s) => !/^\d+$/.test(s));
  if (notValid) return spec.knownProperty(r.Type, segments);
  const p = spec.propertyAt(r.Type, [...segments, required[1]]);
  return p !== null && !p.required;
}

// A resource type AWS added after cfn-lint's specification (e.g. AWS::EKS::AccessEntry, December 2023) is "an invalid
// Type" to cfn-lint, which then cannot judge its properties either ("Intrinsic function ... is not supported here"):
// when AWS's CURRENT specification defines the type, both are `stale`, and spec-check holds the resource to the
// current specification (its properties, required ones, enums and the references in it). A type neither knows stays a
// finding.
const INVALID_TYPE = /^Resource (\S+) has an invalid Type of (\S+)\.$/;

function newerTypes(template, errors) {
  const ids = new Set();
  for (const e of errors) {
    const m = INVALID_TYPE.exec(e.message);
    const r = m && (template.Resources || {})[m[1]];
    if (r && r.Type === m[2] && spec.resourceSpec(m[2])) ids.add(m[1]);
  }
  return ids;
}

function ofNewerType(ids, err) {
  const path = String(err.resource || '').split(' > ');
  return ids.has(path[0] === 'Resources' ? path[1] : path[0]);
}

// cfn-lint deep-merges its whole specification (10 MB) into itself before EVERY template, only to add the same
// "<Type>.Tag" property types each time (~0.6 s per template). The first merge is kept; repeating the identical
// Tag-only merge is skipped (a SAM template, which merges more, still goes through). Same results, ~10x faster.
function mergeTagTypesOnce() {
  const rs = require('cfn-lint/lib/resourcesSpec');
  if (rs.extendSpecification.forgeOnce) return;
  const original = rs.extendSpecification;
  let tagsMerged = false;
  const once = (spec) => {
    const keys = Object.keys(spec || {});
    const tagOnly = keys.length === 1 && keys[0] === 'PropertyTypes'
      && Object.keys(spec.PropertyTypes).every((k) => k.endsWith('.Tag'));
    if (tagOnly && tagsMerged) return;
    original(spec);
    if (tagOnly) tagsMerged = true;
  };
  once.forgeOnce = true;
  rs.extendSpecification = once;
}

function check(templates) {
  const api = require('cfn-lint');
  mergeTagTypesOnce();
  const findings = [];
  const stale = [];
  const guessed = [];
  const warnings = [];
  // cfn-lint logs through console; keep stdout for the report
  const log = console.log;
  console.log = (...a) => process.stderr.write(a.join(' ') + '\n');
  try {
    for (const { file, template } of templates) {
      let result;
      try {
        const copy = JSON.parse(JSON.stringify(template));
        delete copy.Rules;
        result = api.validateJsonObject(copy, {}); // parameters: guessed from Default or type
      } catch (e) {
        findings.push({ file, resource: '', check: 'lint', code: 'CFN-LINT', message: `cfn-lint crashed: ${String(e.message || e).split('\n')[0]}` });
        continue;
      }
      const resourceOf = (e) => { const p = String(e.resource || '').split(' > '); return p[0] === 'Resources' ? p[1] || '' : ''; };
      const newer = newerTypes(template, result.errors.crit);
      for (const e of result.errors.crit) {
        const entry = { file, resource: resourceOf(e), check: 'lint', code: 'CFN-LINT', message: `${e.resource}: ${e.message}` };
        (isStale(template, e) || ofNewerType(newer, e) ? stale : GUESSED.test(e.message) ? guessed : findings).push(entry);
      }
      for (const e of result.errors.warn) warnings.push({ file, resource: resourceOf(e), message: `${e.resource}: ${e.message}` });
    }
  } finally {
    console.log = log;
  }
  return { findings, stale, guessed, warnings };
}

module.exports = { check };

if (require.main === module) require('./lib/cli').main(['lint']);
