"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { simpanDiklatAction } from "@/app/actions/pengembangan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { JENIS_DIKLAT, type JenisDiklat } from "@/lib/schemas/pengembangan";
import { useAksi } from "@/components/use-aksi";

export interface DiklatNilai {
  id?: string;
  kode: string;
  nama: string;
  jenis: JenisDiklat;
  penyelenggara: string | null;
  jam: number;
  aktif: boolean;
}

/** Add a catalogue item, or change one (the admin). */
export function DiklatForm({ awal, idPrefix }: { awal?: DiklatNilai; idPrefix: string }) {
  const t = useTranslations("pengembangan");
  const { pending, hasil, jalankan } = useAksi();
  const [v, setV] = useState({
    kode: awal?.kode ?? "",
    nama: awal?.nama ?? "",
    jenis: awal?.jenis ?? ("PELATIHAN_TEKNIS" as JenisDiklat),
    penyelenggara: awal?.penyelenggara ?? "",
    jam: awal ? String(awal.jam) : "",
    aktif: awal?.aktif ?? true,
  });
  const ubah = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV((x) => ({ ...x, [k]: e.target instanceof HTMLInputElement && e.target.type === "checkbox" ? e.target.checked : e.target.value }));
  const kirim = (e: React.FormEvent) => {
    e.preventDefault();
    jalankan(() => simpanDiklatAction({ id: awal?.id ?? null, ...v }), t("diklatTersimpan"));
  };
  const id = (k: string) => `${idPrefix}-${k}`;
  return (
    <form onSubmit={kirim} className="grid gap-3 sm:grid-cols-6" noValidate>
      <div className="flex flex-col gap-1 sm:col-span-1">
        <Label htmlFor={id("kode")}>{t("kode")}</Label>
        <Input id={id("kode")} value={v.kode} onChange={ubah("kode")} />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-3">
        <Label htmlFor={id("nama")}>{t("namaDiklat")}</Label>
        <Input id={id("nama")} value={v.nama} onChange={ubah("nama")} />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <Label htmlFor={id("jenis")}>{t("jenisDiklatLabel")}</Label>
        <NativeSelect id={id("jenis")} value={v.jenis} onChange={ubah("jenis")}>
          {JENIS_DIKLAT.map((j) => (
            <option key={j} value={j}>
              {t(`jenisDiklat.${j}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1 sm:col-span-3">
        <Label htmlFor={id("penyelenggara")}>{t("penyelenggara")}</Label>
        <Input id={id("penyelenggara")} value={v.penyelenggara} onChange={ubah("penyelenggara")} />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-1">
        <Label htmlFor={id("jam")}>{t("jam")}</Label>
        <Input id={id("jam")} inputMode="numeric" value={v.jam} onChange={ubah("jam")} />
      </div>
      <label className="flex items-center gap-2 self-end pb-2 text-sm sm:col-span-2">
        <input type="checkbox" checked={v.aktif} onChange={ubah("aktif")} />
        {t("aktif")}
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-6">
        <Button type="submit" size="sm" disabled={pending}>
          {awal ? t("simpan") : t("tambahDiklat")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
