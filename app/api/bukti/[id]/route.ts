import { getRequestContext } from "@/lib/server/request-context";
import { ServiceError } from "@/lib/services/errors";
import { unduhBukti } from "@/lib/services/realisasi";

export const dynamic = "force-dynamic";

/** Downloads an evidence file for whoever may see the SKP; anyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  try {
    const berkas = await unduhBukti(ctx, (await params).id);
    return new Response(new Uint8Array(berkas.isi), {
      headers: {
        "Content-Type": berkas.mime,
        "Content-Length": String(berkas.isi.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(berkas.nama)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError) return new Response("Tidak ditemukan", { status: 404 });
    console.error("[bukti]", error);
    return new Response("Kesalahan sistem", { status: 500 });
  }
}
