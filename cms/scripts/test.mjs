#!/usr/bin/env node
// `npm test`: installs if missing, builds, runs the whole suite (jest), exits non-zero on failure.
// DATABASE_CLIENT=postgres (+ DATABASE_HOST/PORT/USERNAME/PASSWORD) runs it against PostgreSQL.
import { ensureInstalled, ensureBuilt, run, bin, say } from './lib/steps.mjs';

try {
  await ensureInstalled();
  // The admin panel is built (when stale) for the browser tests of the path designer.
  await ensureBuilt({ admin: true });
  say(`running the test suite on ${process.env.DATABASE_CLIENT ?? 'sqlite'}`);
  await run(bin('jest'), ['-c', 'test/jest.config.js', ...process.argv.slice(2)], {
    env: {
      STRAPI_TELEMETRY_DISABLED: 'true',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim(),
    },
  });
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
}
