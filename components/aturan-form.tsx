"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { simpanAturanKeberatanAction } from "@/app/actions/aturan";
import { PesanHasil } from "@/components/pesan-hasil";
import { terapkanGalatServer, usePesan } from "@/components/skp/pesan";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { JENIS_HARI, KEBIJAKAN_KURVA } from "@/lib/domain/rule-set";
import { aturanKeberatanSchema, type AturanKeberatanForm as NilaiForm, type AturanKeberatanInput } from "@/lib/schemas/aturan";

/** The admin's objection window (days, calendar or working days), the holiday list and the curve's policy: add, remove, save. */
export function AturanForm({ awal }: { awal: AturanKeberatanInput }) {
  const t = useTranslations("aturan");
  const pesan = usePesan();
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const form = useForm<NilaiForm, unknown, AturanKeberatanInput>({ resolver: zodResolver(aturanKeberatanSchema), defaultValues: awal });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "hariLibur" });
  const { errors, isSubmitting } = form.formState;
  const kirim = form.handleSubmit(async (nilai) => {
    setHasil(null);
    const r = await simpanAturanKeberatanAction(nilai);
    if (r.ok) {
      form.reset({ ...nilai, hariLibur: [...nilai.hariLibur].sort((a, b) => a.tanggal.localeCompare(b.tanggal)) });
      return setHasil({ ok: true, pesan: t("tersimpan") });
    }
    const umum = terapkanGalatServer(r.fieldErrors, form.setError);
    setHasil({ ok: false, pesan: (umum.length ? umum : [r.error]).map((k) => pesan(k)!).join(" ") });
  }, () => setHasil(null));
  const galatDaftar = errors.hariLibur?.root?.message ?? errors.hariLibur?.message;
  return (
    <form onSubmit={kirim} className="flex flex-col gap-6" noValidate>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t("masaKeberatan")}</legend>
        <div className="flex max-w-xs flex-col gap-1.5">
          <label htmlFor="aturan-hari" className="text-sm font-medium">
            {t("hari")}
          </label>
          <Input
            id="aturan-hari"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            aria-invalid={!!errors.hari}
            aria-describedby="aturan-hari-bantuan"
            {...form.register("hari")}
          />
          <p id="aturan-hari-bantuan" className="text-xs text-muted-foreground">
            {errors.hari ? <span className="text-red-700">{pesan(errors.hari.message)}</span> : t("hariBantuan")}
          </p>
        </div>
        <fieldset className="flex flex-col gap-2" aria-describedby={errors.jenisHari ? "aturan-jenis-galat" : undefined}>
          <legend className="mb-1 text-sm font-medium">{t("jenisHari")}</legend>
          {JENIS_HARI.map((j) => (
            <label key={j} className="flex items-start gap-2 text-sm">
              <input type="radio" value={j} className="mt-0.5 size-4" {...form.register("jenisHari")} />
              <span>{t(j)}</span>
            </label>
          ))}
          {errors.jenisHari ? (
            <p id="aturan-jenis-galat" className="text-xs text-red-700">
              {pesan(errors.jenisHari.message)}
            </p>
          ) : null}
        </fieldset>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t("kurvaJudul")}</legend>
        <fieldset className="flex flex-col gap-2" aria-describedby={errors.kebijakanKurva ? "aturan-kebijakan-galat" : undefined}>
          <legend className="mb-1 text-sm font-medium">{t("kebijakanKurva")}</legend>
          {KEBIJAKAN_KURVA.map((k) => (
            <label key={k} className="flex items-start gap-2 text-sm">
              <input type="radio" value={k} className="mt-0.5 size-4" {...form.register("kebijakanKurva")} />
              <span>{t(k)}</span>
            </label>
          ))}
          {errors.kebijakanKurva ? (
            <p id="aturan-kebijakan-galat" className="text-xs text-red-700">
              {pesan(errors.kebijakanKurva.message)}
            </p>
          ) : null}
        </fieldset>
        <div className="flex max-w-xs flex-col gap-1.5">
          <label htmlFor="aturan-kurva-minimum" className="text-sm font-medium">
            {t("kurvaMinimum")}
          </label>
          <Input
            id="aturan-kurva-minimum"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            step={1}
            aria-invalid={!!errors.kurvaMinimumPegawai}
            aria-describedby="aturan-kurva-minimum-bantuan"
            {...form.register("kurvaMinimumPegawai")}
          />
          <p id="aturan-kurva-minimum-bantuan" className="text-xs text-muted-foreground">
            {errors.kurvaMinimumPegawai ? <span className="text-red-700">{pesan(errors.kurvaMinimumPegawai.message)}</span> : t("kurvaMinimumBantuan")}
          </p>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-base font-semibold">{t("hariLibur")}</legend>
        <p className="text-sm text-muted-foreground">{t("hariLiburBantuan")}</p>
        {fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("kosong")}</p> : null}
        <ol className="flex flex-col gap-3">
          {fields.map((f, i) => {
            const galatTanggal = errors.hariLibur?.[i]?.tanggal?.message;
            const galatNama = errors.hariLibur?.[i]?.nama?.message;
            return (
              <li key={f.id} className="flex flex-col gap-2 rounded-md border border-border p-3 sm:flex-row sm:items-start sm:border-0 sm:p-0">
                <div className="flex flex-col gap-1 sm:w-44">
                  <label htmlFor={`libur-${i}-tanggal`} className="text-xs text-muted-foreground">
                    <span aria-hidden="true">{t("tanggal")}</span>
                    <span className="sr-only">{t("tanggalKe", { n: i + 1 })}</span>
                  </label>
                  <Input
                    id={`libur-${i}-tanggal`}
                    type="date"
                    aria-invalid={!!galatTanggal}
                    aria-describedby={galatTanggal ? `libur-${i}-tanggal-galat` : undefined}
                    {...form.register(`hariLibur.${i}.tanggal`)}
                  />
                  {galatTanggal ? (
                    <p id={`libur-${i}-tanggal-galat`} className="text-xs text-red-700">
                      {pesan(galatTanggal)}
                    </p>
                  ) : null}
                </div>
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <label htmlFor={`libur-${i}-nama`} className="text-xs text-muted-foreground">
                    <span aria-hidden="true">{t("nama")}</span>
                    <span className="sr-only">{t("namaKe", { n: i + 1 })}</span>
                  </label>
                  <Input
                    id={`libur-${i}-nama`}
                    maxLength={200}
                    aria-invalid={!!galatNama}
                    aria-describedby={galatNama ? `libur-${i}-nama-galat` : undefined}
                    {...form.register(`hariLibur.${i}.nama`)}
                  />
                  {galatNama ? (
                    <p id={`libur-${i}-nama-galat`} className="text-xs text-red-700">
                      {pesan(galatNama)}
                    </p>
                  ) : null}
                </div>
                <div className="sm:pt-5">
                  <Button type="button" variant="outline" size="sm" onClick={() => remove(i)} aria-label={t("hapusKe", { n: i + 1 })}>
                    {t("hapus")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        {galatDaftar ? <p className="text-sm text-red-700">{pesan(galatDaftar)}</p> : null}
        <div>
          <Button type="button" variant="outline" onClick={() => append({ tanggal: "", nama: "" })}>
            {t("tambah")}
          </Button>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t("simpan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
