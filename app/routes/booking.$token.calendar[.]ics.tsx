import { invariantResponse } from "@epic-web/invariant";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { creatorForClient, getBookingByToken } from "~/models/bookings/bookings.server";
import { buildSingleEvent } from "~/models/calendar/feeds.server";
import { getOrigin } from "~/utils/url.server";

/** One booking as an .ics file for the client's calendar app. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const booking = getBookingByToken(params.token ?? "");
  invariantResponse(booking, "This booking link is not valid.", { status: 404 });
  invariantResponse(
    booking.status === "requested" || booking.status === "confirmed",
    "This booking is no longer active.",
    { status: 404 },
  );
  const creator = creatorForClient(booking.creatorId)?.creator;
  const ics = buildSingleEvent(
    {
      kind: "booking",
      id: booking.id,
      date: booking.date,
      time: booking.startTime,
      minutes: booking.durationMinutes,
      title: `Booking with ${creator?.displayName ?? "your creator"}`,
      status: booking.status,
    },
    booking.creatorId,
    null,
    `${getOrigin(request)}${new URL(request.url).pathname.replace(/\/calendar\.ics$/, "")}`,
  );
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="booking-${booking.date}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
