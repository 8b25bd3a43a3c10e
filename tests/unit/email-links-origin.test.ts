import { afterEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { emailOutbox } from "~/db/schema";
import { seedDemoBookings } from "~/models/bookings/demo-bookings.server";
import { resetEnvCacheForTests } from "~/utils/env.server";
import { getOrigin } from "~/utils/url.server";
import { makeUser } from "../utils";

const saved = { PORT: process.env.PORT, APP_URL: process.env.APP_URL };

function setEnv(env: { PORT?: string; APP_URL?: string }) {
  for (const key of ["PORT", "APP_URL"] as const) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  resetEnvCacheForTests();
}

afterEach(() => setEnv(saved));

/** The links in the emails the demo bookings sent to the creator and their clients. */
async function demoEmailLinks() {
  const maya = await makeUser("creator", { displayName: "Maya" });
  const before = new Set(
    db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .all()
      .map((r) => r.id),
  );
  seedDemoBookings(new Map([["maya", maya]]));
  const sent = db
    .select({ id: emailOutbox.id, text: emailOutbox.textBody })
    .from(emailOutbox)
    .all()
    .filter((r) => !before.has(r.id));
  return sent.flatMap((r) => r.text.match(/https?:\/\/[^\s/]+/g) ?? []);
}

describe("the address in emails without APP_URL", () => {
  it("is localhost at the port the server listens on, for the demo's emails too", async () => {
    setEnv({ PORT: "4123" });
    expect(getOrigin()).toBe("http://localhost:4123");
    const links = await demoEmailLinks();
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(["http://localhost:4123"]));
  });

  it("is APP_URL when it is set, whatever the port", async () => {
    setEnv({ PORT: "4123", APP_URL: "https://gigfolio.example/" });
    expect(getOrigin()).toBe("https://gigfolio.example");
    expect(getOrigin(new Request("http://10.0.0.5:8080/x"))).toBe("https://gigfolio.example");
    const links = await demoEmailLinks();
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(["https://gigfolio.example"]));
  });

  it("is the request's origin where there is a request", () => {
    setEnv({ PORT: "4123" });
    expect(getOrigin(new Request("http://192.168.1.20:4123/signup"))).toBe(
      "http://192.168.1.20:4123",
    );
  });
});
