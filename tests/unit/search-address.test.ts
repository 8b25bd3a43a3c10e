import { describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loader as creatorsLoader } from "~/routes/creators._index";
import { loader as gigsLoader } from "~/routes/gigs._index";
import { withoutEmptyParams } from "~/utils/url.server";
import { args, locationOf, makeRequest, settle, statusOf } from "../utils";

describe("one address per search", () => {
  it("drops the empty fields a GET form sends, keeping the others in order", () => {
    const url = (s: string) => new URL(`http://x${s}`);
    expect(withoutEmptyParams(url("/creators?q=film&platform=&location=&sort=rating"))).toBe(
      "/creators?q=film&sort=rating",
    );
    expect(withoutEmptyParams(url("/gigs?q=&category="))).toBe("/gigs");
    expect(withoutEmptyParams(url("/gigs?q=caf%C3%A9+reel&remote=1"))).toBeNull();
    expect(withoutEmptyParams(url("/creators"))).toBeNull();
  });

  it("redirects a search form's address to the one without empty fields", async () => {
    type Loader = (a: LoaderFunctionArgs) => Promise<unknown>;
    for (const [loader, path, clean] of [
      [
        creatorsLoader,
        "/creators?q=film&platform=&minPrice=&currency=USD",
        "/creators?q=film&currency=USD",
      ],
      [
        gigsLoader as Loader,
        "/gigs?q=&category=food&remote=1&budgetMin=",
        "/gigs?category=food&remote=1",
      ],
    ] as const) {
      const { thrown, value } = await settle(() => loader(args(makeRequest(path))));
      expect(thrown, path).toBe(true);
      expect(statusOf(value), path).toBe(302);
      expect(locationOf(value), path).toBe(clean);
      // The clean address is answered as it is.
      const again = await settle(() => loader(args(makeRequest(clean))));
      expect(again.thrown, clean).toBe(false);
    }
  });
});
