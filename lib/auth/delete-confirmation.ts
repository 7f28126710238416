// What a person types to confirm that their account goes (besides the password), in a module of its own so the
// form can show it without bundling the schema library that lib/auth/credentials.ts checks it with.
export const DELETE_CONFIRMATION = "delete my account";
