// Sample notifier Lambda (index.handler): no dependencies.
exports.handler = async (event) => ({ notified: Array.isArray(event?.Records) ? event.Records.length : 0 });
