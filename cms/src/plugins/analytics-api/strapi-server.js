// Strapi loads a local plugin from this folder (config/plugins.ts); its server is TypeScript,
// compiled with the rest of the CMS into cms/dist.
const { join } = require('node:path');

module.exports = require(
  join(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'analytics-api', 'server'),
).default;
