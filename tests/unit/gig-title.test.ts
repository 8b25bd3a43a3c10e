import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GigTitle } from "~/components/gigs/gig-title";

const render = (status: string, linked?: boolean) =>
  renderToStaticMarkup(
    createElement(GigTitle, { gig: { id: "g1", title: "Spring reels", status }, linked }),
  );

describe("a gig's title", () => {
  it("links to the gig's page while it has one", () => {
    for (const status of ["published", "paused", "closed", "in_progress", "completed"])
      expect(render(status)).toContain('href="/gigs/g1"');
  });
  it("is plain text once the gig is cancelled, unless its brand is looking", () => {
    expect(render("cancelled")).toBe("<span>Spring reels</span>");
    expect(render("cancelled", true)).toContain('href="/gigs/g1"');
  });
});
