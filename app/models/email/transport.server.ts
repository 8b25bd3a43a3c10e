import nodemailer from "nodemailer";
import { getEnv } from "~/utils/env.server";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

/** Anything that can deliver one message. SMTP in production; tests pass a fake. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transporter.sendMail({ from, ...message });
    },
  };
}

/** The configured transport, or null when email stays in the outbox (read it at /dev/outbox). */
export function getConfiguredTransport(): MailTransport | null {
  const env = getEnv();
  return env.SMTP_URL ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM) : null;
}
