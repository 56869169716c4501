// Node 20 refuses `import X from "./file.json"` without an import attribute, and @actions/workflow-parser imports its
// schema that way: this hook serves such a file as a module whose default export is the JSON.
import { register } from 'node:module';
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/@actions/')) {
    const source = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: 'export default ' + source + ';', shortCircuit: true };
  }
  return nextLoad(url, context);
}

if (!process.env.FORGE_JSON_HOOK_REGISTERED) {
  process.env.FORGE_JSON_HOOK_REGISTERED = '1';
  register(import.meta.url);
}
