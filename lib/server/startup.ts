import { getDbHandle } from "@/db";

/**
 * Opens the database (taking the embedded folder's lock) and applies pending migrations, so a
 * misconfigured or locked database stops the server at start instead of failing the first request.
 */
export async function startup(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const handle = await getDbHandle();
    console.log(`[kinerja] database ready (${handle.kind})`);
    const { mulaiLatar } = await import("./latar");
    await mulaiLatar();
  } catch (error) {
    console.error(`[kinerja] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
