import { getTranslations } from "next-intl/server";
import { bukuAngkaKredit, namaBerkasAngkaKredit, type LabelAngkaKreditXlsx } from "@/lib/documents/angka-kredit-xlsx";
import { JENJANG, PREDIKAT } from "@/lib/domain/constants";
import { unduhan, XLSX } from "@/lib/server/unduhan";
import { getAngkaKreditUnit } from "@/lib/services/angka-kredit";

export const dynamic = "force-dynamic";

/** The unit's yearly credit-point list as an Excel file (?unit=&tahun=), for those who may see the list; anyone else gets 404. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  return unduhan("angka-kredit", async (ctx) => {
    const data = await getAngkaKreditUnit(ctx, { unitId: q.get("unit"), tahun: q.get("tahun") });
    const [t, tp, tj] = await Promise.all([getTranslations("angkaKredit"), getTranslations("predikat"), getTranslations("jenjang")]);
    const label: LabelAngkaKreditXlsx = {
      judul: t("judulBerkas", { unit: data.unit.nama, tahun: String(data.tahun ?? "") }),
      lembar: t("lembar", { tahun: String(data.tahun ?? "") }),
      kolom: {
        no: t("kolom.no"), nip: t("kolom.nip"), nama: t("kolom.nama"), jabatan: t("kolom.jabatan"), jenjang: t("kolom.jenjang"), unit: t("kolom.unit"),
        predikat: t("kolom.predikat"), bulan: t("kolom.bulan"), koefisien: t("kolom.koefisien"), persentase: t("kolom.persentase"), nilai: t("kolom.nilai"),
      },
      total: t("total"),
      predikat: Object.fromEntries(PREDIKAT.map((p) => [p, tp(p)])) as LabelAngkaKreditXlsx["predikat"],
      jenjang: Object.fromEntries(JENJANG.map((j) => [j, tj(j)])) as LabelAngkaKreditXlsx["jenjang"],
    };
    return { isi: await bukuAngkaKredit(data, label), jenis: XLSX, namaBerkas: namaBerkasAngkaKredit(data) };
  });
}
