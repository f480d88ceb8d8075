/** Runs once when the server starts (see lib/server/startup.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/server/startup").then((m) => m.startup());
}
