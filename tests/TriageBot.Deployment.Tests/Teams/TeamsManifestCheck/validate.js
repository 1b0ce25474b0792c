// node validate.js MANIFEST.json: checks a Teams manifest against the schema of its manifestVersion that
// @microsoft/app-manifest bundles (never fetched), prints each failure, exits 1 if there is any.
'use strict';
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

(async () => {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const schemaFile = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const failures = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  console.log(`schema ${manifest.manifestVersion}: ${failures.length} failure(s)`);
  failures.forEach(f => console.log(f));
  process.exit(failures.length === 0 ? 0 : 1);
})().catch(e => { console.error(e); process.exit(2); });
