import { getRequestContext } from "@/lib/server/request-context";
import { dengarkanPegawai } from "@/lib/server/langsung";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events for the signed-in pegawai: notifications, subordinates' realisations, feedback.
 * Any app instance serves it; events raised on any instance arrive through the database.
 */
export async function GET(request: Request) {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  const encoder = new TextEncoder();
  let berhenti = () => {};
  let selesai = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const kirim = (teks: string) => {
        try {
          controller.enqueue(encoder.encode(teks));
        } catch {
          berhenti();
        }
      };
      const lepas = await dengarkanPegawai(ctx.actor.pegawaiId, (p) => kirim(`event: ${p.jenis}\ndata: ${JSON.stringify(p.data ?? {})}\n\n`));
      const detak = setInterval(() => kirim(": detak\n\n"), 25_000);
      berhenti = () => {
        if (selesai) return;
        selesai = true;
        clearInterval(detak);
        lepas();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      if (request.signal.aborted) return berhenti();
      request.signal.addEventListener("abort", () => berhenti(), { once: true });
      kirim("retry: 3000\nevent: siap\ndata: {}\n\n");
    },
    cancel() {
      berhenti();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
