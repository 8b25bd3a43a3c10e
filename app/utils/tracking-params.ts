/**
 * Query parameters that say where a visitor came from and never change what a page shows: the
 * campaign tags people add to links they share (`utm_…`) and the click ids that social networks,
 * search ads and mail tools append to every outbound link (Facebook's and Instagram's `fbclid`,
 * Google's `gclid`, TikTok's `ttclid` …). A click id is different on every click.
 */
const TRACKING_PARAM =
  /^(?:utm_[a-z0-9_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|igshid|ttclid|twclid|li_fat_id|mc_cid|mc_eid|yclid|_ga|_gl)$/i;

export function isTrackingParam(name: string) {
  return TRACKING_PARAM.test(name);
}

/**
 * `pathAndQuery` (a request's path with its query) without tracking parameters, and without the `?`
 * when nothing is left. A query with nothing to drop comes back byte for byte.
 */
export function withoutTrackingParams(pathAndQuery: string) {
  const mark = pathAndQuery.indexOf("?");
  if (mark === -1) return pathAndQuery;
  const params = [...new URLSearchParams(pathAndQuery.slice(mark + 1))];
  const kept = params.filter(([name]) => !isTrackingParam(name));
  const path = pathAndQuery.slice(0, mark);
  if (kept.length === 0) return path;
  if (kept.length === params.length) return pathAndQuery;
  return `${path}?${new URLSearchParams(kept).toString()}`;
}
