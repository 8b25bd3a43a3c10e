import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, sqlite } from "~/db/client.server";
import { getAvailability, saveAvailability } from "~/models/bookings/availability.server";
import { creatorProfiles } from "~/db/schema";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { getProfileForOwner, saveProfile } from "~/models/portfolio/profiles.server";
import { getPublicPortfolio } from "~/models/portfolio/public-portfolio.server";
import { action as profileAction, loader as profileLoader } from "~/routes/dashboard.profile";
import { currentTimeZoneName, timeZoneChoices, timeZoneNames } from "~/utils/time-zones.server";
import { args, dataOf, makeRequest, sessionCookie, settle } from "../utils";
import { makeCreator } from "./portfolio-helpers";

const RENAMED: [old: string, current: string][] = [
  ["Asia/Calcutta", "Asia/Kolkata"],
  ["Europe/Kiev", "Europe/Kyiv"],
  ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
  ["Asia/Katmandu", "Asia/Kathmandu"],
  ["Asia/Rangoon", "Asia/Yangon"],
  ["America/Godthab", "America/Nuuk"],
  ["Pacific/Ponape", "Pacific/Pohnpei"],
  ["Pacific/Truk", "Pacific/Chuuk"],
  ["Pacific/Enderbury", "Pacific/Kanton"],
  ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
  ["Atlantic/Faeroe", "Atlantic/Faroe"],
];

/** The zone Intl means by a name: both names of a renamed zone resolve to the same one. */
const resolved = (tz: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;

describe("time zone list", () => {
  it("offers the current names, not the old ones", () => {
    const names = timeZoneNames();
    for (const [old, current] of RENAMED) {
      expect(names).toContain(current);
      expect(names).not.toContain(old);
      expect(resolved(current)).toBe(resolved(old));
    }
    expect(names[0]).toBe("UTC");
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(names).toContain("Europe/Stockholm");
  });

  it("every name offered is one Intl accepts and calls by a name the list offers", () => {
    const names = timeZoneNames();
    for (const tz of names) {
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone: tz }), tz).not.toThrow();
      expect(currentTimeZoneName(tz), tz).toBe(tz);
      expect(names, tz).toContain(currentTimeZoneName(resolved(tz)));
    }
  });

  it("maps old names and aliases to the current name; leaves unknown names alone", () => {
    for (const [old, current] of RENAMED) expect(currentTimeZoneName(old)).toBe(current);
    expect(currentTimeZoneName("US/Eastern")).toBe("America/New_York");
    expect(currentTimeZoneName("Etc/UTC")).toBe("UTC");
    expect(currentTimeZoneName("Mars/Olympus")).toBe("Mars/Olympus");
  });

  it("keeps a stored name the list does not carry selectable", () => {
    expect(timeZoneChoices("Asia/Calcutta").slice(0, 2)).toEqual(["UTC", "Asia/Calcutta"]);
    expect(timeZoneChoices("Asia/Kolkata")).toBe(timeZoneNames());
  });
});

describe("a creator's time zone", () => {
  it("an old name is still accepted, and stored under the current name", async () => {
    const { user, input } = await makeCreator();
    const parsed = ProfileSchema.safeParse({ ...input, timeZone: "Asia/Calcutta" });
    expect(parsed.success).toBe(true);
    saveProfile(user.id, parsed.data!);
    const row = db
      .select({ timeZone: creatorProfiles.timeZone })
      .from(creatorProfiles)
      .where(eq(creatorProfiles.userId, user.id))
      .get();
    expect(row?.timeZone).toBe("Asia/Kolkata");
  });

  it("an old name stored before shows in the editor as the current one, selected from the list", async () => {
    const { user } = await makeCreator();
    db.update(creatorProfiles)
      .set({ timeZone: "Europe/Kiev" })
      .where(eq(creatorProfiles.userId, user.id))
      .run();
    expect(getProfileForOwner(user.id)?.timeZone).toBe("Europe/Kyiv");
    const { cookie } = await sessionCookie(user.id);
    const { value } = await settle(() =>
      profileLoader(args(makeRequest("/dashboard/profile", { cookie }))),
    );
    const page = dataOf<{ profile: { timeZone: string }; timeZones: string[] }>(value);
    expect(page.profile.timeZone).toBe("Europe/Kyiv");
    expect(page.timeZones).toContain("Europe/Kyiv");
    expect(page.timeZones).not.toContain("Europe/Kiev");
  });

  it("availability settings and the public page read an old stored name as the current one", async () => {
    const { user, slug } = await makeCreator();
    db.update(creatorProfiles)
      .set({ timeZone: "Asia/Calcutta" })
      .where(eq(creatorProfiles.userId, user.id))
      .run();
    expect(getPublicPortfolio(slug)?.timeZone).toBe("Asia/Kolkata");
    expect(getAvailability(user.id).timeZone).toBe("Asia/Kolkata");
    saveAvailability(user.id, {
      timeZone: "Europe/Kiev",
      workingDays: 127,
      minNoticeDays: 1,
      maxBookingsPerDay: 1,
    });
    const stored = sqlite
      .prepare("select time_zone from availability_settings where creator_id = ?")
      .pluck()
      .get(user.id);
    expect(stored).toBe("Europe/Kyiv");
    expect(getAvailability(user.id).timeZone).toBe("Europe/Kyiv");
  });

  it("the editor saves a current name as it is", async () => {
    const { user, slug } = await makeCreator();
    const { cookie } = await sessionCookie(user.id);
    await settle(() =>
      profileAction(
        args(
          makeRequest("/dashboard/profile", {
            cookie,
            form: { displayName: "Test Creator", slug, timeZone: "Asia/Ho_Chi_Minh" },
          }),
        ),
      ),
    );
    expect(getProfileForOwner(user.id)?.timeZone).toBe("Asia/Ho_Chi_Minh");
  });
});
