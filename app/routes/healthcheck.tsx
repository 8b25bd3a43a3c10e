import { sqlite } from "~/db/client.server";

/** Used by Fly's health check: proves the process is up and the database answers. */
export async function loader() {
  try {
    sqlite.prepare("select count(*) as n from users").get();
    return new Response("OK", {
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
    });
  } catch (error) {
    console.error("healthcheck failed", error);
    return new Response("database unavailable", { status: 503 });
  }
}
