"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { buatSkpAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import { skpBaruSchema, type SkpBaruInput } from "@/lib/schemas/skp";
import { terapkanGalatServer, usePesan } from "./pesan";

interface Props {
  penugasan: Array<{ penugasanId: string; jabatan: string; unit: string; jenis: string; bentuk: "JPT" | "NON_JPT"; jumlahMatriks: number }>;
  adaSkpSebelumnya: boolean;
}

/** Start an SKP: which assignment, which pendekatan, and what to start from. */
export function SkpBaruForm({ penugasan, adaSkpSebelumnya }: Props) {
  const t = useTranslations("skpBaru");
  const te = useTranslations("skpEditor");
  const pesan = usePesan();
  const router = useRouter();
  const [galat, setGalat] = useState<string | null>(null);
  const form = useForm<SkpBaruInput>({
    resolver: zodResolver(skpBaruSchema),
    defaultValues: {
      penugasanId: penugasan[0]?.penugasanId ?? "",
      pendekatan: "KUANTITATIF",
      sumber: (penugasan[0]?.jumlahMatriks ?? 0) > 0 ? "MATRIKS" : adaSkpSebelumnya ? "SEBELUMNYA" : "KOSONG",
    },
  });
  const dipilih = useWatch({ control: form.control, name: "penugasanId" });
  const jumlahMatriks = penugasan.find((p) => p.penugasanId === dipilih)?.jumlahMatriks ?? 0;
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setGalat(null);
    const result = await buatSkpAction(values);
    if (result.ok && result.data) {
      router.push(`/skp/${result.data.id}/ubah`);
      return;
    }
    if (!result.ok) {
      const umum = terapkanGalatServer(result.fieldErrors, form.setError);
      setGalat(pesan(umum[0] ?? result.error) ?? null);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold">{t("penugasan")}</legend>
        {penugasan.map((p) => (
          <label key={p.penugasanId} className="flex items-start gap-2 rounded-md border border-border p-3 text-sm">
            <input type="radio" value={p.penugasanId} className="mt-0.5 h-4 w-4" {...form.register("penugasanId")} />
            <span>
              <span className="font-medium">{`${p.jenis === "DEFINITIF" ? "" : `${p.jenis === "PLT" ? "Plt." : "Plh."} `}${p.jabatan}`}</span>
              <span className="block text-muted-foreground">{`${p.unit} · ${t(`bentuk.${p.bentuk}`)}`}</span>
            </span>
          </label>
        ))}
        {errors.penugasanId ? <p className="text-xs text-red-700">{pesan(errors.penugasanId.message)}</p> : null}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold">{t("pendekatan")}</legend>
        {(["KUANTITATIF", "KUALITATIF"] as const).map((p) => (
          <label key={p} className="flex items-start gap-2 text-sm">
            <input type="radio" value={p} className="mt-0.5 h-4 w-4" {...form.register("pendekatan")} />
            <span>
              <span className="font-medium">{te(`pendekatanOpsi.${p}`)}</span>
              <span className="block text-muted-foreground">{te(`pendekatanBantuan.${p}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold">{t("mulaiDari")}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="KOSONG" className="mt-0.5 h-4 w-4" {...form.register("sumber")} />
          <span>{t("sumber.KOSONG")}</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="SEBELUMNYA" disabled={!adaSkpSebelumnya} className="mt-0.5 h-4 w-4" {...form.register("sumber")} />
          <span className={adaSkpSebelumnya ? "" : "text-muted-foreground"}>{t("sumber.SEBELUMNYA")}</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="MATRIKS" disabled={jumlahMatriks === 0} className="mt-0.5 h-4 w-4" {...form.register("sumber")} />
          <span className={jumlahMatriks ? "" : "text-muted-foreground"}>{t("sumber.MATRIKS", { n: jumlahMatriks })}</span>
        </label>
      </fieldset>
      {galat ? (
        <p role="alert" className="text-sm text-red-700">
          {galat}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t("buat")}
        </Button>
      </div>
    </form>
  );
}
