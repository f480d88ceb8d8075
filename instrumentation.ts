/**
 * Runs once when the server starts: opens the database (taking the embedded folder's lock) and
 * applies pending migrations, so a misconfigured or locked database fails at start, not at the
 * first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDbHandle } = await import("./db");
  try {
    const handle = await getDbHandle();
    console.log(`[kinerja] database ready (${handle.kind})`);
  } catch (error) {
    console.error(`[kinerja] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
