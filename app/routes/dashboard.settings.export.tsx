import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportAccount } from "~/models/accounts/export.server";
import { requireUser } from "~/utils/auth.server";

/** The account's data as a JSON download (a read: nothing is written). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const body = exportAccount(user.id);
  if (!body) throw new Response("Account not found", { status: 404 });
  const day = body.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="gigfolio-export-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
