type Env = (key: string, fallback?: string) => string | undefined;

/** Reads a secret that must be set; fails at boot with a message saying how to fix it. */
export function requiredEnv(env: Env, key: string): string {
  const value = env(key);
  if (!value) {
    throw new Error(`${key} is not set. Run "npm start" once to generate cms/.env, or set ${key} in the environment.`);
  }
  return value;
}
