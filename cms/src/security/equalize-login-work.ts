import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

interface Credentials {
  email: string;
  password: string;
}

interface AdminAuth {
  checkCredentials(credentials: Credentials): Promise<unknown>;
  hashPassword(password: string): Promise<string>;
  validatePassword(password: string, hash: string): Promise<boolean>;
}

/**
 * Strapi's admin login runs bcrypt only for an email that has an account, so the response time
 * told who has one (2–3 ms against ~80 ms). A login for an unknown email now first compares the
 * password with a hash made at start-up by Strapi's own hashPassword (same cost), so both cases
 * do one account lookup more and one bcrypt comparison. Runs in `register()`.
 */
export function equalizeLoginWork(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::auth', (auth: AdminAuth) => {
    const dummyHash = auth.hashPassword(randomBytes(18).toString('base64url'));
    return {
      ...auth,
      async checkCredentials(credentials: Credentials) {
        const where = { email: credentials.email };
        const user = await strapi.db.query('admin::user').findOne({ where, select: ['password'] });
        if (!user?.password) await auth.validatePassword(String(credentials.password), await dummyHash);
        return auth.checkCredentials(credentials);
      },
    };
  });
}
