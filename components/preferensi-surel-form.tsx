"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { simpanPreferensiSurelAction } from "@/app/actions/notifikasi";
import { usePesanGalat } from "@/components/skp/pesan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { JENIS_NOTIFIKASI, type JenisNotifikasi } from "@/lib/domain/notifikasi";

export function PreferensiSurelForm({ awal }: { awal: Record<JenisNotifikasi, boolean> }) {
  const t = useTranslations("pengaturan");
  const pesanGalat = usePesanGalat();
  const [nilai, setNilai] = useState(awal);
  const [pending, start] = useTransition();
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await simpanPreferensiSurelAction(nilai);
          setHasil(r.ok ? { ok: true, pesan: t("tersimpan") } : { ok: false, pesan: pesanGalat(r).join(" ") });
        });
      }}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("surel")}</legend>
        {JENIS_NOTIFIKASI.map((j) => (
          <label key={j} className="flex items-center gap-3 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={nilai[j]} onChange={(e) => setNilai((v) => ({ ...v, [j]: e.target.checked }))} />
            {t(`jenis.${j}`)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("simpan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
