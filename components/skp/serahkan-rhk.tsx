"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { serahkanRhkAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { usePesanGalat } from "./pesan";

type Bawahan = { pegawaiId: string; nama: string; jabatan: string };

/** Hand one of my RHK (or a part of it, described per person) to several subordinates at once. */
export function SerahkanRhk({ rhkId, uraian, bawahan }: { rhkId: string; uraian: string; bawahan: Bawahan[] }) {
  const t = useTranslations("matriks");
  const pesanGalat = usePesanGalat();
  const router = useRouter();
  const [buka, setBuka] = useState(false);
  const [peran, setPeran] = useState<Record<string, string>>({});
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const [pending, start] = useTransition();
  const dipilih = Object.keys(peran);

  const kirim = () =>
    start(async () => {
      setHasil(null);
      const result = await serahkanRhkAction({ rhkAtasanId: rhkId, penerima: dipilih.map((id) => ({ pegawaiId: id, uraianPeran: peran[id] ?? "" })) });
      if (result.ok) {
        setHasil({ ok: true, pesan: t("berhasil", { n: dipilih.length, draf: result.data?.ditambahkanKeDraft ?? 0 }) });
        setPeran({});
        setBuka(false);
        router.refresh();
        return;
      }
      setHasil({ ok: false, pesan: pesanGalat(result).join(" ") });
    });

  return (
    <div className="flex flex-col gap-2">
      {!buka ? (
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => setBuka(true)} disabled={bawahan.length === 0}>
            {t("serahkan")}
          </Button>
        </div>
      ) : (
        <fieldset className="flex flex-col gap-2 rounded-md border border-border p-3" data-testid={`serahkan-${rhkId}`}>
          <legend className="px-1 text-sm font-medium">{t("serahkanKe")}</legend>
          {bawahan.map((b) => {
            const aktif = b.pegawaiId in peran;
            return (
              <div key={b.pegawaiId} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
                <label className="flex min-w-[14rem] items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={aktif}
                    onChange={(e) =>
                      setPeran((p) => {
                        const next = { ...p };
                        if (e.target.checked) next[b.pegawaiId] = uraian;
                        else delete next[b.pegawaiId];
                        return next;
                      })
                    }
                  />
                  <span>
                    {b.nama}
                    <span className="block text-xs text-muted-foreground">{b.jabatan}</span>
                  </span>
                </label>
                {aktif ? (
                  <Input
                    aria-label={t("bagianUntuk", { nama: b.nama })}
                    value={peran[b.pegawaiId] ?? ""}
                    onChange={(e) => setPeran((p) => ({ ...p, [b.pegawaiId]: e.target.value }))}
                  />
                ) : null}
              </div>
            );
          })}
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" disabled={pending || dipilih.length === 0} onClick={kirim}>
              {t("serahkanN", { n: dipilih.length })}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setBuka(false)}>
              {t("batal")}
            </Button>
          </div>
        </fieldset>
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {hasil ? <p className={hasil.ok ? "text-emerald-800" : "text-red-700"}>{hasil.pesan}</p> : null}
      </div>
    </div>
  );
}
