// Next calls register() once when a server instance starts. Question generation jobs run in the Node.js server
// (a worker thread does the CPU work), never in the Edge runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startGenerationRunner } = await import("@/lib/server/generation/background-runner");
  startGenerationRunner();
}
