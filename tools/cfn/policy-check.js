#!/usr/bin/env node
'use strict';
// policy-check: Forge's own rules for templates, which no AWS validator holds. Codes:
//   CFN-PLAINTEXT-SECRET     a secret as a value: a literal in a property that carries a password or secret (RDS
//                            MasterUserPassword, Secrets Manager SecretString, ElastiCache AuthToken / user Passwords,
//                            ...), a literal in an environment variable whose name says secret/password/token/key
//                            (Lambda, ECS), a parameter Default that is a secret (NoEcho, or a secret-like name), a
//                            secret dynamic reference in an Outputs value, or a PEM private key anywhere. Allowed:
//                            {{resolve:secretsmanager:..}} / {{resolve:ssm-secure:..}} dynamic references, intrinsics
//                            (Ref of a NoEcho parameter, ARNs), ARNs.
//   CFN-IAM-WILDCARD-ACTION  an IAM policy statement whose Action has a '*' (or uses NotAction)
//   node policy-check.js <file-or-dir>...   -> one JSON report; exit 0 when it ran
const { isIntrinsic } = require('./lib/templates');

const SECRET_PROPERTIES = {
  'AWS::RDS::DBInstance': [['MasterUserPassword']],
  'AWS::RDS::DBCluster': [['MasterUserPassword']],
  'AWS::DocDB::DBCluster': [['MasterUserPassword']],
  'AWS::Redshift::Cluster': [['MasterUserPassword']],
  'AWS::SecretsManager::Secret': [['SecretString']],
  'AWS::ElastiCache::ReplicationGroup': [['AuthToken']],
  'AWS::ElastiCache::User': [['Passwords', '*']],
  'AWS::MemoryDB::User': [['AuthenticationMode', 'Passwords', '*']],
  'AWS::AmazonMQ::Broker': [['Users', '*', 'Password']],
  'AWS::DirectoryService::MicrosoftAD': [['Password']],
  'AWS::OpenSearchService::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
};
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;
const NOT_A_VALUE = /(ARN|NAME|ID|URL|URI|PARAM|PARAMETER|PATH|HEADER)$/i;
const SAFE_REFERENCE = /^\{\{resolve:(secretsmanager|ssm-secure):[^}]+}}$/;
const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

const isLiteralSecret = (v) => (typeof v === 'string' && v !== '' && !SAFE_REFERENCE.test(v) && !v.startsWith('arn:'))
  || typeof v === 'number';

function at(value, segs, where, visit) {
  if (value === undefined || value === null) return;
  if (!segs.length) { visit(value, where); return; }
  const [s, ...rest] = segs;
  if (s === '*') { if (Array.isArray(value)) value.forEach((v, i) => at(v, rest, `${where}[${i}]`, visit)); return; }
  if (typeof value === 'object' && !Array.isArray(value) && !isIntrinsic(value)) at(value[s], rest, `${where}.${s}`, visit);
}

function literalsOf(v, visit, where) {
  // a Fn::If can pick a literal; other intrinsics compute the value from references
  if (isIntrinsic(v)) {
    const [fn] = Object.keys(v);
    if (fn === 'Fn::If' && Array.isArray(v[fn])) v[fn].slice(1).forEach((b) => literalsOf(b, visit, where));
    if (fn === 'Fn::Join' && Array.isArray(v[fn]) && Array.isArray(v[fn][1]) && v[fn][1].every((x) => typeof x === 'string')) {
      visit(v[fn][1].join(v[fn][0]), where);
    }
    if (fn === 'Fn::Sub' && typeof v[fn] === 'string' && !/\$\{[^!]/.test(v[fn])) visit(v[fn], where);
    return;
  }
  visit(v, where);
}

function envVars(r) {
  const p = r.Properties || {};
  const out = [];
  if (r.Type === 'AWS::Lambda::Function' && p.Environment && p.Environment.Variables && typeof p.Environment.Variables === 'object') {
    for (const [k, v] of Object.entries(p.Environment.Variables)) out.push([k, v, `Properties.Environment.Variables.${k}`]);
  }
  if (r.Type === 'AWS::ECS::TaskDefinition' && Array.isArray(p.ContainerDefinitions)) {
    p.ContainerDefinitions.forEach((c, i) => (Array.isArray(c && c.Environment) ? c.Environment : []).forEach((e, j) => {
      if (e && typeof e.Name === 'string') out.push([e.Name, e.Value, `Properties.ContainerDefinitions[${i}].Environment[${j}]`]);
    }));
  }
  return out;
}

function statements(r) {
  const p = r.Properties || {};
  const docs = [];
  if (['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'].includes(r.Type)) docs.push(['Properties.PolicyDocument', p.PolicyDocument]);
  if (['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'].includes(r.Type) && Array.isArray(p.Policies)) {
    p.Policies.forEach((x, i) => docs.push([`Properties.Policies[${i}].PolicyDocument`, x && x.PolicyDocument]));
  }
  const out = [];
  for (const [where, d] of docs) {
    const st = d && d.Statement;
    (Array.isArray(st) ? st : st ? [st] : []).forEach((s, i) => out.push([s, `${where}.Statement[${i}]`]));
  }
  return out;
}

function check(templates) {
  const findings = [];
  for (const { file, template } of templates) {
    const add = (resource, code, message) => findings.push({ file, resource, check: 'policy', code, message });
    for (const [id, p] of Object.entries(template.Parameters || {})) {
      if (!p || p.Default === undefined || p.Default === '') continue;
      if (p.NoEcho === true || p.NoEcho === 'true' || (SECRET_NAME.test(id) && !NOT_A_VALUE.test(id))) {
        add('', 'CFN-PLAINTEXT-SECRET', `Parameters.${id}: a secret parameter has a Default value (take it from Secrets Manager or SSM SecureString through a dynamic reference)`);
      }
    }
    for (const [id, o] of Object.entries(template.Outputs || {})) {
      if (o && /\{\{resolve:(secretsmanager|ssm-secure):/.test(JSON.stringify(o.Value))) {
        add('', 'CFN-PLAINTEXT-SECRET', `Outputs.${id}: an output resolves a secret (output its ARN or name instead)`);
      }
    }
    for (const [id, r] of Object.entries(template.Resources || {})) {
      if (!r || typeof r.Type !== 'string') continue;
      for (const segs of SECRET_PROPERTIES[r.Type] || []) {
        at(r.Properties, segs, 'Properties', (v, where) => literalsOf(v, (lit, w) => {
          if (isLiteralSecret(lit)) add(id, 'CFN-PLAINTEXT-SECRET', `${w}: a secret written as a value (use a {{resolve:secretsmanager:...}} dynamic reference or let the service manage it)`);
        }, where));
      }
      for (const [name, v, where] of envVars(r)) {
        if (!SECRET_NAME.test(name) || NOT_A_VALUE.test(name)) continue;
        literalsOf(v, (lit) => {
          if (isLiteralSecret(lit)) add(id, 'CFN-PLAINTEXT-SECRET', `${where}: environment variable '${name}' holds a secret as a value (pass the secret's ARN and read it at run time, or use ECS Secrets)`);
        }, where);
      }
      for (const [s, where] of statements(r)) {
        if (s && s.NotAction !== undefined) add(id, 'CFN-IAM-WILDCARD-ACTION', `${where}: NotAction grants everything else (list the actions)`);
        const actions = s && s.Action === undefined ? [] : [].concat(s.Action);
        actions.filter((a) => typeof a === 'string' && a.includes('*'))
          .forEach((a) => add(id, 'CFN-IAM-WILDCARD-ACTION', `${where}: action '${a}' has a wildcard (list the exact actions)`));
      }
    }
    const text = JSON.stringify(template);
    if (PEM.test(text)) add('', 'CFN-PLAINTEXT-SECRET', 'the template holds a PEM private key');
  }
  return { findings };
}

module.exports = { check };

if (require.main === module) require('./lib/cli').main(['policy']);
