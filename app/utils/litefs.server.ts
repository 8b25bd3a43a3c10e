import { getInstanceInfoSync } from "litefs-js";
import { getEnv } from "./env.server";

/**
 * Whether this process may write. Without LiteFS (locally, in tests) the answer is always yes.
 * Under LiteFS a missing `.primary` file means this node holds the lease. Not cached: with a
 * consul lease the primary can move at any time.
 */
export function isPrimaryInstance(): boolean {
  const dir = getEnv().LITEFS_DIR;
  if (!dir) return true;
  return getInstanceInfoSync(dir).currentIsPrimary;
}
