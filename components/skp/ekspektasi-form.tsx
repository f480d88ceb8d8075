"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { tulisEkspektasiAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { BERAKHLAK_INDIKATOR, NILAI_BERAKHLAK, type NilaiBerakhlak } from "@/lib/domain/constants";
import { usePesanGalat } from "./pesan";

type Penerima = { skpId: string; nama: string; status: string };

/**
 * The ekspektasi khusus pimpinan per BerAKHLAK value: for one SKP (`penerima` of one), or for
 * the chosen members of the team at once.
 */
export function EkspektasiForm({ penerima, awal, tim = false }: { penerima: Penerima[]; awal?: Partial<Record<NilaiBerakhlak, string>>; tim?: boolean }) {
  const t = useTranslations("ekspektasi");
  const pesanGalat = usePesanGalat();
  const router = useRouter();
  const [dipilih, setDipilih] = useState<string[]>(penerima.map((p) => p.skpId));
  const [isi, setIsi] = useState<Record<NilaiBerakhlak, string>>(
    Object.fromEntries(NILAI_BERAKHLAK.map((n) => [n, awal?.[n] ?? ""])) as Record<NilaiBerakhlak, string>,
  );
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const [pending, start] = useTransition();

  const simpan = () =>
    start(async () => {
      setHasil(null);
      const result = await tulisEkspektasiAction({ skpIds: dipilih, ekspektasi: isi, hanyaYangDiisi: tim });
      if (result.ok) {
        setHasil({ ok: true, pesan: t("tersimpan", { n: result.data?.diperbarui ?? dipilih.length }) });
        router.refresh();
        return;
      }
      setHasil({ ok: false, pesan: pesanGalat(result).join(" ") });
    });

  return (
    <div className="flex flex-col gap-3" data-testid="ekspektasi-form">
      {tim ? (
        <fieldset className="flex flex-col gap-1 rounded-md border border-border p-3">
          <legend className="px-1 text-sm font-medium">{t("untuk")}</legend>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={dipilih.length === penerima.length}
              onChange={(e) => setDipilih(e.target.checked ? penerima.map((p) => p.skpId) : [])}
            />
            {t("semua")}
          </label>
          <div className="grid gap-1 sm:grid-cols-2">
            {penerima.map((p) => (
              <label key={p.skpId} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  checked={dipilih.includes(p.skpId)}
                  onChange={(e) => setDipilih((d) => (e.target.checked ? [...d, p.skpId] : d.filter((x) => x !== p.skpId)))}
                />
                {p.nama}
              </label>
            ))}
          </div>
          <p className="text-xs text-muted-foreground">{t("timBantuan")}</p>
        </fieldset>
      ) : null}
      {NILAI_BERAKHLAK.map((n) => (
        <div key={n} className="flex flex-col gap-1">
          <Label htmlFor={`eksp-${n}`}>{BERAKHLAK_INDIKATOR[n].label}</Label>
          <ul className="list-disc pl-5 text-xs text-muted-foreground">
            {BERAKHLAK_INDIKATOR[n].indikator.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
          <Textarea id={`eksp-${n}`} rows={2} value={isi[n]} onChange={(e) => setIsi((s) => ({ ...s, [n]: e.target.value }))} />
        </div>
      ))}
      <div role="status" aria-live="polite" className="text-sm">
        {hasil ? <p className={hasil.ok ? "text-emerald-800" : "text-red-700"}>{hasil.pesan}</p> : null}
      </div>
      <div>
        <Button type="button" disabled={pending || dipilih.length === 0} onClick={simpan}>
          {t("simpan")}
        </Button>
      </div>
    </div>
  );
}
