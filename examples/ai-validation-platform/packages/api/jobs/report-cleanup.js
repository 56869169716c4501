// Sample nightly job: removes evaluations and reports past their retention (the real app queries the database
// and deletes from the reports bucket). It reads its variables of the env contract and fails when one is missing.
'use strict';
const required = ['MAIN_DATABASE_HOST', 'REPORTS_BUCKET_NAME', 'ENVIRONMENT'];
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`report-cleanup: missing ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`report-cleanup: ${process.env.ENVIRONMENT}: nothing past retention in ${process.env.REPORTS_BUCKET_NAME}`);
