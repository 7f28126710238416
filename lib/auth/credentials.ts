import { z } from "zod";
import { DELETE_CONFIRMATION } from "./delete-confirmation";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

// Pure validation of what a person types on the sign-up and sign-in forms, on the server (authoritative). The
// forms give early feedback from ./password-rules, which keeps the schema library out of the browser's bundle.
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Use at most ${MAX_PASSWORD_LENGTH} characters for your password.` });

export const SignUpSchema = z.object({
  name: z.string().trim().min(1, { error: "Enter your name." }).max(100, { error: "Use at most 100 characters for your name." }),
  email: EmailSchema,
  password: PasswordSchema,
  // No role here: everyone signs up as a learner. An instructor invite link makes an instructor.
  invite: z.string().trim().max(100).optional(),
  /** the browser's IANA zone; the study day starts at 4 a.m. there. An unknown zone falls back to UTC. */
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((zone) => (zone && isKnownTimeZone(zone) ? zone : "UTC")),
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(MAX_PASSWORD_LENGTH),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(MAX_PASSWORD_LENGTH),
  newPassword: PasswordSchema,
});

export const ChangeEmailSchema = z.object({
  newEmail: EmailSchema,
  password: z.string().min(1, { error: "Enter your password to confirm." }).max(MAX_PASSWORD_LENGTH),
});


export const DeleteAccountSchema = z.object({
  password: z.string().min(1, { error: "Enter your password to confirm." }).max(MAX_PASSWORD_LENGTH),
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .refine((text) => text === DELETE_CONFIRMATION, { error: `Type “${DELETE_CONFIRMATION}” to confirm.` }),
});

export const ForgotPasswordSchema = z.object({ email: EmailSchema });

// base64url of 32 random bytes (43 characters); anything else cannot be a link we sent
const linkToken = (what: string) => z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: `This ${what} link is not complete. Open the link from the email again.` });

export const ResetPasswordSchema = z.object({
  token: linkToken("reset"),
  newPassword: PasswordSchema,
});

export const ConfirmEmailChangeSchema = z.object({ token: linkToken("confirmation") });
