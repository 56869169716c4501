// Placeholder for the forge-platform 'forge-worker' function: Forge zips this folder.
// Replace it with the real code; the handler name must stay as forge.yaml says (index.handler).
exports.handler = async () => ({ statusCode: 200, body: 'forge-worker' });
