"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { bukaMasaPenilaianAction } from "@/app/actions/periode";
import { PesanHasil } from "@/components/pesan-hasil";
import { usePesanGalat } from "@/components/skp/pesan";
import { Button } from "@/components/ui/button";

/**
 * "Buka masa penilaian" for a running period, with a confirm step (the change cannot be undone). Stays
 * mounted whatever the status so the result is still announced after the page refreshes.
 */
export function BukaMasaPenilaian({ periodeId, tahun, status }: { periodeId: string; tahun: number; status: string }) {
  const t = useTranslations("dasborAdmin");
  const pesanGalat = usePesanGalat();
  const router = useRouter();
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [pending, start] = useTransition();
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const id = useId();
  const tombol = useRef<HTMLButtonElement>(null);
  const buka = () =>
    start(async () => {
      setHasil(null);
      const r = await bukaMasaPenilaianAction(periodeId);
      setKonfirmasi(false);
      if (r.ok) {
        setHasil({ ok: true, pesan: t("masaPenilaianDibuka", { tahun }) });
        router.refresh();
      } else {
        const kode = Object.values(r.fieldErrors ?? {}).flat();
        setHasil({ ok: false, pesan: kode.includes("PERIODE_BUKAN_BERJALAN") ? t("periodeBukanBerjalan") : pesanGalat(r).join(" ") });
      }
    });
  return (
    <div className="flex flex-col items-start gap-2">
      {status !== "BERJALAN" ? null : konfirmasi ? (
        <div role="group" aria-labelledby={`${id}-tanya`} className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-2">
          <p id={`${id}-tanya`} className="text-xs text-amber-950">
            {t("bukaMasaPenilaianKonfirmasi", { tahun })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" onClick={buka} disabled={pending} autoFocus>
              {t("bukaMasaPenilaianYa")}
            </Button>
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={pending}
              onClick={() => {
                setKonfirmasi(false);
                requestAnimationFrame(() => tombol.current?.focus());
              }}
            >
              {t("batal")}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={tombol} type="button" size="sm" variant="outline" aria-label={t("bukaMasaPenilaianLabel", { tahun })} onClick={() => { setHasil(null); setKonfirmasi(true); }}>
          {t("bukaMasaPenilaian")}
        </Button>
      )}
      <PesanHasil hasil={hasil} />
    </div>
  );
}
