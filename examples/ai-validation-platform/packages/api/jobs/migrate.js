// Sample migration job (the real app runs `prisma migrate deploy` here). It reads the database's connection
// variables of the env contract (docs/env-contract.md) and fails when one is missing.
'use strict';
const required = ['MAIN_DATABASE_HOST', 'MAIN_DATABASE_PORT', 'MAIN_DATABASE_NAME', 'MAIN_DATABASE_USER',
  'MAIN_DATABASE_PASSWORD'];
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`migrate: missing ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`migrate: ${process.env.MAIN_DATABASE_NAME} at ${process.env.MAIN_DATABASE_HOST}:${process.env.MAIN_DATABASE_PORT} is up to date`);
