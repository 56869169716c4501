'use strict';
// Reading CloudFormation templates for the checkers: files and folders in, parsed templates out.
// A folder contributes every *.yaml / *.yml / *.json / *.template below it (sorted; hidden folders and node_modules
// skipped) whose top level has a `Resources` map (so parameters.json and ecs-task-*.json next to a template are not
// taken for templates). Short-form intrinsics (!Ref, !GetAtt a.b, !Sub ...) are read as their long forms.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const TEMPLATE_FILE = /\.(ya?ml|json|template)$/;

const SHORT_FORMS = ['Ref', 'Condition', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAZs', 'Fn::ImportValue',
  'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::And', 'Fn::Equals', 'Fn::If', 'Fn::Not',
  'Fn::Or', 'Fn::GetAtt', 'Fn::Length', 'Fn::ToJsonString'];

const customTags = SHORT_FORMS.flatMap((name) => {
  const tag = '!' + name.replace(/^Fn::/, '');
  const wrap = (value) => ({ [name]: name === 'Fn::GetAtt' && typeof value === 'string' ? value.split(/\.(.*)/s, 2) : value });
  return ['scalar', 'seq', 'map'].map((kind) => ({
    tag,
    collection: kind === 'scalar' ? undefined : kind,
    resolve: (value) => wrap(kind === 'scalar' ? value : value.toJSON()),
    identify: () => false,
  }));
});

function listFiles(args) {
  const out = [];
  const walk = (p, explicit) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        if (e.startsWith('.') || e === 'node_modules') continue;
        walk(path.join(p, e), false);
      }
    } else if (explicit || TEMPLATE_FILE.test(p)) {
      out.push({ file: p, explicit });
    }
  };
  args.forEach((a) => walk(a, true));
  return out;
}

function parse(text, file) {
  if (/\.json$/.test(file)) return JSON.parse(text);
  const docs = YAML.parseAllDocuments(text, { customTags, uniqueKeys: true, merge: false });
  if (docs.length !== 1) throw new Error(`expected one YAML document, found ${docs.length}`);
  if (docs[0].errors.length) throw new Error(docs[0].errors.map((e) => e.message).join('; '));
  return docs[0].toJS({ maxAliasCount: -1 });
}

/**
 * Loads the templates named by `args`. Returns {templates: [{file, template}], findings: [...]} where a file that
 * cannot be read or parsed is a CFN-PARSE finding. Files found by walking a folder that are not templates are
 * skipped; files named explicitly must be templates.
 */
function load(args) {
  const templates = [];
  const findings = [];
  for (const { file, explicit } of listFiles(args)) {
    let template;
    try {
      template = parse(fs.readFileSync(file, 'utf8'), file);
    } catch (e) {
      findings.push({ file, resource: '', check: 'parse', code: 'CFN-PARSE', message: String(e.message || e).split('\n')[0] });
      continue;
    }
    const isTemplate = template && typeof template === 'object' && !Array.isArray(template)
      && template.Resources && typeof template.Resources === 'object';
    if (isTemplate) {
      templates.push({ file, template });
    } else if (explicit) {
      findings.push({ file, resource: '', check: 'parse', code: 'CFN-PARSE', message: 'not a CloudFormation template (no Resources map at the top level)' });
    }
  }
  return { templates, findings };
}

/** True when `v` is an intrinsic function or Ref (a map with one key, Ref or Fn::*). */
function isIntrinsic(v) {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

module.exports = { load, parse, isIntrinsic };
