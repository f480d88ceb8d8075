import { getTranslations } from "next-intl/server";
import { SkpDokumenView } from "@/components/skp-dokumen";
import { CetakButton } from "@/components/skp/cetak-button";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDokumenSkp } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("skp");
  return { title: t("judul") };
}

/** The SKP alone on the page, for the browser's print dialog (no app chrome). */
export default async function CetakSkpPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const doc = await orNotFound(getDokumenSkp(ctx, id));
  return (
    <main className="mx-auto max-w-[60rem] bg-white p-4 text-black print:max-w-none print:p-0">
      <div className="mb-4 flex justify-end print:hidden">
        <CetakButton />
      </div>
      <SkpDokumenView doc={doc} />
    </main>
  );
}
