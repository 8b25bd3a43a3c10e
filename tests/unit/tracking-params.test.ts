import { describe, expect, it } from "vitest";
import { isTrackingParam, withoutTrackingParams } from "~/utils/tracking-params";

describe("tracking parameters", () => {
  it("knows campaign tags and click ids, and nothing a page reads", () => {
    for (const name of [
      "utm_source",
      "UTM_Campaign",
      "utm_id",
      "fbclid",
      "gclid",
      "igshid",
      "ttclid",
    ])
      expect(isTrackingParam(name)).toBe(true);
    for (const name of [
      "q",
      "page",
      "sort",
      "category",
      "reviews",
      "inquiry",
      "preview",
      "utm",
      "ref",
    ])
      expect(isTrackingParam(name)).toBe(false);
  });

  it("drops them from a shared link, with the ? when nothing is left", () => {
    expect(
      withoutTrackingParams("/maya?utm_source=instagram&utm_medium=social&fbclid=IwAR0x"),
    ).toBe("/maya");
    expect(withoutTrackingParams("/maya?")).toBe("/maya");
    expect(withoutTrackingParams("/creators?utm_campaign=launch&q=food+stylist&page=2")).toBe(
      "/creators?q=food+stylist&page=2",
    );
  });

  it("leaves any other query exactly as it came", () => {
    expect(withoutTrackingParams("/maya")).toBe("/maya");
    expect(withoutTrackingParams("/creators?q=caf%C3%A9&sort=rating")).toBe(
      "/creators?q=caf%C3%A9&sort=rating",
    );
    expect(withoutTrackingParams("/maya?reviews=2")).toBe("/maya?reviews=2");
  });
});
