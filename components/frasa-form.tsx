"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { simpanFrasaAction } from "@/app/actions/realisasi";
import { terapkanGalatServer, usePesan } from "@/components/skp/pesan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { frasaSchema, type FrasaForm as FrasaNilai } from "@/lib/schemas/realisasi";

/** The admin's list of standard feedback phrases: add, remove, reorder, save. */
export function FrasaForm({ awal }: { awal: string[] }) {
  const t = useTranslations("frasa");
  const pesan = usePesan();
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string } | null>(null);
  const form = useForm<FrasaNilai>({ resolver: zodResolver(frasaSchema), defaultValues: { frasa: awal.map((teks) => ({ teks })) } });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "frasa" });
  const { errors, isSubmitting } = form.formState;
  const kirim = form.handleSubmit(async (nilai) => {
    setHasil(null);
    const r = await simpanFrasaAction(nilai);
    if (r.ok) return setHasil({ ok: true, pesan: t("tersimpan") });
    const umum = terapkanGalatServer(r.fieldErrors, form.setError);
    setHasil({ ok: false, pesan: (umum.length ? umum : [r.error]).map((k) => pesan(k)!).join(" ") });
  });
  return (
    <form onSubmit={kirim} className="flex flex-col gap-3" noValidate>
      <ol className="flex flex-col gap-2">
        {fields.map((f, i) => (
          <li key={f.id} className="flex flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <label className="sr-only" htmlFor={`frasa-${i}`}>
                {t("frasaKe", { n: i + 1 })}
              </label>
              <Input id={`frasa-${i}`} className="min-w-0 flex-1" aria-invalid={!!errors.frasa?.[i]?.teks} {...form.register(`frasa.${i}.teks`)} />
              <Button type="button" variant="ghost" size="sm" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`${t("naik")} ${i + 1}`}>
                ↑
              </Button>
              <Button type="button" variant="ghost" size="sm" onClick={() => move(i, i + 1)} disabled={i === fields.length - 1} aria-label={`${t("turun")} ${i + 1}`}>
                ↓
              </Button>
              <Button type="button" variant="outline" size="sm" onClick={() => remove(i)} aria-label={`${t("hapus")} ${i + 1}`}>
                {t("hapus")}
              </Button>
            </div>
            {errors.frasa?.[i]?.teks ? <p className="text-xs text-red-700">{pesan(errors.frasa[i]?.teks?.message)}</p> : null}
          </li>
        ))}
      </ol>
      {errors.frasa?.root || errors.frasa?.message ? <p className="text-sm text-red-700">{pesan(errors.frasa.root?.message ?? errors.frasa.message)}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" onClick={() => append({ teks: "" })}>
          {t("tambah")}
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {t("simpan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
