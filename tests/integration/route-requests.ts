// Requests as the app's own pages send them: JSON from the app's origin.
export const ORIGIN = "http://localhost";

export const params = <T>(value: T) => ({ params: Promise.resolve(value) });

export const get = (path: string) => new Request(`${ORIGIN}${path}`);

export const sendJson = (path: string, body: unknown, method = "POST") =>
  new Request(`${ORIGIN}${path}`, { method, body: JSON.stringify(body), headers: { "content-type": "application/json", origin: ORIGIN } });

export async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}
