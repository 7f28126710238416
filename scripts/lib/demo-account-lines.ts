/** How `npm start` shows the demo accounts, once after the import and again beside the address. */
export function demoAccountLines(accounts: readonly { role: string; email: string; password: string }[]): string[] {
  return accounts.map((a) => `    ${a.role.padEnd(10)} ${a.email.padEnd(24)} password: ${a.password}`);
}
