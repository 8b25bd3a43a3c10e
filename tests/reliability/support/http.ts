/** A tiny HTTP client for tests against a running server: no redirects followed, cookies by hand. */
export type HttpResponse = { status: number; headers: Headers; text: string; location: string | null };

export type RequestOptions = {
  method?: string;
  cookie?: string;
  form?: Record<string, string | string[]>;
  body?: BodyInit;
  headers?: Record<string, string>;
};

let ipCounter = 0;
/** A distinct client address per call, so per-IP rate limits do not mix unrelated requests. */
export function nextIp() {
  ipCounter++;
  return `198.18.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export function formBody(form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  return body;
}

export async function request(base: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const headers = new Headers({ "x-forwarded-for": nextIp(), ...options.headers });
  if (options.cookie) headers.set("Cookie", options.cookie);
  let body = options.body;
  if (options.form) {
    body = formBody(options.form);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  }
  const res = await fetch(`${base}${path}`, {
    method: options.method ?? (body !== undefined ? "POST" : "GET"),
    headers,
    body,
    redirect: "manual",
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, location: res.headers.get("location") };
}

/** The `name=value` part of the response's session cookie, if it set one. */
export function sessionFrom(res: HttpResponse): string | null {
  const cookies = res.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith("__session="));
  return session ? session.split(";")[0]! : null;
}
