import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { readMailSettings, type MailSettings } from "./env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Sends through SMTP_URL with nodemailer, or, with none set, has nodemailer build the very same message and writes
 * it to the outbox folder as an .eml file (any mail program opens one), so a local install can reset passwords.
 */
export function createMailer(settings: MailSettings): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    return {
      async send(message) {
        await transport.sendMail({ from: settings.from, ...message });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: settings.from, ...message });
      await mkdir(settings.outboxDir, { recursive: true });
      // Sortable by time; the random part keeps two messages in one millisecond apart.
      const file = path.join(settings.outboxDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      console.log(`No SMTP_URL set: mail "${message.subject}" written to ${file}`);
    },
  };
}

const globalForMailer = globalThis as unknown as { recallMailer?: Mailer };

/** The process's mailer, from the environment on first use. */
export function getMailer(): Mailer {
  return (globalForMailer.recallMailer ??= createMailer(readMailSettings()));
}
