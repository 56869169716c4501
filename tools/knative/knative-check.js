#!/usr/bin/env node
// Checks Cloud Run YAML files (Forge's gcp target) offline, in one process:
//   node knative-check.js FILE_OR_DIR...      -> JSON report on stdout: { files, objects, kinds, findings: [...] }
// - serving.knative.dev/v1 Service: the Knative serving schema of @kubernetes-models/knative (required fields, types,
//   enums) AND unknown fields: every key is walked against the typed fields of the model's TypeScript declaration
//   (IService in serving.knative.dev/v1/Service.d.ts; metadata against IObjectMeta), which the schema check alone
//   lets through.
// - run.googleapis.com/v1 Job (Cloud Run's own kind, not Knative's): the envelope against the fields of the Cloud Run
//   Admin API v1 reference (Job, JobSpec, ExecutionTemplateSpec, ExecutionSpec, TaskTemplateSpec, TaskSpec), each
//   container as a Knative container (schema + typed fields, the same model Cloud Run's services use).
// - Cloud Run annotations (run.googleapis.com/*, autoscaling.knative.dev/*): the key must be one Cloud Run reads.
// Exit 0 when the check ran (findings or not), 2 on a usage or read error.
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { Service } = require('@kubernetes-models/knative/serving.knative.dev/v1/Service');

const MODELS = path.join(__dirname, 'node_modules', '@kubernetes-models');

// ---- a reader of the declarations' type literals: { "a"?: T; [key: string]: T }, Array<T>, unions, names --------
function parseInterface(file, name) {
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const start = text.indexOf('export interface ' + name + ' {');
  if (start < 0) throw new Error('no interface ' + name + ' in ' + file);
  const p = { s: text, i: text.indexOf('{', start) };
  return readObject(p);
}
function ws(p) { while (p.i < p.s.length && /\s/.test(p.s[p.i])) p.i++; }
function expect(p, c) { ws(p); if (p.s[p.i] !== c) throw new Error('expected ' + c + ' at ' + p.i + ': ' + p.s.slice(p.i, p.i + 40)); p.i++; }
function readObject(p) {
  expect(p, '{');
  const node = { kind: 'object', fields: {}, index: null };
  for (;;) {
    ws(p);
    if (p.s[p.i] === '}') { p.i++; return node; }
    if (p.s[p.i] === '[') { // [key: string]: T;
      p.i = p.s.indexOf(']', p.i) + 1; expect(p, ':');
      node.index = readType(p); ws(p); if (p.s[p.i] === ';') p.i++;
      continue;
    }
    let key;
    if (p.s[p.i] === '"') { const e = p.s.indexOf('"', p.i + 1); key = p.s.slice(p.i + 1, e); p.i = e + 1; }
    else { const m = /^[A-Za-z_$][\w$]*/.exec(p.s.slice(p.i)); key = m[0]; p.i += key.length; }
    ws(p);
    const optional = p.s[p.i] === '?'; if (optional) p.i++;
    expect(p, ':');
    node.fields[key] = { type: readType(p), optional };
    ws(p); if (p.s[p.i] === ';') p.i++;
  }
}
function readType(p) {
  const alts = [readPrimary(p)];
  for (;;) { ws(p); if (p.s[p.i] === '|') { p.i++; alts.push(readPrimary(p)); } else break; }
  return alts.length === 1 ? alts[0] : { kind: 'union', alts };
}
function readPrimary(p) {
  ws(p);
  if (p.s[p.i] === '{') return readObject(p);
  if (p.s.startsWith('Array<', p.i)) { p.i += 6; const t = readType(p); expect(p, '>'); return { kind: 'array', of: t }; }
  if (p.s[p.i] === '"') { const e = p.s.indexOf('"', p.i + 1); const v = p.s.slice(p.i + 1, e); p.i = e + 1; return { kind: 'literal', v }; }
  const m = /^[A-Za-z_$][\w$.]*/.exec(p.s.slice(p.i));
  if (!m) throw new Error('cannot read a type at ' + p.s.slice(p.i, p.i + 40));
  p.i += m[0].length;
  return { kind: 'name', name: m[0] };
}

const SERVICE = parseInterface(path.join(MODELS, 'knative/serving.knative.dev/v1/Service.d.ts'), 'IService');
const OBJECT_META = parseInterface(path.join(MODELS, 'apimachinery/apis/meta/v1/ObjectMeta.d.ts'), 'IObjectMeta');
const NAMED = { IObjectMeta: OBJECT_META };
const CONTAINER = SERVICE.fields.spec.type.fields.template.type.fields.spec.type.fields.containers.type.of;
// Cloud Run's extensions of the Knative container (its YAML reference documents them; the Knative model, where they
// sit behind feature flags, lacks them): startupProbe, typed as the model's livenessProbe.
if (!CONTAINER.fields.startupProbe) CONTAINER.fields.startupProbe = { type: CONTAINER.fields.livenessProbe.type, optional: true };

// ---- Cloud Run Admin API v1: the Job envelope (the reference's fields; containers are checked as Knative's) -------
const META = { kind: 'name', name: 'IObjectMeta' };
const STRING = { kind: 'name', name: 'string' };
const NUMBER = { kind: 'name', name: 'number' };
const INT_OR_STRING = { kind: 'union', alts: [NUMBER, STRING] };
const obj = (fields) => ({ kind: 'object', fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { type: v, optional: true }])), index: null });
const TASK_SPEC = obj({ containers: { kind: 'array', of: CONTAINER }, maxRetries: NUMBER, serviceAccountName: STRING,
  timeoutSeconds: INT_OR_STRING, volumes: { kind: 'array', of: { kind: 'name', name: 'any' } } });
const JOB = obj({
  apiVersion: { kind: 'literal', v: 'run.googleapis.com/v1' }, kind: { kind: 'literal', v: 'Job' }, metadata: META,
  spec: obj({ template: obj({ metadata: META, spec: obj({ parallelism: NUMBER, taskCount: NUMBER,
    template: obj({ spec: TASK_SPEC }) }) }) }),
  status: { kind: 'name', name: 'any' } });
JOB.fields.apiVersion.optional = false; JOB.fields.kind.optional = false;

// ---- Cloud Run's annotations (YAML reference): the keys Cloud Run reads, per place -----------------------------
const SERVICE_ANNOTATIONS = new Set(['run.googleapis.com/ingress', 'run.googleapis.com/ingress-status',
  'run.googleapis.com/launch-stage', 'run.googleapis.com/binary-authorization',
  'run.googleapis.com/binary-authorization-breakglass', 'run.googleapis.com/default-url-disabled',
  'run.googleapis.com/invoker-iam-disabled', 'run.googleapis.com/minScale', 'run.googleapis.com/maxScale',
  'run.googleapis.com/scalingMode', 'run.googleapis.com/manualInstanceCount']);
const TEMPLATE_ANNOTATIONS = new Set(['autoscaling.knative.dev/minScale', 'autoscaling.knative.dev/maxScale',
  'run.googleapis.com/cloudsql-instances', 'run.googleapis.com/cpu-throttling', 'run.googleapis.com/startup-cpu-boost',
  'run.googleapis.com/execution-environment', 'run.googleapis.com/network-interfaces',
  'run.googleapis.com/vpc-access-connector', 'run.googleapis.com/vpc-access-egress', 'run.googleapis.com/sessionAffinity',
  'run.googleapis.com/encryption-key', 'run.googleapis.com/encryption-key-shutdown-hours',
  'run.googleapis.com/post-key-revocation-action-type', 'run.googleapis.com/secrets', 'run.googleapis.com/container-dependencies',
  'run.googleapis.com/gpu-zonal-redundancy-disabled', 'run.googleapis.com/health-check-disabled']);
const JOB_TEMPLATE_ANNOTATIONS = new Set(['run.googleapis.com/cloudsql-instances', 'run.googleapis.com/execution-environment',
  'run.googleapis.com/network-interfaces', 'run.googleapis.com/vpc-access-connector', 'run.googleapis.com/vpc-access-egress',
  'run.googleapis.com/encryption-key', 'run.googleapis.com/secrets', 'run.googleapis.com/container-dependencies']);
const CLOUD_RUN_PREFIXES = ['run.googleapis.com/', 'autoscaling.knative.dev/', 'serving.knative.dev/'];

// ---- the walk: every key of the object must be a field of its type --------------------------------------------
function walk(value, type, at, out) {
  if (value === null || value === undefined || !type) return;
  if (type.kind === 'name') {
    if (NAMED[type.name]) return walk(value, NAMED[type.name], at, out);
    if (type.name === 'string' && typeof value !== 'string') out.push({ path: at, message: 'expected a string' });
    if (type.name === 'number' && typeof value !== 'number') out.push({ path: at, message: 'expected a number' });
    if (type.name === 'boolean' && typeof value !== 'boolean') out.push({ path: at, message: 'expected a boolean' });
    return; // other named types (imported interfaces inside ObjectMeta, any) are not walked further
  }
  if (type.kind === 'literal') { if (value !== type.v) out.push({ path: at, message: 'expected "' + type.v + '"' }); return; }
  if (type.kind === 'union') {
    const ok = type.alts.some(a => { const o = []; walk(value, a, at, o); return o.length === 0; });
    if (!ok) out.push({ path: at, message: 'matches none of the types allowed here' });
    return;
  }
  if (type.kind === 'array') {
    if (!Array.isArray(value)) { out.push({ path: at, message: 'expected a list' }); return; }
    value.forEach((v, i) => walk(v, type.of, at + '/' + i, out));
    return;
  }
  if (type.kind === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) { out.push({ path: at, message: 'expected an object' }); return; }
    for (const [k, v] of Object.entries(value)) {
      const f = type.fields[k];
      if (f) walk(v, f.type, at + '/' + k, out);
      else if (type.index) walk(v, type.index, at + '/' + k, out);
      else if (Object.keys(type.fields).length > 0) out.push({ path: at + '/' + k, message: 'unknown field "' + k + '"' });
    }
    for (const [k, f] of Object.entries(type.fields)) {
      if (!f.optional && !(k in value)) out.push({ path: at + '/' + k, message: 'required field "' + k + '" is missing' });
    }
  }
}

function annotations(meta, allowed, at, out) {
  const a = meta && meta.annotations;
  if (!a) return;
  for (const k of Object.keys(a)) {
    if (CLOUD_RUN_PREFIXES.some(p => k.startsWith(p)) && !allowed.has(k)) {
      out.push({ path: at + '/annotations/' + k, message: 'Cloud Run does not read the annotation "' + k + '" here' });
    }
  }
}

function schema(obj, at, out) {
  try { new Service(obj).validate(); } catch (e) {
    for (const err of (e.errors || [{ instancePath: '', message: e.message }])) {
      out.push({ path: at + (err.instancePath || ''), message: 'Knative schema: ' + (err.message || String(err)) + (err.params ? ' ' + JSON.stringify(err.params) : '') });
    }
  }
}

function checkObject(o, out) {
  if (o.apiVersion === 'serving.knative.dev/v1' && o.kind === 'Service') {
    schema(o, '', out);
    walk(o, SERVICE, '', out);
    annotations(o.metadata, SERVICE_ANNOTATIONS, '/metadata', out);
    annotations(o.spec && o.spec.template && o.spec.template.metadata, TEMPLATE_ANNOTATIONS, '/spec/template/metadata', out);
    return 'Service';
  }
  if (o.apiVersion === 'run.googleapis.com/v1' && o.kind === 'Job') {
    walk(o, JOB, '', out);
    annotations(o.metadata, new Set(['run.googleapis.com/launch-stage']), '/metadata', out);
    const tmpl = o.spec && o.spec.template;
    annotations(tmpl && tmpl.metadata, JOB_TEMPLATE_ANNOTATIONS, '/spec/template/metadata', out);
    const containers = (((tmpl || {}).spec || {}).template || {}).spec;
    const list = containers && containers.containers;
    if (!Array.isArray(list) || list.length === 0) out.push({ path: '/spec/template/spec/template/spec/containers', message: 'a job needs a container' });
    else list.forEach((c, i) => {
      // the container as a Knative revision's container: the same schema Cloud Run services use
      const wrapped = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'job' },
        spec: { template: { spec: { containers: [c] } } } };
      const o2 = [];
      schema(wrapped, '', o2);
      o2.forEach(f => out.push({ path: f.path.replace('/spec/template/spec/containers/0', '/spec/template/spec/template/spec/containers/' + i), message: f.message }));
    });
    return 'Job';
  }
  out.push({ path: '', message: 'not a Cloud Run object: ' + o.apiVersion + ' ' + o.kind });
  return 'unknown';
}

function files(args) {
  const out = [];
  for (const a of args) {
    const st = fs.statSync(a);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(a).sort()) out.push(...files([path.join(a, e)]));
    } else if (/\.ya?ml$/.test(a)) out.push(a);
  }
  return out;
}

function main(argv) {
  if (argv.length === 0) { process.stderr.write('usage: knative-check.js FILE_OR_DIR...\n'); return 2; }
  const report = { files: 0, objects: 0, kinds: {}, findings: [] };
  for (const f of files(argv)) {
    report.files++;
    const docs = YAML.parseAllDocuments(fs.readFileSync(f, 'utf8'));
    for (const d of docs) {
      if (d.errors.length) { report.findings.push({ file: f, path: '', message: 'YAML: ' + d.errors[0].message }); continue; }
      const o = d.toJS();
      if (!o) continue;
      const found = [];
      const kind = checkObject(o, found);
      report.objects++;
      report.kinds[kind] = (report.kinds[kind] || 0) + 1;
      found.forEach(x => report.findings.push({ file: f, path: x.path, message: x.message }));
    }
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

try { process.exitCode = main(process.argv.slice(2)); } catch (e) { process.stderr.write(String(e && e.stack || e) + '\n'); process.exitCode = 2; }
