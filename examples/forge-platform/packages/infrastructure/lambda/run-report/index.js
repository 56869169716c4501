// Placeholder for the forge-platform 'run-report' function: Forge zips this folder.
// Replace it with the real code; the handler name must stay as forge.yaml says (index.handler).
// Runs nightly (the schedule's payload says { "task": "nightly-report" }) and on each failed run (an SNS event).
exports.handler = async () => ({ statusCode: 200, body: 'run-report' });
