"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { usulkanPengembanganAction } from "@/app/actions/pengembangan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { JenisUsulan } from "@/lib/domain/rule-set";
import { useAksi } from "@/components/use-aksi";

interface DiklatOpsi {
  id: string;
  nama: string;
  jenis: string;
  jam: number;
  penyelenggara: string | null;
}

/** The PPK's proposal: the kind (those the rules suggest), the programme or the plan's trainings, the reason. */
export function UsulanForm({ pegawaiId, saran, katalog, tinjauBawaan }: { pegawaiId: string; saran: JenisUsulan[]; katalog: DiklatOpsi[]; tinjauBawaan: string | null }) {
  const t = useTranslations("pengembangan");
  const router = useRouter();
  const { pending, hasil, jalankan } = useAksi();
  const [jenis, setJenis] = useState<JenisUsulan>(saran[0] ?? "DIKLAT");
  const [diklatId, setDiklatId] = useState("");
  const [diklatIds, setDiklatIds] = useState<string[]>([]);
  const [alasan, setAlasan] = useState("");
  const [tinjau, setTinjau] = useState(tinjauBawaan ?? "");
  const rencana = jenis === "RENCANA_PENGEMBANGAN";
  const pilihan = katalog.filter((d) => (jenis === "PROGRAM_KEPEMIMPINAN" ? d.jenis === "KEPEMIMPINAN" : d.jenis !== "KEPEMIMPINAN"));
  const label = (d: DiklatOpsi) => `${d.nama} (${t("jamPelajaran", { jam: d.jam })})`;

  const kirim = (e: React.FormEvent) => {
    e.preventDefault();
    jalankan(
      () => usulkanPengembanganAction({ pegawaiId, jenis, diklatId: rencana ? null : diklatId, diklatIds: rencana ? diklatIds : [], alasan, tanggalTinjau: rencana ? tinjau : null }),
      t("terkirim"),
      (data) => router.push(`/pengembangan/usulan/${(data as { id: string }).id}`),
    );
  };

  return (
    <form onSubmit={kirim} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("jenisUsulan")}</legend>
        {saran.map((s) => (
          <label key={s} className="flex items-center gap-2 text-sm">
            <input type="radio" name="jenis" value={s} checked={jenis === s} onChange={() => { setJenis(s); setDiklatId(""); }} />
            {t(`jenis.${s}`)}
          </label>
        ))}
      </fieldset>
      {rencana ? (
        <>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">{t("diklatDisepakati")}</legend>
            {pilihan.map((d) => (
              <label key={d.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={diklatIds.includes(d.id)}
                  onChange={(e) => setDiklatIds((l) => (e.target.checked ? [...l, d.id] : l.filter((x) => x !== d.id)))}
                />
                <span>{label(d)}</span>
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-1">
            <Label htmlFor="tinjau">{t("tanggalTinjau")}</Label>
            <Input id="tinjau" type="date" className="max-w-xs" value={tinjau} onChange={(e) => setTinjau(e.target.value)} />
          </div>
        </>
      ) : (
        <div className="flex flex-col gap-1">
          <Label htmlFor="diklat">{jenis === "PROGRAM_KEPEMIMPINAN" ? t("programKepemimpinan") : t("diklat")}</Label>
          <NativeSelect id="diklat" value={diklatId} onChange={(e) => setDiklatId(e.target.value)}>
            <option value="">{t("pilihDiklat")}</option>
            {pilihan.map((d) => (
              <option key={d.id} value={d.id}>
                {label(d)}
              </option>
            ))}
          </NativeSelect>
        </div>
      )}
      <div className="flex flex-col gap-1">
        <Label htmlFor="alasan">{t("alasan")}</Label>
        <Textarea id="alasan" rows={3} value={alasan} onChange={(e) => setAlasan(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("kirimUsulan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
