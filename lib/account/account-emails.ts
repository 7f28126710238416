// The texts of the emails the account pages send. Plain text only: nothing to render, nothing to track.

export const PASSWORD_RESET_LIFETIME_MS = 30 * 60_000;

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

/** The reset page's address for a token; the token is URL-safe base64, so it needs no escaping. */
export function passwordResetLink(appUrl: string, token: string): string {
  return `${appUrl}/reset-password?token=${token}`;
}
