"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { catatPelatihanAction } from "@/app/actions/pengembangan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAksi } from "@/components/use-aksi";

/**
 * Record a completed training: of an approved proposal (its trainings to pick from), or from the
 * catalogue, or named freely; hours and the completion date.
 */
export function PelatihanForm({
  usulanId,
  pilihan,
  bebas,
  hariIni,
  idPrefix = "pelatihan",
}: {
  usulanId?: string;
  pilihan: { id: string; nama: string; jam: number }[];
  /** May name a training not in the list. */
  bebas: boolean;
  hariIni: string;
  idPrefix?: string;
}) {
  const t = useTranslations("pengembangan");
  const { pending, hasil, jalankan } = useAksi();
  const [diklatId, setDiklatId] = useState(pilihan.length === 1 ? pilihan[0]!.id : "");
  const [nama, setNama] = useState("");
  const [jam, setJam] = useState(pilihan.length === 1 ? String(pilihan[0]!.jam) : "");
  const [tanggal, setTanggal] = useState(hariIni);
  const kirim = (e: React.FormEvent) => {
    e.preventDefault();
    jalankan(() => catatPelatihanAction({ usulanId, diklatId: diklatId || null, nama: diklatId ? null : nama, jam, tanggalSelesai: tanggal }), t("pelatihanTercatat"));
  };
  return (
    <form onSubmit={kirim} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <Label htmlFor={`${idPrefix}-diklat`}>{t("diklat")}</Label>
        <NativeSelect
          id={`${idPrefix}-diklat`}
          value={diklatId}
          onChange={(e) => {
            setDiklatId(e.target.value);
            const d = pilihan.find((x) => x.id === e.target.value);
            if (d) setJam(String(d.jam));
          }}
        >
          {bebas ? <option value="">{t("diluarKatalog")}</option> : null}
          {pilihan.map((d) => (
            <option key={d.id} value={d.id}>
              {d.nama}
            </option>
          ))}
        </NativeSelect>
      </div>
      {bebas && !diklatId ? (
        <div className="flex flex-col gap-1 sm:col-span-2">
          <Label htmlFor={`${idPrefix}-nama`}>{t("namaPelatihan")}</Label>
          <Input id={`${idPrefix}-nama`} value={nama} onChange={(e) => setNama(e.target.value)} />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${idPrefix}-jam`}>{t("jam")}</Label>
        <Input id={`${idPrefix}-jam`} inputMode="decimal" value={jam} onChange={(e) => setJam(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${idPrefix}-tanggal`}>{t("tanggalSelesai")}</Label>
        <Input id={`${idPrefix}-tanggal`} type="date" max={hariIni} value={tanggal} onChange={(e) => setTanggal(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {usulanId ? t("tandaiSelesai") : t("catatPelatihan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
