#!/usr/bin/env node
// k8s-check: offline validation of Kubernetes manifests emitted by Forge, in ONE node process.
//
//   node k8s-check.js <file-or-dir>...
//
// Reads every YAML document of the given files (directories: every *.yaml/*.yml below them, except
// kustomization.yaml) and checks each object twice:
//   1. kubernetes-models (4.5.x): the object's class validates it against the Kubernetes OpenAPI schema
//      (required fields, types, enums, formats);                                      code K8S-SCHEMA
//   2. @kubernetes/client-node (2.0.1): every key of the object, at every depth, must be an attribute of its
//      type, walking ObjectSerializer's typed attribute lists (V1Deployment -> V1DeploymentSpec -> ...):
//      misspelled, misplaced or removed fields;                                       code K8S-UNKNOWN-FIELD
// Objects of the External Secrets Operator (external-secrets.io/v1 SecretStore, ClusterSecretStore,
// ExternalSecret), which neither package knows, get a structural check against the documented v1 API
// (docs/api/spec.md of external-secrets/external-secrets): known fields only, required fields, enums and
// scalar types of the fields Forge can emit (AWS provider only);                        code ESO-SCHEMA
// Any other kind is reported as K8S-UNKNOWN-KIND. Prints ONE JSON document:
//   {"files": N, "objects": N, "kinds": {"Deployment": N, ...}, "findings": [{"file","object","code","message"}]}
// Exit 0 whenever the check ran (findings are data); exit 2 on usage error or crash.
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

function listFiles(args) {
  const out = [];
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (/\.ya?ml$/.test(p) && path.basename(p) !== 'kustomization.yaml') {
      out.push(p);
    }
  };
  args.forEach(walk);
  return out;
}

// ---- 1. kubernetes-models -------------------------------------------------------------------------
function modelClass(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['v1', null];
  const mod = version ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/v1/${kind}`;
  try {
    return require(mod)[kind];
  } catch (e) {
    return null;
  }
}

// ---- 2. client-node typed attributes ---------------------------------------------------------------
let models;
function clientClass(apiVersion, kind) {
  const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
  const name = version.charAt(0).toUpperCase() + version.slice(1) + kind;
  return models[name] ? name : null;
}

function unknownFields(value, type, where, out) {
  if (value === null || value === undefined) return;
  let m;
  if ((m = /^Array<(.+)>$/.exec(type))) {
    if (!Array.isArray(value)) { out.push(`${where}: expected a list (${type})`); return; }
    value.forEach((v, i) => unknownFields(v, m[1], `${where}[${i}]`, out));
    return;
  }
  if ((m = /^\{ \[key: string\]: (.+); \}$/.exec(type))) {
    if (typeof value !== 'object' || Array.isArray(value)) { out.push(`${where}: expected a map (${type})`); return; }
    for (const [k, v] of Object.entries(value)) unknownFields(v, m[1], `${where}.${k}`, out);
    return;
  }
  const cls = models[type];
  if (!cls || typeof cls.getAttributeTypeMap !== 'function') return; // scalars, IntOrString, any, Date
  if (typeof value !== 'object' || Array.isArray(value)) { out.push(`${where}: expected an object (${type})`); return; }
  const attrs = new Map(cls.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value)) {
    if (!attrs.has(k)) {
      out.push(`${where}.${k}: unknown field (not an attribute of ${type})`);
    } else {
      unknownFields(v, attrs.get(k), `${where}.${k}`, out);
    }
  }
}

// ---- 3. External Secrets Operator (external-secrets.io/v1), structural -------------------------------
// A node: {t: 'object'|'string'|'boolean'|'integer'|'list'|'map', f: {field: node}, req: [...], enum: [...], of: node}
const S = { t: 'string' };
const str = (e) => (e ? { t: 'string', enum: e } : S);
const obj = (f, req) => ({ t: 'object', f, req: req || [] });
const META = obj({ name: S, namespace: S, labels: { t: 'map', of: S }, annotations: { t: 'map', of: S } }, ['name']);
const SA_SELECTOR = obj({ name: S, namespace: S, audiences: { t: 'list', of: S } }, ['name']);
const SECRET_KEY_SELECTOR = obj({ name: S, namespace: S, key: S });
const AWS_PROVIDER = obj({
  service: str(['SecretsManager', 'ParameterStore']),
  region: S, role: S, prefix: S, externalID: S,
  additionalRoles: { t: 'list', of: S },
  transitiveTagKeys: { t: 'list', of: S },
  sessionTags: { t: 'list', of: obj({ key: S, value: S }, ['key', 'value']) },
  secretsManager: obj({ forceDeleteWithoutRecovery: { t: 'boolean' }, recoveryWindowInDays: { t: 'integer' } }),
  auth: obj({
    jwt: obj({ serviceAccountRef: SA_SELECTOR }),
    secretRef: obj({ accessKeyIDSecretRef: SECRET_KEY_SELECTOR, secretAccessKeySecretRef: SECRET_KEY_SELECTOR,
      sessionTokenSecretRef: SECRET_KEY_SELECTOR }),
  }),
}, ['service', 'region']);
const STORE = obj({ apiVersion: S, kind: S, metadata: META, spec: obj({
  controller: S, refreshInterval: { t: 'integer' },
  retrySettings: obj({ maxRetries: { t: 'integer' }, retryInterval: S }),
  conditions: { t: 'list', of: obj({ namespaceSelector: { t: 'any' }, namespaces: { t: 'list', of: S }, namespaceRegexes: { t: 'list', of: S } }) },
  provider: obj({ aws: AWS_PROVIDER }),
}, ['provider']) }, ['spec']);
const REMOTE_REF = obj({
  key: S, property: S, version: S,
  conversionStrategy: str(['Default', 'Unicode']),
  decodingStrategy: str(['Auto', 'Base64', 'Base64URL', 'None']),
  metadataPolicy: str(['None', 'Fetch']),
}, ['key']);
const EXTERNAL_SECRET = obj({ apiVersion: S, kind: S, metadata: META, spec: obj({
  refreshInterval: S,
  refreshPolicy: str(['CreatedOnce', 'Periodic', 'OnChange']),
  secretStoreRef: obj({ name: S, kind: str(['SecretStore', 'ClusterSecretStore']) }, ['name']),
  target: obj({
    name: S, immutable: { t: 'boolean' },
    creationPolicy: str(['Owner', 'Orphan', 'Merge', 'None']),
    deletionPolicy: str(['Delete', 'Merge', 'Retain']),
    template: { t: 'any' },
  }),
  data: { t: 'list', of: obj({ secretKey: S, remoteRef: REMOTE_REF, sourceRef: { t: 'any' } }, ['secretKey', 'remoteRef']) },
  dataFrom: { t: 'list', of: { t: 'any' } },
}) }, ['spec']);
const ESO = { SecretStore: STORE, ClusterSecretStore: STORE, ExternalSecret: EXTERNAL_SECRET };

function structural(value, node, where, out) {
  if (node.t === 'any') return;
  if (node.t === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) { out.push(`${where}: expected an object`); return; }
    for (const r of node.req) if (!(r in value)) out.push(`${where}.${r}: required`);
    for (const [k, v] of Object.entries(value)) {
      if (!(k in node.f)) out.push(`${where}.${k}: unknown field`);
      else structural(v, node.f[k], `${where}.${k}`, out);
    }
  } else if (node.t === 'list') {
    if (!Array.isArray(value)) { out.push(`${where}: expected a list`); return; }
    value.forEach((v, i) => structural(v, node.of, `${where}[${i}]`, out));
  } else if (node.t === 'map') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) { out.push(`${where}: expected a map`); return; }
    for (const [k, v] of Object.entries(value)) structural(v, node.of, `${where}.${k}`, out);
  } else if (node.t === 'string') {
    if (typeof value !== 'string') out.push(`${where}: expected a string, got ${JSON.stringify(value)}`);
    else if (node.enum && !node.enum.includes(value)) out.push(`${where}: '${value}' is not one of ${node.enum.join(', ')}`);
  } else if (node.t === 'boolean' && typeof value !== 'boolean') {
    out.push(`${where}: expected a boolean`);
  } else if (node.t === 'integer' && !Number.isInteger(value)) {
    out.push(`${where}: expected an integer`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    process.stderr.write('usage: node k8s-check.js <file-or-dir>...\n');
    process.exit(2);
  }
  models = await import(path.join(__dirname, 'node_modules/@kubernetes/client-node/dist/gen/models/ObjectSerializer.js'));
  const files = listFiles(args);
  const findings = [];
  const kinds = {};
  let objects = 0;
  for (const file of files) {
    const docs = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'));
    for (const d of docs) {
      if (d.errors.length) {
        findings.push({ file, object: '?', code: 'YAML', message: d.errors.map((e) => e.message).join('; ') });
        continue;
      }
      const o = d.toJS();
      if (o === null) continue;
      objects++;
      const id = `${o.kind}/${o.metadata && o.metadata.name}`;
      kinds[o.kind] = (kinds[o.kind] || 0) + 1;
      const add = (code, message) => findings.push({ file, object: id, code, message });
      if (typeof o.apiVersion !== 'string' || typeof o.kind !== 'string') { add('K8S-SCHEMA', 'apiVersion and kind are required'); continue; }
      if (o.apiVersion === 'external-secrets.io/v1' && ESO[o.kind]) {
        const out = [];
        structural(o, ESO[o.kind], o.kind, out);
        out.forEach((m) => add('ESO-SCHEMA', m));
        continue;
      }
      const Model = modelClass(o.apiVersion, o.kind);
      const client = clientClass(o.apiVersion, o.kind);
      if (!Model || !client) { add('K8S-UNKNOWN-KIND', `${o.apiVersion} ${o.kind} is not a known Kubernetes kind`); continue; }
      try {
        new Model(o).validate();
      } catch (e) {
        const errs = e.errors || [{ message: e.message }];
        errs.forEach((x) => add('K8S-SCHEMA', `${x.instancePath || ''} ${x.message}${x.params ? ' ' + JSON.stringify(x.params) : ''}`.trim()));
      }
      const out = [];
      unknownFields(o, client, o.kind, out);
      out.forEach((m) => add('K8S-UNKNOWN-FIELD', m));
    }
  }
  process.stdout.write(JSON.stringify({ files: files.length, objects, kinds, findings }, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(`k8s-check crashed: ${e.stack || e}\n`);
  process.exit(2);
});
