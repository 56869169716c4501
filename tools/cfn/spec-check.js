#!/usr/bin/env node
'use strict';
// spec-check: CloudFormation templates against AWS's current resource specification (npm @aws-cdk/aws-service-spec,
// 1,828 resource types), plus the template's own references. Codes:
//   CFN-UNKNOWN-TYPE       resource type not in the specification (Custom::* and AWS::CloudFormation::CustomResource
//                          need only a ServiceToken)
//   CFN-UNKNOWN-PROPERTY   property not defined for the type or nested type, at any depth
//   CFN-MISSING-REQUIRED   required property absent (resource or nested type)
//   CFN-BAD-ENUM           value outside the property's allowed values
//   CFN-BAD-TYPE           scalar/list/map/object shape does not match (CloudFormation's own coercions allowed:
//                          numbers and booleans as strings, "true"/"false")
//   CFN-DANGLING-REF       Ref / Fn::GetAtt / Fn::Sub / DependsOn / Condition / Fn::If / Fn::FindInMap target missing
//   CFN-UNKNOWN-ATTRIBUTE  Fn::GetAtt of an attribute the resource type does not have
//   CFN-NESTED             a nested stack (AWS::CloudFormation::Stack with a local TemplateURL, as `aws cloudformation
//                          package` takes it) whose file is missing, which is given a parameter it does not declare or
//                          not given one it requires, or whose output `Fn::GetAtt [Stack, Outputs.X]` it does not have
//   CFN-TEMPLATE           template structure: unknown section or resource attribute, bad policy, > 500 resources
// Values that are intrinsics are not type-checked (their branches are, for Fn::If); dynamic references
// ({{resolve:...}}) stand for any scalar.
//   node spec-check.js <file-or-dir>...   -> one JSON report {files, resources, types, findings}; exit 0 when it ran
const { isIntrinsic } = require('./lib/templates');

const PSEUDO = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);
const SECTIONS = new Set(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings',
  'Conditions', 'Transform', 'Resources', 'Outputs']);
const RESOURCE_KEYS = new Set(['Type', 'Properties', 'DependsOn', 'Metadata', 'Condition', 'DeletionPolicy',
  'UpdateReplacePolicy', 'CreationPolicy', 'UpdatePolicy']);
const POLICIES = new Set(['Delete', 'Retain', 'Snapshot', 'RetainExceptOnCreate']);
const MAX_RESOURCES = 500;

let db;
const byType = new Map();
function spec() {
  if (!db) db = require('@aws-cdk/aws-service-spec').loadAwsServiceSpecSync();
  return db;
}
function resourceSpec(type) {
  if (!byType.has(type)) {
    const found = spec().lookup('resource', 'cloudFormationType', 'equals', type);
    byType.set(type, found.length ? found[0] : null);
  }
  return byType.get(type);
}
function typeDef(ref) {
  return spec().get('typeDefinition', ref.$ref || ref);
}

const isCustom = (type) => type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
const isDynamicRef = (v) => typeof v === 'string' && /\{\{resolve:[^}]+}}/.test(v);
const describe = (t) => t.type === 'ref' ? typeDef(t.reference).name : t.type === 'array' ? `list of ${describe(t.element)}`
  : t.type === 'map' ? `map of ${describe(t.element)}` : t.type === 'union' ? t.types.map(describe).join(' or ') : t.type;
const show = (v) => JSON.stringify(v).slice(0, 80);

/** Type-checks `value` against a spec type; pushes [code, path, message] to out. */
function checkValue(value, t, where, out) {
  if (isIntrinsic(value)) {
    const [fn] = Object.keys(value);
    const args = value[fn];
    if (fn === 'Fn::If' && Array.isArray(args) && args.length === 3) {
      for (const branch of [args[1], args[2]]) {
        if (!(branch && branch.Ref === 'AWS::NoValue')) checkValue(branch, t, where, out);
      }
    }
    return;
  }
  switch (t.type) {
    case 'string':
    case 'date-time':
      if (value === null || typeof value === 'object') out.push(['CFN-BAD-TYPE', where, `expected a string, got ${show(value)}`]);
      else if (t.allowedValues && !isDynamicRef(value) && !t.allowedValues.includes(String(value))) {
        out.push(['CFN-BAD-ENUM', where, `'${value}' is not one of ${t.allowedValues.join(', ')}`]);
      }
      return;
    case 'integer':
    case 'number': {
      const ok = t.type === 'integer' ? /^-?\d+$/ : /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
      if (!(typeof value === 'number' || typeof value === 'string') || !(ok.test(String(value)) || isDynamicRef(value))) {
        out.push(['CFN-BAD-TYPE', where, `expected ${t.type === 'integer' ? 'an integer' : 'a number'}, got ${show(value)}`]);
      }
      return;
    }
    case 'boolean':
      if (!(typeof value === 'boolean' || (typeof value === 'string' && (/^(true|false)$/i.test(value) || isDynamicRef(value))))) {
        out.push(['CFN-BAD-TYPE', where, `expected a boolean, got ${show(value)}`]);
      }
      return;
    case 'json':
    case 'null':
      return;
    case 'tag':
      checkObject(value, { Key: { type: { type: 'string' }, required: true }, Value: { type: { type: 'string' }, required: true } },
        'Tag', where, out);
      return;
    case 'array':
      if (!Array.isArray(value)) out.push(['CFN-BAD-TYPE', where, `expected a list (${describe(t)}), got ${show(value)}`]);
      else value.forEach((v, i) => checkValue(v, t.element, `${where}[${i}]`, out));
      return;
    case 'map':
      if (!value || typeof value !== 'object' || Array.isArray(value)) out.push(['CFN-BAD-TYPE', where, `expected a map (${describe(t)}), got ${show(value)}`]);
      else Object.entries(value).forEach(([k, v]) => checkValue(v, t.element, `${where}.${k}`, out));
      return;
    case 'ref': {
      const def = typeDef(t.reference);
      checkObject(value, def.properties, def.name, where, out);
      return;
    }
    case 'union': {
      let best = null;
      for (const alt of t.types) {
        const tried = [];
        checkValue(value, alt, where, tried);
        if (!tried.length) return;
        if (!best || tried.length < best.length) best = tried;
      }
      out.push(...best);
      return;
    }
    default:
      return; // a type kind this checker does not know: accept rather than guess
  }
}

function checkObject(value, props, typeName, where, out) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    out.push(['CFN-BAD-TYPE', where, `expected an object (${typeName}), got ${show(value)}`]);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    const p = props[k];
    if (!p) out.push(['CFN-UNKNOWN-PROPERTY', `${where}.${k}`, `unknown property '${k}' of ${typeName}`]);
    else checkValue(v, p.type, `${where}.${k}`, out);
  }
  for (const [k, p] of Object.entries(props)) {
    if (p.required && !(k in value)) out.push(['CFN-MISSING-REQUIRED', where, `required property '${k}' of ${typeName} is missing`]);
  }
}

// ---- references -----------------------------------------------------------------------------------------------
function checkReferences(t, resourceId, value, out, where) {
  const resources = t.Resources || {};
  const named = (id) => id in (t.Parameters || {}) || id in resources || PSEUDO.has(id);
  const getAtt = (id, attr) => {
    const r = resources[id];
    if (!r) { out.push(['CFN-DANGLING-REF', where, `Fn::GetAtt of '${id}.${attr}': no resource '${id}'`]); return; }
    if (typeof attr !== 'string' || typeof r.Type !== 'string' || isCustom(r.Type)) return;
    // a nested stack's outputs: checked against the nested template itself (checkNested)
    if (r.Type === 'AWS::CloudFormation::Stack' && /^Outputs\.[A-Za-z0-9]+$/.test(attr)) return;
    const rs = resourceSpec(r.Type);
    if (rs && !(attr in rs.attributes)) {
      out.push(['CFN-UNKNOWN-ATTRIBUTE', where, `Fn::GetAtt '${id}.${attr}': ${r.Type} has no attribute '${attr}'`
        + ` (it has ${Object.keys(rs.attributes).sort().join(', ') || 'none'})`]);
    }
  };
  const walk = (v) => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Ref' && typeof x === 'string') {
        if (!named(x)) out.push(['CFN-DANGLING-REF', where, `Ref '${x}': no parameter, resource or pseudo parameter of that name`]);
      } else if (k === 'Fn::GetAtt') {
        const [id, attr] = typeof x === 'string' ? x.split(/\.(.*)/s, 2) : Array.isArray(x) ? x : [];
        if (typeof id === 'string') getAtt(id, attr); else walk(x);
        if (Array.isArray(x)) walk(x[1]);
      } else if (k === 'Fn::Sub') {
        const text = typeof x === 'string' ? x : Array.isArray(x) ? x[0] : null;
        const vars = Array.isArray(x) && x[1] && typeof x[1] === 'object' ? x[1] : {};
        if (typeof text === 'string') {
          for (const m of text.matchAll(/\$\{([^!}][^}]*)}/g)) {
            const name = m[1].trim();
            if (name in vars) continue;
            const dot = name.indexOf('.');
            if (dot > 0) getAtt(name.slice(0, dot), name.slice(dot + 1));
            else if (!named(name)) out.push(['CFN-DANGLING-REF', where, `Fn::Sub '\${${name}}': no parameter, resource or pseudo parameter of that name`]);
          }
        }
        walk(vars);
      } else if (k === 'Fn::If' && Array.isArray(x)) {
        if (typeof x[0] === 'string' && !(x[0] in (t.Conditions || {}))) out.push(['CFN-DANGLING-REF', where, `Fn::If condition '${x[0]}' is not in Conditions`]);
        walk(x.slice(1));
      } else if (k === 'Condition' && typeof x === 'string' && where.startsWith('Conditions')) {
        if (!(x in (t.Conditions || {}))) out.push(['CFN-DANGLING-REF', where, `Condition '${x}' is not in Conditions`]);
      } else if (k === 'Fn::FindInMap' && Array.isArray(x) && typeof x[0] === 'string') {
        if (!(x[0] in (t.Mappings || {}))) out.push(['CFN-DANGLING-REF', where, `Fn::FindInMap '${x[0]}' is not in Mappings`]);
        walk(x.slice(1));
      } else {
        walk(x);
      }
    }
  };
  walk(value);
}

/** Checks one parsed template; returns findings [{resource, code, message}] (path inside the message). */
function checkTemplate(t) {
  const raw = [];
  const push = (resource, code, where, message) => raw.push({ resource, code, message: where ? `${where}: ${message}` : message });
  for (const k of Object.keys(t)) if (!SECTIONS.has(k)) push('', 'CFN-TEMPLATE', '', `unknown top-level section '${k}'`);
  const resources = t.Resources;
  if (!resources || typeof resources !== 'object' || !Object.keys(resources).length) {
    push('', 'CFN-TEMPLATE', '', 'a template needs at least one resource');
    return raw;
  }
  const count = Object.keys(resources).length;
  if (count > MAX_RESOURCES) push('', 'CFN-TEMPLATE', '', `${count} resources: CloudFormation allows ${MAX_RESOURCES} per template (split into nested stacks)`);
  for (const [id, r] of Object.entries(resources)) {
    const out = [];
    if (!r || typeof r !== 'object' || typeof r.Type !== 'string') { push(id, 'CFN-TEMPLATE', '', 'resource without a Type'); continue; }
    for (const k of Object.keys(r)) if (!RESOURCE_KEYS.has(k)) out.push(['CFN-TEMPLATE', '', `unknown resource attribute '${k}'`]);
    for (const k of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      if (k in r && !POLICIES.has(r[k])) out.push(['CFN-TEMPLATE', k, `'${r[k]}' is not one of ${[...POLICIES].join(', ')}`]);
    }
    const deps = r.DependsOn === undefined ? [] : [].concat(r.DependsOn);
    deps.forEach((d) => { if (!(d in resources)) out.push(['CFN-DANGLING-REF', 'DependsOn', `no resource '${d}'`]); });
    if (r.Condition !== undefined && !(r.Condition in (t.Conditions || {}))) out.push(['CFN-DANGLING-REF', 'Condition', `'${r.Condition}' is not in Conditions`]);
    const props = r.Properties === undefined ? {} : r.Properties;
    if (isCustom(r.Type)) {
      if (!props || props.ServiceToken === undefined) out.push(['CFN-MISSING-REQUIRED', 'Properties', `required property 'ServiceToken' of ${r.Type} is missing`]);
    } else {
      const rs = resourceSpec(r.Type);
      if (!rs) out.push(['CFN-UNKNOWN-TYPE', 'Type', `'${r.Type}' is not a resource type of the CloudFormation specification`]);
      else checkObject(props, rs.properties, r.Type, 'Properties', out);
    }
    const refs = [];
    checkReferences(t, id, props, refs, 'Properties');
    out.push(...refs);
    out.forEach(([code, where, message]) => push(id, code, where, message));
  }
  for (const [section, where] of [['Outputs', 'Outputs'], ['Conditions', 'Conditions']]) {
    for (const [id, v] of Object.entries(t[section] || {})) {
      const out = [];
      checkReferences(t, id, v, out, `${where}.${id}`);
      if (section === 'Outputs' && (!v || v.Value === undefined)) out.push(['CFN-TEMPLATE', `Outputs.${id}`, 'an output needs a Value']);
      out.forEach(([code, w, message]) => push('', code, w, message));
    }
  }
  return raw;
}

/** True when `type` has the property path `segments` (property names; list indexes and map keys left out). */
function knownProperty(type, segments) {
  return propertyAt(type, segments) !== null;
}

/** The spec of the property at `segments` of `type` (list indexes left out), or null. */
function propertyAt(type, segments) {
  const rs = resourceSpec(type);
  if (!rs || !segments.length) return null;
  let props = rs.properties;
  for (let i = 0; i < segments.length; i++) {
    const p = props && props[segments[i]];
    if (!p) return null;
    if (i === segments.length - 1) return p;
    let t = p.type;
    while (t.type === 'array' || t.type === 'map' || t.type === 'union') t = t.type === 'union' ? t.types.find((x) => x.type !== 'json') || t.types[0] : t.element;
    if (t.type !== 'ref') return null;
    props = typeDef(t.reference).properties;
    if (/^\d+$/.test(segments[i + 1] || '')) i++;
  }
  return null;
}

// Nested stacks whose TemplateURL is a file beside the template: parameters passed and outputs read, against it.
function checkNested(templates) {
  const path = require('path');
  const byFile = new Map(templates.map(({ file, template }) => [path.resolve(file), template]));
  const out = [];
  for (const { file, template } of templates) {
    const resources = template.Resources || {};
    for (const [id, r] of Object.entries(resources)) {
      if (!r || r.Type !== 'AWS::CloudFormation::Stack') continue;
      const url = (r.Properties || {}).TemplateURL;
      if (typeof url !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) continue;
      const nested = byFile.get(path.resolve(path.dirname(file), url));
      const add = (message) => out.push({ file, resource: id, check: 'spec', code: 'CFN-NESTED', message });
      if (!nested) { add(`TemplateURL '${url}': no such template beside this one`); continue; }
      const declared = nested.Parameters || {};
      const passed = (r.Properties || {}).Parameters || {};
      for (const k of Object.keys(passed)) if (!(k in declared)) add(`passes parameter '${k}', which '${url}' does not declare`);
      for (const [k, p] of Object.entries(declared)) {
        if (!(k in passed) && !(p && 'Default' in p)) add(`does not pass parameter '${k}', which '${url}' requires`);
      }
      const outputs = nested.Outputs || {};
      const walk = (v) => {
        if (Array.isArray(v)) { v.forEach(walk); return; }
        if (!v || typeof v !== 'object') return;
        const ga = v['Fn::GetAtt'];
        if (Array.isArray(ga) && ga[0] === id && typeof ga[1] === 'string' && ga[1].startsWith('Outputs.')) {
          const name = ga[1].slice('Outputs.'.length);
          if (!(name in outputs)) add(`Fn::GetAtt '${id}.${ga[1]}': '${url}' has no output '${name}'`);
        }
        Object.values(v).forEach(walk);
      };
      walk(template.Resources);
      walk(template.Outputs);
    }
  }
  return out;
}

function check(templates) {
  const findings = [];
  const types = {};
  let resources = 0;
  checkNested(templates).forEach((f) => findings.push(f));
  for (const { file, template } of templates) {
    for (const r of Object.values(template.Resources || {})) {
      if (r && typeof r.Type === 'string') { types[r.Type] = (types[r.Type] || 0) + 1; resources++; }
    }
    checkTemplate(template).forEach((f) => findings.push({ file, resource: f.resource, check: 'spec', code: f.code, message: f.message }));
  }
  return { resources, types, findings };
}

module.exports = { check, checkTemplate, knownProperty, propertyAt, resourceSpec };

if (require.main === module) require('./lib/cli').main(['spec']);
