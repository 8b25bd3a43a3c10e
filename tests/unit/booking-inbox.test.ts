import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, sqlite } from "~/db/client.server";
import { inquiries } from "~/db/schema";
import { bookings, type BookingStatus } from "~/db/schema/bookings";
import { countPendingBookings, listBookings } from "~/models/bookings/bookings.server";
import { countUnread } from "~/models/inquiries/inquiries.server";
import { BADGE_CAP, badgeLabel } from "~/utils/badge";
import { makeUser } from "../utils";

function addBooking(
  creatorId: string,
  date: string,
  status: BookingStatus,
  createdAt: number,
  clientName = `Client ${date} ${status}`,
) {
  db.insert(bookings)
    .values({
      creatorId,
      date,
      clientName,
      clientEmail: "client@example.com",
      message: "A shoot, please.",
      status,
      manageTokenHash: randomBytes(16).toString("hex"),
      manageTokenExpiresAt: new Date(Date.now() + 86_400_000),
      createdAt: new Date(createdAt),
    })
    .run();
}

describe("the bookings inbox (prepared queries, one per shape)", () => {
  it("filters by status, orders open requests soonest first and the rest latest first, pages", async () => {
    const creator = await makeUser("creator");
    const other = await makeUser("creator");
    addBooking(creator.id, "2027-03-10", "requested", 1);
    addBooking(creator.id, "2027-01-05", "requested", 2);
    addBooking(creator.id, "2027-02-01", "confirmed", 3);
    addBooking(creator.id, "2027-04-01", "confirmed", 4);
    addBooking(creator.id, "2026-12-24", "cancelled", 5);
    addBooking(other.id, "2027-01-01", "requested", 6);

    const dates = (filter: Parameters<typeof listBookings>[1], page = 1) =>
      listBookings(creator.id, filter, page).rows.map((r) => `${r.date} ${r.status}`);
    expect(dates("open")).toEqual(["2027-01-05 requested", "2027-03-10 requested"]);
    expect(dates("requested")).toEqual(["2027-01-05 requested", "2027-03-10 requested"]);
    expect(dates("confirmed")).toEqual(["2027-04-01 confirmed", "2027-02-01 confirmed"]);
    expect(dates("all")).toEqual([
      "2027-04-01 confirmed",
      "2027-03-10 requested",
      "2027-02-01 confirmed",
      "2027-01-05 requested",
      "2026-12-24 cancelled",
    ]);
    expect(listBookings(creator.id, "all")).toMatchObject({ total: 5, page: 1, pageCount: 1 });
    expect(listBookings(creator.id, "declined")).toMatchObject({ total: 0, rows: [] });
    // A page past the end shows the last page.
    expect(listBookings(creator.id, "confirmed", 9).page).toBe(1);
    // Only what the inbox shows is sent to the page.
    expect(Object.keys(listBookings(creator.id, "open").rows[0]!).sort()).toEqual([
      "clientName",
      "customRequest",
      "date",
      "id",
      "packageName",
      "proposedDate",
      "startTime",
      "status",
    ]);
    expect(countPendingBookings(creator.id)).toBe(2);
    expect(countPendingBookings(other.id)).toBe(1);
  });

  it("on one date, lists the request that has waited longest first; decided ones newest first", async () => {
    const creator = await makeUser("creator");
    addBooking(creator.id, "2027-05-01", "requested", 3_000, "Third to ask");
    addBooking(creator.id, "2027-05-01", "requested", 1_000, "First to ask");
    addBooking(creator.id, "2027-05-01", "requested", 2_000, "Second to ask");
    addBooking(creator.id, "2027-06-01", "confirmed", 1_000, "Confirmed earlier");
    addBooking(creator.id, "2027-06-01", "confirmed", 2_000, "Confirmed later");
    const names = (filter: Parameters<typeof listBookings>[1]) =>
      listBookings(creator.id, filter).rows.map((r) => r.clientName);
    expect(names("open")).toEqual(["First to ask", "Second to ask", "Third to ask"]);
    expect(names("confirmed")).toEqual(["Confirmed later", "Confirmed earlier"]);
  });

  it("reads a status page from its index in order, without sorting a creator's bookings", () => {
    for (const order of ["date asc, created_at asc", "date desc, created_at desc"]) {
      const plan = (
        sqlite
          .prepare(
            `explain query plan select id from bookings where creator_id = ? and status = ?
             order by ${order} limit 20 offset 0`,
          )
          .all("x", "requested") as { detail: string }[]
      )
        .map((r) => r.detail)
        .join("\n");
      expect(plan, order).toMatch(/USING INDEX bookings_creator_status_date_idx/);
      expect(plan, order).not.toMatch(/TEMP B-TREE/);
    }
  });

  it("counts a creator's new inquiries for the dashboard badge", async () => {
    const creator = await makeUser("creator");
    const base = {
      creatorId: creator.id,
      name: "Ann",
      email: "ann@example.com",
      message: "Hello there, a campaign?",
    };
    db.insert(inquiries)
      .values({ ...base, status: "new" })
      .run();
    db.insert(inquiries)
      .values({ ...base, status: "new" })
      .run();
    db.insert(inquiries)
      .values({ ...base, status: "read" })
      .run();
    expect(countUnread(creator.id)).toBe(2);
    expect(countUnread((await makeUser("creator")).id)).toBe(0);
  });

  it("stops counting the badges at the cap, shown as 99+, while the inbox keeps the exact total", async () => {
    const creator = await makeUser("creator");
    const base = { creatorId: creator.id, name: "Ann", email: "ann@example.com" };
    const many = BADGE_CAP + 25;
    sqlite.transaction(() => {
      for (let i = 0; i < many; i++) {
        db.insert(inquiries)
          .values({ ...base, message: `A campaign, number ${i}?`, status: "new" })
          .run();
        addBooking(creator.id, "2027-05-01", "requested", i + 1);
      }
    })();
    expect(countUnread(creator.id)).toBe(BADGE_CAP);
    expect(countPendingBookings(creator.id)).toBe(BADGE_CAP);
    expect(listBookings(creator.id, "open").total).toBe(many);
    expect(badgeLabel(countUnread(creator.id))).toBe("99+");
    expect(badgeLabel(BADGE_CAP - 1)).toBe("99");
    expect(badgeLabel(1)).toBe("1");
  });

  it("counts the badges from the status indexes, without reading the rows", () => {
    for (const [table, index] of [
      ["inquiries", "inquiries_creator_status_idx"],
      ["bookings", "bookings_creator_status_date_idx"],
    ]) {
      const plan = (
        sqlite
          .prepare(
            `explain query plan select count(*) from (select 1 from ${table}
               where creator_id = ? and status = ? limit ${BADGE_CAP})`,
          )
          .all("x", "new") as { detail: string }[]
      )
        .map((r) => r.detail)
        .join("\n");
      expect(plan, table).toMatch(new RegExp(`USING COVERING INDEX ${index}`));
    }
  });
});
