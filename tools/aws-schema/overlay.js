'use strict';
// Hand-written typed schema fragments (overlay/<type>.json) for resources that @cdktf/provider-aws
// cannot describe (an untyped `statement`), merged into the typed schema the offline provider serves.
// extract.js calls merge() on its output; `node overlay.js` patches the committed
// ../tf-provider/schema/aws-6.25.0.json.gz in place (no cdktf package needed). See README.md.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIR = path.join(__dirname, 'overlay');

function fragments() {
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const doc = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
    delete doc._comment;
    return [path.basename(f, '.json'), doc];
  });
}

/** Adds the overlay types to a typed document (`terraform providers schema -json` shape). */
function merge(typedDoc) {
  const schemas = typedDoc.provider_schemas['registry.terraform.io/hashicorp/aws'].resource_schemas;
  const added = [];
  for (const [type, schema] of fragments()) {
    schemas[type] = schema;
    added.push(type);
  }
  const sorted = Object.fromEntries(Object.keys(schemas).sort().map((k) => [k, schemas[k]]));
  typedDoc.provider_schemas['registry.terraform.io/hashicorp/aws'].resource_schemas = sorted;
  const f = typedDoc.forge;
  f.excluded_opaque = (f.excluded_opaque || []).filter((t) => !added.includes(t));
  f.overlay = { from: 'tools/aws-schema/overlay/*.json (hand-written, subset of the real blocks)', types: added };
  f.subset.resources = Object.keys(sorted).length;
  return typedDoc;
}

function writeGz(file, doc) {
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(doc) + '\n'), { level: 9 });
  gz.writeUInt32LE(0, 4); // mtime 0
  gz[9] = 255; // OS unknown: same bytes on every machine
  fs.writeFileSync(file, gz);
}

module.exports = { merge, writeGz };

if (require.main === module) {
  const file = process.argv[2] || path.join(__dirname, '..', 'tf-provider', 'schema', 'aws-6.25.0.json.gz');
  const doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
  merge(doc);
  writeGz(file, doc);
  console.log(JSON.stringify({ file: path.relative(process.cwd(), file), overlay: doc.forge.overlay.types, resources: doc.forge.subset.resources }));
}
