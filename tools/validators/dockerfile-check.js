#!/usr/bin/env node
// dockerfile-check: lints every Dockerfile given, in one process.
//
//   node dockerfile-check.js [CONTEXTS.json] PATH...
//
// PATH is a Dockerfile or a folder searched for Dockerfile, Dockerfile.*, *.Dockerfile (never *.dockerignore).
// Checks, each problem reported with its file, line and check name:
//   lint            dockerfile-utils' validate() reports nothing (syntax, flags, durations, ports, JSON forms ...)
//   copy-from       every COPY --from names an earlier stage
//   user            the final stage ends as a numeric, non-root USER (uid or uid:gid, uid != 0)
//   healthcheck     the final stage has a HEALTHCHECK, or HEALTHCHECK NONE right under a comment saying why
//   pinned          every FROM that is not an earlier stage is repository:tag@sha256:<64 hex>, tag not latest
//   multi-stage     a production Dockerfile (named exactly Dockerfile) has a build stage and a final stage
//   labels          the final stage has the OCI labels title, version and revision
//   copy-source     (with a CONTEXTS.json) every COPY source without --from exists in the build context
// An argument ending in .json names a JSON object { "<Dockerfile path>": "<build context folder>" } (a plain path, so
// that callers which turn every argument into an absolute path can pass it).
// Prints {"files": N, "problems": [...]} and exits 1 when there is a problem, 2 on bad usage.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { validate } = require('dockerfile-utils');
const { DockerfileParser } = require('dockerfile-ast');

function usage(msg) {
  process.stderr.write(`dockerfile-check: ${msg}\nusage: node dockerfile-check.js [CONTEXTS.json] PATH...\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let contexts = {};
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].endsWith('.json')) {
    contexts = Object.assign(contexts, JSON.parse(fs.readFileSync(args[i], 'utf8')));
  } else {
    inputs.push(args[i]);
  }
}
if (inputs.length === 0) usage('no Dockerfile given');

const isDockerfile = (name) => !name.endsWith('.dockerignore')
  && (name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.Dockerfile'));

function collect(p, out) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) collect(path.join(p, e), out);
  } else if (isDockerfile(path.basename(p))) {
    out.push(p);
  }
}

const files = [];
for (const p of inputs) collect(p, files);

const problems = [];
const report = (file, line, check, message) => problems.push({ file, line, check, message });

function checkFile(file) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  for (const d of validate(text)) {
    report(file, d.range.start.line + 1, 'lint', `${d.message} (dockerfile-utils code ${d.code})`);
  }
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const stages = [];
  let finalStart = -1;
  instructions.forEach((ins, idx) => {
    const kw = ins.getKeyword();
    const line = ins.getRange().start.line + 1;
    if (kw === 'FROM') {
      const image = ins.getImage() || '';
      const earlier = stages.includes(image.toLowerCase());
      if (!earlier && image !== 'scratch') {
        const digest = ins.getImageDigest();
        const tag = ins.getImageTag();
        if (!tag || tag === 'latest') report(file, line, 'pinned', `base image '${image}' has no tag other than latest`);
        if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) report(file, line, 'pinned', `base image '${image}' is not pinned by digest`);
      }
      const stage = ins.getBuildStage();
      if (stage) stages.push(stage.toLowerCase());
      finalStart = idx;
    } else if (kw === 'COPY') {
      const from = ins.getFromFlag();
      if (from) {
        const value = (from.getValue() || '').toLowerCase();
        if (!stages.includes(value)) report(file, line, 'copy-from', `COPY --from=${from.getValue()} names no earlier stage`);
      } else if (contexts[file] !== undefined) {
        const srcs = copySources(ins);
        for (const s of srcs) {
          const target = path.resolve(contexts[file], s);
          if (!target.startsWith(path.resolve(contexts[file])) || !fs.existsSync(target)) {
            report(file, line, 'copy-source', `COPY source '${s}' does not exist in the build context ${contexts[file]}`);
          }
        }
      }
    }
  });
  const final = finalStart < 0 ? [] : instructions.slice(finalStart);
  const users = final.filter((i) => i.getKeyword() === 'USER');
  const lastLine = final.length ? final[0].getRange().start.line + 1 : 1;
  if (users.length === 0) {
    report(file, lastLine, 'user', 'the final stage has no USER: it runs as root');
  } else {
    const u = (users[users.length - 1].getArgumentsContent() || '').trim();
    const m = /^(\d+)(:\d+)?$/.exec(u);
    if (!m) report(file, users[users.length - 1].getRange().start.line + 1, 'user', `USER '${u}' is not a numeric uid`);
    else if (Number(m[1]) === 0) report(file, users[users.length - 1].getRange().start.line + 1, 'user', 'USER 0 is root');
  }
  const health = final.filter((i) => i.getKeyword() === 'HEALTHCHECK');
  if (health.length === 0) {
    report(file, lastLine, 'healthcheck', 'the final stage has no HEALTHCHECK (nor a documented HEALTHCHECK NONE)');
  } else {
    for (const h of health) {
      const l = h.getRange().start.line;
      if ((h.getArgumentsContent() || '').trim().toUpperCase() === 'NONE' && !(lines[l - 1] || '').trim().startsWith('#')) {
        report(file, l + 1, 'healthcheck', 'HEALTHCHECK NONE without a comment right above it saying why');
      }
    }
  }
  if (path.basename(file) === 'Dockerfile' && instructions.filter((i) => i.getKeyword() === 'FROM').length < 2) {
    report(file, 1, 'multi-stage', 'a production Dockerfile has a build stage and a final stage');
  }
  const labels = final.filter((i) => i.getKeyword() === 'LABEL').map((i) => i.getArgumentsContent() || '').join(' ');
  for (const l of ['org.opencontainers.image.title', 'org.opencontainers.image.version', 'org.opencontainers.image.revision']) {
    if (!labels.includes(l + '=')) report(file, lastLine, 'labels', `the final stage has no label ${l}`);
  }
}

// COPY's sources: the JSON form's strings, or the words of the shell form, without flags and the destination.
function copySources(ins) {
  const json = typeof ins.getJSONStrings === 'function' ? ins.getJSONStrings() : [];
  const words = json.length ? json.map((j) => j.getJSONValue()) : ins.getArguments().map((a) => a.getValue());
  return words.filter((w) => !w.startsWith('--')).slice(0, -1);
}

for (const f of files) {
  try {
    checkFile(f);
  } catch (e) {
    report(f, 1, 'crash', String(e && e.stack || e));
  }
}
process.stdout.write(JSON.stringify({ files: files.length, problems }, null, 1) + '\n');
process.exit(problems.length ? 1 : 0);
