/**
 * Runs a request of Strapi's fetch client without it throwing on 4xx/5xx, and with the HTTP status,
 * which the client reports only for failed requests (through `validateStatus`).
 */
export async function sendRequest<T>(
  send: (options: { validateStatus(status: number): boolean }) => Promise<{ data: T }>,
): Promise<{ status: number; body: T }> {
  let status = 200;
  const res = await send({
    validateStatus: (s) => {
      status = s;
      return true;
    },
  });
  return { status, body: res.data };
}
