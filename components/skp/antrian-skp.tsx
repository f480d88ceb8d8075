"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setujuiBanyakSkpAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import type { AntrianBaris } from "@/lib/services/skp";
import { usePesan } from "./pesan";

/** The PPK's queue: open one to review with notes, or tick several and approve them at once. */
export function AntrianSkp({ baris }: { baris: AntrianBaris[] }) {
  const t = useTranslations("antrian");
  const format = useFormatter();
  const pesan = usePesan();
  const router = useRouter();
  const [dipilih, setDipilih] = useState<string[]>([]);
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const [pending, start] = useTransition();

  const setujui = () =>
    start(async () => {
      setHasil(null);
      const result = await setujuiBanyakSkpAction(dipilih);
      if (result.ok && result.data) {
        const { disetujui, dilewati } = result.data;
        setHasil({ ok: true, pesan: t("hasil", { n: disetujui.length, lewat: dilewati.length }) });
        setDipilih([]);
        router.refresh();
        return;
      }
      if (!result.ok) setHasil({ ok: false, pesan: pesan(result.error) ?? "" });
    });

  if (baris.length === 0)
    return (
      <>
        <p className="text-sm text-muted-foreground">{t("kosong")}</p>
        {hasil ? <p role="status" className="mt-2 text-sm text-emerald-800">{hasil.pesan}</p> : null}
      </>
    );
  const semua = dipilih.length === baris.length;
  return (
    <div className="flex flex-col gap-3">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="h-4 w-4" checked={semua} onChange={(e) => setDipilih(e.target.checked ? baris.map((b) => b.skpId) : [])} />
        {t("pilihSemua")}
      </label>
      <ul className="flex flex-col divide-y divide-border rounded-md border border-border" data-testid="antrian-skp">
        {baris.map((b) => (
          <li key={b.skpId} className="flex flex-wrap items-center gap-3 p-3 text-sm" data-testid={`antrian-${b.skpId}`}>
            <input
              type="checkbox"
              className="h-4 w-4"
              aria-label={t("pilih", { nama: b.nama })}
              checked={dipilih.includes(b.skpId)}
              onChange={(e) => setDipilih((d) => (e.target.checked ? [...d, b.skpId] : d.filter((x) => x !== b.skpId)))}
            />
            <div className="min-w-0 flex-1">
              <Link href={`/skp/${b.skpId}`} className="font-medium text-primary underline">
                {b.nama}
              </Link>
              <p className="text-muted-foreground">{b.jabatan}</p>
            </div>
            <div className="w-full pl-7 text-muted-foreground sm:w-auto sm:pl-0 sm:text-right">
              <p>{t("jumlah", { rhk: b.jumlahRhk, iki: b.jumlahIki })}</p>
              {b.diajukanAt ? <p>{t("diajukan", { tanggal: format.dateTime(new Date(b.diajukanAt), { dateStyle: "medium" }) })}</p> : null}
            </div>
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite" className="text-sm">
        {hasil ? <p className={hasil.ok ? "text-emerald-800" : "text-red-700"}>{hasil.pesan}</p> : null}
      </div>
      <div>
        <Button type="button" disabled={pending || dipilih.length === 0} onClick={setujui}>
          {t("setujuiTerpilih", { n: dipilih.length })}
        </Button>
      </div>
    </div>
  );
}
