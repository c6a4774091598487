/** `https://kb.example.fi/cms/` → `https://kb.example.fi`; anything that is not an http(s) URL (`*`) throws. */
function toOrigin(url: string): string {
  const { origin } = new URL(url);
  if (origin === 'null') throw new Error(`"${url}" is not an http(s) origin`);
  return origin;
}

export interface AllowedOriginsInput {
  /** PUBLIC_URL: where the deployment is reached (empty when unset). */
  publicUrl: string;
  /** The port Strapi listens on (PORT). */
  port: number;
  /** Further origins (CORS_ORIGINS, parsed by the env schema). */
  extra: string[];
}

/**
 * The browser origins allowed to call the CMS with credentials: the deployment's own (PUBLIC_URL,
 * or `http://localhost:PORT` and `http://127.0.0.1:PORT`, what `npm start` prints and listens on,
 * when it is unset) plus CORS_ORIGINS. Requests without an Origin (bots calling from servers)
 * are not affected.
 */
export function allowedOrigins({ publicUrl, port, extra }: AllowedOriginsInput): string[] {
  const own = publicUrl ? [toOrigin(publicUrl)] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return [...new Set([...own, ...extra])];
}
