// Sample api: a real, dependency-free HTTP server so the generated Dockerfile builds and its HEALTHCHECK passes.
// It listens on PORT (the image sets it from the spec's port) and answers the spec's health path(s).
'use strict';
const http = require('node:http');

const port = Number(process.env.PORT || 3000);
const healthPaths = new Set(['/health', '/health/detailed']);

const server = http.createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (req.method === 'GET' && healthPaths.has(path)) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', service: 'api', environment: process.env.ENVIRONMENT || 'local' }));
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'not found' }));
});

server.listen(port, () => console.log(`api listening on ${port}`));
// Stop cleanly on the orchestrator's SIGTERM (rolling updates, compose down).
process.on('SIGTERM', () => server.close(() => process.exit(0)));
