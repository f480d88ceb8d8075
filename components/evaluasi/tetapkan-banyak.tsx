"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { tetapkanBanyakEvaluasiAction } from "@/app/actions/evaluasi";
import { PesanHasil } from "@/components/pesan-hasil";
import { usePesan } from "@/components/skp/pesan";
import { useAksi } from "@/components/use-aksi";
import { Button } from "@/components/ui/button";

/** Checkboxes over the complete drafts and one button to set and deliver all chosen at once. */
export function TetapkanBanyak({ pilihan }: { pilihan: Array<{ evaluasiId: string; nama: string }> }) {
  const t = useTranslations("evaluasi");
  const pesan = usePesan();
  const { pending, hasil, jalankan } = useAksi();
  const [dipilih, setDipilih] = useState<string[]>(pilihan.map((p) => p.evaluasiId));
  if (pilihan.length === 0) return null;
  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-border p-3"
      data-testid="tetapkan-banyak"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(
          () => tetapkanBanyakEvaluasiAction(dipilih),
          (d) => {
            const r = d as { ditetapkan: string[]; dilewati: Array<{ nama: string; alasan: string }> };
            return [t("banyakDitetapkan", { n: r.ditetapkan.length }), ...r.dilewati.map((x) => `${x.nama}: ${pesan(x.alasan)}`)].join(" ");
          },
        );
      }}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("banyakJudul")}</legend>
        {pilihan.map((p) => (
          <label key={p.evaluasiId} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={dipilih.includes(p.evaluasiId)}
              onChange={(e) => setDipilih((d) => (e.target.checked ? [...d, p.evaluasiId] : d.filter((x) => x !== p.evaluasiId)))}
            />
            {p.nama}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending || dipilih.length === 0}>
          {t("banyakTombol", { n: dipilih.length })}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
