// @bugsnag/cuid ships types (cuid.d.ts) that its package.json "exports" hides from bundler resolution.
declare module "@bugsnag/cuid" {
  /** A cuid (v1): "c", then the time, a counter, a host fingerprint and randomness, as Prisma's @default(cuid()). */
  export default function cuid(): string;
}
