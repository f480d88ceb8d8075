"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { buatPeriodeAction } from "@/app/actions/periode";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { periodeBaruSchema, type PeriodeBaruForm as FormValues, type PeriodeBaruInput } from "@/lib/schemas/periode";

/** Open a new annual period (admin). The server validates with the same schema and re-checks the role. */
export function PeriodeBaruForm() {
  const t = useTranslations("periodeBaru");
  const tv = useTranslations("validasi");
  const tg = useTranslations("galat");
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const form = useForm<FormValues, unknown, PeriodeBaruInput>({
    resolver: zodResolver(periodeBaruSchema),
    defaultValues: { tahun: new Date().getFullYear() + 1, jenisCheckpoint: "BULANAN", batasPenetapanSkp: "", batasEvaluasiTahunan: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const pesan = (code?: string) => (code ? tv.has(code) ? tv(code) : code : undefined);

  async function onSubmit(values: PeriodeBaruInput) {
    const result = await buatPeriodeAction(values);
    if (result.ok) {
      setHasil({ ok: true, pesan: t("berhasil", { tahun: values.tahun }) });
      form.reset({ ...form.getValues(), tahun: values.tahun + 1 });
      return;
    }
    for (const [field, codes] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as keyof FormValues, { message: codes[0] });
    }
    setHasil({ ok: false, pesan: tg.has(result.error) ? tg(result.error) : tg("KESALAHAN_SISTEM") });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3 rounded-md border border-border p-3">
      <h3 className="text-sm font-semibold">{t("judul")}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="tahun">{t("tahun")}</Label>
          <Input id="tahun" inputMode="numeric" aria-invalid={Boolean(errors.tahun)} aria-describedby={errors.tahun ? "tahun-galat" : undefined} {...form.register("tahun")} />
          {errors.tahun ? <p id="tahun-galat" className="text-xs text-red-700">{pesan(errors.tahun.message)}</p> : null}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="jenisCheckpoint">{t("checkpoint")}</Label>
          <NativeSelect id="jenisCheckpoint" {...form.register("jenisCheckpoint")}>
            <option value="BULANAN">{t("bulanan")}</option>
            <option value="TRIWULANAN">{t("triwulanan")}</option>
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="batasPenetapanSkp">{t("batasSkp")}</Label>
          <Input id="batasPenetapanSkp" type="date" aria-invalid={Boolean(errors.batasPenetapanSkp)} aria-describedby="batasPenetapanSkp-bantuan" {...form.register("batasPenetapanSkp")} />
          <p id="batasPenetapanSkp-bantuan" className="text-xs text-muted-foreground">
            {errors.batasPenetapanSkp ? <span className="text-red-700">{pesan(errors.batasPenetapanSkp.message)}</span> : t("bawaanSkp")}
          </p>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="batasEvaluasiTahunan">{t("batasEvaluasi")}</Label>
          <Input id="batasEvaluasiTahunan" type="date" aria-invalid={Boolean(errors.batasEvaluasiTahunan)} aria-describedby="batasEvaluasiTahunan-bantuan" {...form.register("batasEvaluasiTahunan")} />
          <p id="batasEvaluasiTahunan-bantuan" className="text-xs text-muted-foreground">
            {errors.batasEvaluasiTahunan ? <span className="text-red-700">{pesan(errors.batasEvaluasiTahunan.message)}</span> : t("bawaanEvaluasi")}
          </p>
        </div>
      </div>
      {hasil ? (
        <p role="status" className={hasil.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>
          {hasil.pesan}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t("simpan")}
        </Button>
      </div>
    </form>
  );
}
