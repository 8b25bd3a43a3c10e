import { Form } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { formatDateTime } from "~/utils/format";

type SessionRow = {
  createdAt: Date | string;
  expiresAt: Date | string;
  userAgent: string | null;
  current: boolean;
};

export function SessionsSection({
  sessions,
  revoked,
}: {
  sessions: SessionRow[];
  revoked: string | null;
}) {
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="font-semibold">
        Where you are logged in
      </h2>
      {revoked !== null ? (
        <p role="status" className="mt-2 rounded-md bg-green-50 p-2 text-sm text-green-800">
          Logged out of {revoked} other {revoked === "1" ? "device" : "devices"}.
        </p>
      ) : null}
      <ul className="mt-3 divide-y divide-slate-200 text-sm">
        {sessions.map((s, i) => (
          <li key={i} className="py-2">
            <span className="font-medium">{s.userAgent ?? "Unknown browser"}</span>
            {s.current ? (
              <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-800">
                This device
              </span>
            ) : null}
            <br />
            <span className="text-slate-500">
              Since {formatDateTime(s.createdAt)} · expires {formatDateTime(s.expiresAt)}
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-2">
        <Form method="post">
          <SubmitButton
            name="intent"
            value="logout-others"
            className="btn-secondary"
            pendingText="Logging out…"
          >
            Log out of other devices
          </SubmitButton>
        </Form>
        <Form method="post">
          <SubmitButton
            name="intent"
            value="logout-everywhere"
            className="btn-danger"
            pendingText="Logging out…"
          >
            Log out of all devices
          </SubmitButton>
        </Form>
      </div>
    </section>
  );
}
