// Password length limits, in a module of their own so the forms can show them without bundling the schema library
// that lib/auth/credentials.ts (the server's check) is written in.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 512;
