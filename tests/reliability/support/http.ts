import http from "node:http";

/** A tiny HTTP client for tests against a running server: no redirects followed, cookies by hand. */
export type HttpResponse = {
  status: number;
  headers: Headers;
  text: string;
  location: string | null;
};

export type RequestOptions = {
  method?: string;
  cookie?: string;
  form?: Record<string, string | string[]>;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Fail instead of waiting forever for an answer that will not come. */
  timeoutMs?: number;
};

let ipCounter = 0;
/** A distinct client address per call, so per-IP rate limits do not mix unrelated requests. */
export function nextIp() {
  ipCounter++;
  return `198.18.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export function formBody(form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form))
    for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  return body;
}

/**
 * Sends one request on a fresh connection (node:http, no keep-alive): a pooled socket that the
 * server closed while idle would otherwise fail the next request at random.
 */
export async function request(
  base: string,
  path: string,
  options: RequestOptions = {},
): Promise<HttpResponse> {
  const headers = new Headers({ "x-forwarded-for": nextIp(), ...options.headers });
  if (options.cookie) headers.set("Cookie", options.cookie);
  let body = options.body;
  if (options.form) {
    body = formBody(options.form);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  }
  const method = options.method ?? (body !== undefined ? "POST" : "GET");
  // Let the Fetch API serialise the body (forms, multipart) and pick its Content-Type.
  const prepared = new Request(`${base}${path}`, { method, headers, body });
  const bytes =
    method === "GET" || method === "HEAD" ? null : Buffer.from(await prepared.arrayBuffer());
  const outgoing: Record<string, string> = {};
  prepared.headers.forEach((value, key) => (outgoing[key] = value));
  if (bytes) outgoing["content-length"] = String(bytes.length);
  const url = new URL(prepared.url);
  let answered = false;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: `${url.pathname}${url.search}`,
        headers: outgoing,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const responseHeaders = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            text: Buffer.concat(chunks).toString("utf8"),
            location: responseHeaders.get("location"),
          });
        });
      },
    );
    // A server may answer (413) and close before the whole body is sent: the answer is what counts.
    req.on("response", () => (answered = true));
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (options.timeoutMs)
      req.setTimeout(options.timeoutMs, () =>
        req.destroy(new Error(`no answer to ${method} ${path} in ${options.timeoutMs} ms`)),
      );
    req.end(bytes ?? undefined);
  });
}

/** The `name=value` part of the response's session cookie, if it set one. */
export function sessionFrom(res: HttpResponse): string | null {
  const cookies = res.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith("__session="));
  return session ? session.split(";")[0]! : null;
}
