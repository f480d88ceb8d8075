import "server-only";
import { getRequestContext } from "@/lib/server/request-context";
import type { ServiceContext } from "@/lib/services/context";
import { ServiceError } from "@/lib/services/errors";

export const PDF = "application/pdf";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A generated document as a download, the same way for every route: 401 without a session; a refusal
 * or unknown resource from the service is 404 (bad parameters 400), never telling which; the file as
 * an attachment that is neither cached nor sniffed. Anything else is logged and a bare 500.
 */
export async function unduhan(
  label: string,
  buat: (ctx: ServiceContext) => Promise<{ isi: Uint8Array; jenis: string; namaBerkas: string }>,
): Promise<Response> {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  try {
    const { isi, jenis, namaBerkas } = await buat(ctx);
    return new Response(new Uint8Array(isi), {
      headers: {
        "Content-Type": jenis,
        "Content-Length": String(isi.byteLength),
        "Content-Disposition": `attachment; filename="${namaBerkas.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(namaBerkas)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError)
      return error.code === "INPUT_TIDAK_VALID" ? new Response("Permintaan tidak valid", { status: 400 }) : new Response("Tidak ditemukan", { status: 404 });
    console.error(`[${label}]`, error);
    return new Response("Kesalahan sistem", { status: 500 });
  }
}
