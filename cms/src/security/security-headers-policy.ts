import { CSP_DEFAULTS } from '@strapi/utils';
import type { HelmetOptions } from 'helmet';

/**
 * The defaults of Strapi's security headers (strapi::security's policy before its configuration is
 * merged in), held here so that the helmet instance is built once (see build-security-headers-once.ts).
 * test/unit/security-headers.test.ts checks that strapi::security sets the same headers.
 */
export const SECURITY_HEADERS_POLICY: HelmetOptions = {
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  contentSecurityPolicy: {
    useDefaults: true,
    directives: { ...CSP_DEFAULTS, upgradeInsecureRequests: null },
  },
  xssFilter: false,
  hsts: { maxAge: 31_536_000, includeSubDomains: true },
  frameguard: { action: 'sameorigin' },
};
