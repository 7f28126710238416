// The texts of the emails the account pages send. Plain text only: nothing to render, nothing to track.

export const PASSWORD_RESET_LIFETIME_MS = 30 * 60_000;
/** A day: long enough to reach a mailbox opened only at work, short enough that a forgotten link soon dies. */
export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60_000;

export function passwordResetEmail({ name, link }: { name: string; link: string }): { subject: string; text: string } {
  return {
    subject: "Reset your Recall password",
    text: [
      `Hello ${name},`,
      "",
      "Someone, hopefully you, asked to reset the password of your Recall account. To choose a new password, open this link",
      `within ${PASSWORD_RESET_LIFETIME_MS / 60_000} minutes. It works once, and it signs you out on every device.`,
      "",
      link,
      "",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

export function emailChangedNotice({ name, newEmail }: { name: string; newEmail: string }): { subject: string; text: string } {
  return {
    subject: "Your Recall email address was changed",
    text: [
      `Hello ${name},`,
      "",
      `The email address of your Recall account was changed to ${newEmail}. You now sign in with that address, and`,
      "password reset emails go there.",
      "",
      "If you did not do this, someone else may have your password: ask the app's administrator for help.",
    ].join("\n"),
  };
}

export function emailChangeConfirmation({ name, newEmail, link }: { name: string; newEmail: string; link: string }): { subject: string; text: string } {
  return {
    subject: "Confirm your new Recall email address",
    text: [
      `Hello ${name},`,
      "",
      `You asked to sign in to Recall with ${newEmail} from now on. To confirm that this address is yours, open this link`,
      `within ${EMAIL_CHANGE_LIFETIME_MS / 3_600_000} hours. Until then you keep signing in with your current address.`,
      "",
      link,
      "",
      "If you did not ask for this, ignore this email: nothing changes.",
    ].join("\n"),
  };
}

/** The confirmation page's address for a token (URL-safe base64, so no escaping). */
export function emailChangeLink(appUrl: string, token: string): string {
  return `${appUrl}/confirm-email?token=${token}`;
}

/** The reset page's address for a token; the token is URL-safe base64, so it needs no escaping. */
export function passwordResetLink(appUrl: string, token: string): string {
  return `${appUrl}/reset-password?token=${token}`;
}
