import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { bookings } from "~/db/schema/bookings";
import { saveAvailability } from "~/models/bookings/availability.server";
import { addDays, todayIn } from "~/models/bookings/dates";
import { makeUser } from "../utils";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
const script = path.resolve("tests/unit/fixtures/book-slot.ts");

describe("double booking across processes", () => {
  it("four processes race for the last free slot: exactly one wins, the others are told it is full", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 1,
    });
    const date = addDays(todayIn("UTC"), 7);
    const startAt = String(Date.now() + 4000);
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(tsx, ["--tsconfig", "tsconfig.json", script, creator.id, date, startAt], {
          env: { ...process.env },
          timeout: 30_000,
        }).then((r) => r.stdout.trim()),
      ),
    );
    expect(outputs.filter((o) => o === "won")).toHaveLength(1);
    expect(outputs.filter((o) => o === "refused:full")).toHaveLength(3);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      1,
    );
  }, 60_000);
});
