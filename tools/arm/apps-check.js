#!/usr/bin/env node
// Checks Container Apps objects (container apps and jobs, as the azure target emits them in YAML and in its ARM
// templates) against the Microsoft.App 2024-03-01 models: the serialization mappers of @azure/arm-appcontainers
// 2.1.0, which AutoRest generated from the REST API specification. Every property must be one the model defines at
// that place (flattened `properties.x` paths included), with the model's type (string, number, boolean, object, list,
// map), and not read-only; required properties must be present.
//   node apps-check.js DIR   DIR holds *.json files: { "model": "ContainerApp" | "Job", "object": {...} }
// Prints a JSON report { file: [problems] } and exits 0 when every file is clean, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

// the identity fields every ARM resource carries; read-only in the model because the service fills them, but they are
// how a YAML or template names the resource
const RESOURCE_FIELDS = new Set(['name', 'type', 'id']);

function segments(serializedName) {
  // AutoRest escapes a literal dot as "\\."
  return serializedName.split(/(?<!\\)\./).map(s => s.replace(/\\\./g, '.'));
}

function check(mappers, className, value, where, problems, top) {
  const mapper = mappers[className];
  if (!mapper) {
    problems.push(`${where}: no model ${className}`);
    return;
  }
  const props = Object.values(mapper.type.modelProperties || {});
  composite(mappers, props.map(p => ({ segs: segments(p.serializedName), p })), value, where, problems, top);
}

function composite(mappers, props, value, where, problems, top) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${where}: expected an object`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const here = props.filter(x => x.segs[0] === key);
    const at = where ? `${where}.${key}` : key;
    const exact = here.find(x => x.segs.length === 1);
    if (exact) {
      if (exact.p.readOnly && !(top && RESOURCE_FIELDS.has(key))) {
        problems.push(`${at}: read-only property`);
      }
      typed(mappers, exact.p.type, v, at, problems);
    } else if (here.length > 0) {
      composite(mappers, here.map(x => ({ segs: x.segs.slice(1), p: x.p })), v, at, problems, false);
    } else {
      problems.push(`${at}: unknown property`);
    }
  }
  for (const x of props) {
    if (x.p.required && x.segs.length === 1 && !(x.segs[0] in value)) {
      problems.push(`${where ? where + '.' : ''}${x.segs[0]}: required property missing`);
    }
  }
}

function typed(mappers, type, v, at, problems) {
  switch (type.name) {
    case 'String':
    case 'DateTime':
    case 'Uuid':
    case 'TimeSpan':
      if (typeof v !== 'string') problems.push(`${at}: expected a string`);
      break;
    case 'Enum':
      if (typeof v !== 'string') problems.push(`${at}: expected a string`);
      else if (type.allowedValues && !type.allowedValues.includes(v)) problems.push(`${at}: '${v}' is not one of ${type.allowedValues}`);
      break;
    case 'Number':
      if (typeof v !== 'number') problems.push(`${at}: expected a number`);
      break;
    case 'Boolean':
      if (typeof v !== 'boolean') problems.push(`${at}: expected a boolean`);
      break;
    case 'Sequence':
      if (!Array.isArray(v)) problems.push(`${at}: expected a list`);
      else v.forEach((e, i) => typed(mappers, type.element.type, e, `${at}[${i}]`, problems));
      break;
    case 'Dictionary':
      if (v === null || typeof v !== 'object' || Array.isArray(v)) problems.push(`${at}: expected a map`);
      else for (const [k, e] of Object.entries(v)) typed(mappers, type.value.type, e, `${at}[${k}]`, problems);
      break;
    case 'Composite':
      check(mappers, type.className, v, at, problems, false);
      break;
    default:
      break; // Object and the like: any value
  }
}

(async () => {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node apps-check.js DIR');
    process.exit(2);
  }
  const file = require.resolve('@azure/arm-appcontainers/dist-esm/src/models/mappers.js');
  const mappers = await import(pathToFileURL(file).href);
  const report = {};
  let bad = false;
  for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
    const { model, object } = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    const problems = [];
    check(mappers, model, object, '', problems, true);
    report[name] = problems;
    bad = bad || problems.length > 0;
  }
  console.log(JSON.stringify(report, null, 1));
  process.exit(bad ? 1 : 0);
})().catch(e => {
  console.error(e && e.stack || String(e));
  process.exit(2);
});
