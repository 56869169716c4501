'use strict';
// The command line shared by the checkers: load the templates once, run the named checks in this process, print
// ONE JSON report and exit 0 (findings are data); exit 2 on a usage error or a crash (message on stderr).
//   {"files": N, "templates": N, "resources": N, "types": {"AWS::S3::Bucket": N, ...},
//    "timings": {"load": ms, "spec": ms, "lint": ms, "guard": ms, "policy": ms},
//    "findings": [{"file", "resource", "check", "code", "message"}],   sorted by file, resource, check, code, message
//    "lint": {"stale": [...], "guessed": [...], "warnings": [...]}, "guard": {"ruleFiles": N, "suppressed": [{file, resource, rule}], "unused": [...]}}
const { load } = require('./templates');

const CHECKS = ['spec', 'lint', 'guard', 'policy'];

async function main(defaultChecks) {
  const args = process.argv.slice(2);
  let checks = defaultChecks;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--only') {
      checks = String(args[++i] || '').split(',').filter(Boolean);
    } else if (args[i].startsWith('-')) {
      return usage(`unknown option ${args[i]}`);
    } else {
      files.push(args[i]);
    }
  }
  if (!files.length) return usage('no template files or folders given');
  const bad = checks.filter((c) => !CHECKS.includes(c));
  if (bad.length || !checks.length) return usage(`unknown check ${bad.join(', ') || '(none)'}; one or more of ${CHECKS.join(', ')}`);
  try {
    const timings = {};
    let t0 = process.hrtime.bigint();
    const lap = (name) => { const t = process.hrtime.bigint(); timings[name] = Number((t - t0) / 1000000n); t0 = t; };
    const { templates, findings } = load(files);
    lap('load');
    const report = { files: templates.length + findings.length, templates: templates.length, resources: 0, types: {}, timings, findings };
    for (const c of checks) {
      const r = await require(`../${c}-check`).check(templates);
      findings.push(...r.findings);
      if (c === 'spec') { report.resources = r.resources; report.types = sortKeys(r.types); }
      if (c === 'lint') report.lint = { stale: r.stale, guessed: r.guessed, warnings: r.warnings };
      if (c === 'guard') report.guard = { ruleFiles: r.ruleFiles, suppressed: r.suppressed, unused: r.unused };
      lap(c);
    }
    if (!checks.includes('spec')) {
      for (const { template } of templates) {
        for (const r of Object.values(template.Resources || {})) if (r && typeof r.Type === 'string') report.resources++;
      }
    }
    const key = (f) => [f.file, f.resource, f.check, f.code, f.message].join('\u0000');
    findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    process.stdout.write(JSON.stringify(report, null, 1) + '\n');
  } catch (e) {
    process.stderr.write(`${e.stack || e}\n`);
    process.exitCode = 2;
  }
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function usage(message) {
  process.stderr.write(`${message}\nusage: node <check>.js [--only spec,lint,guard,policy] <template-file-or-folder>...\n`);
  process.exitCode = 2;
}

module.exports = { main, CHECKS };
