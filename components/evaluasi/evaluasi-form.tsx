"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { simpanEvaluasiAction } from "@/app/actions/evaluasi";
import { PesanHasil } from "@/components/pesan-hasil";
import { terapkanGalatServer, usePesan } from "@/components/skp/pesan";
import type { Hasil } from "@/components/use-aksi";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { RATING, type NilaiBerakhlak, type Rating } from "@/lib/domain/constants";
import { predikatKinerja } from "@/lib/domain/predikat";
import { evaluasiSchema, type EvaluasiInput } from "@/lib/schemas/evaluasi";

type Nilai = {
  ratingHasil: Rating | "";
  alasanRatingHasil: string;
  ratingPerilaku: Rating | "";
  catatan: string;
  umpanBalikRhk: Record<string, string>;
  umpanBalikPerilaku: Partial<Record<NilaiBerakhlak, string>>;
};

/**
 * The PPK's evaluation: feedback per RHK (beside what the page shows of targets, realisations and
 * evidence, passed in as `isi`), feedback per BerAKHLAK value, then the two ratings. The predikat is
 * previewed from the matrix as the ratings change; the server computes the one that counts.
 */
export function EvaluasiForm({
  skpId,
  checkpointId,
  rhk,
  perilaku,
  saran,
  dariOrganisasi,
  awal,
  bolehTetapkan,
  berikutnya,
}: {
  skpId: string;
  checkpointId: string | null;
  rhk: Array<{ id: string; isi: ReactNode }>;
  perilaku: Array<{ nilai: NilaiBerakhlak; isi: ReactNode }>;
  saran: Rating | null;
  dariOrganisasi: boolean;
  awal: Nilai;
  bolehTetapkan: boolean;
  berikutnya: { href: string; nama: string } | null;
}) {
  const t = useTranslations("evaluasi");
  const tr = useTranslations("rating");
  const tp = useTranslations("predikat");
  const pesan = usePesan();
  const router = useRouter();
  const id = useId();
  const [hasil, setHasil] = useState<Hasil>(null);
  const form = useForm<Nilai>({ resolver: zodResolver(evaluasiSchema.omit({ skpId: true, checkpointId: true, tetapkan: true })) as never, defaultValues: awal });
  const { errors, isSubmitting } = form.formState;
  const [ratingHasil, ratingPerilaku] = useWatch({ control: form.control, name: ["ratingHasil", "ratingPerilaku"] });
  const beda = Boolean(ratingHasil && saran && ratingHasil !== saran);
  const predikat = ratingHasil && ratingPerilaku ? predikatKinerja(ratingHasil, ratingPerilaku) : null;

  const kirim = (tetapkan: boolean, lanjut: boolean) =>
    form.handleSubmit(async (nilai) => {
      setHasil(null);
      if (tetapkan) {
        let kurang = false;
        for (const f of ["ratingHasil", "ratingPerilaku"] as const)
          if (!nilai[f]) {
            form.setError(f, { type: "required", message: "RATING_WAJIB" });
            kurang = true;
          }
        if (kurang) return;
        if (!window.confirm(t("tetapkanKonfirmasi"))) return;
      }
      const input: EvaluasiInput = { skpId, checkpointId, ...nilai, tetapkan };
      const r = await simpanEvaluasiAction(input);
      if (r.ok) {
        setHasil({ ok: true, pesan: tetapkan ? t("ditetapkan") : t("drafTersimpan") });
        if (lanjut && berikutnya) router.push(berikutnya.href);
        else router.refresh();
        return;
      }
      const umum = terapkanGalatServer(r.fieldErrors, form.setError);
      setHasil({ ok: false, pesan: (umum.length ? umum : r.fieldErrors ? [] : [r.error]).map((k) => pesan(k)!).join(" ") || t("periksaIsian") });
    });

  const pilihanRating = (nama: "ratingHasil" | "ratingPerilaku", legend: string, petunjuk?: ReactNode) => (
    <fieldset className="flex flex-col gap-2" aria-describedby={errors[nama] ? `${id}-${nama}-galat` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {petunjuk}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {RATING.map((r) => (
          <label key={r} className="flex min-h-10 items-center gap-2 rounded-md border border-border px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/5">
            <input type="radio" value={r} className="size-4" {...form.register(nama)} />
            {tr(r)}
            {nama === "ratingHasil" && r === saran ? <span className="text-xs text-muted-foreground">({t("disarankan")})</span> : null}
          </label>
        ))}
      </div>
      {errors[nama]?.message ? (
        <p id={`${id}-${nama}-galat`} className="text-sm text-red-700">
          {pesan(errors[nama]!.message)}
        </p>
      ) : null}
    </fieldset>
  );

  return (
    <form className="flex flex-col gap-4" data-testid="evaluasi-form" noValidate onSubmit={kirim(false, false)}>
      {rhk.map((r) => (
        <div key={r.id} className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4" data-testid={`evaluasi-rhk-${r.id}`}>
          {r.isi}
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-rhk-${r.id}`}>{t("umpanBalikRhk")}</Label>
            <Textarea id={`${id}-rhk-${r.id}`} rows={2} {...form.register(`umpanBalikRhk.${r.id}`)} />
          </div>
        </div>
      ))}
      <section className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4" aria-labelledby={`${id}-perilaku`}>
        <h2 id={`${id}-perilaku`} className="text-lg font-semibold">
          {t("perilakuJudul")}
        </h2>
        {perilaku.map((p) => (
          <div key={p.nilai} className="flex flex-col gap-2 border-t border-border pt-3" data-testid={`evaluasi-perilaku-${p.nilai}`}>
            {p.isi}
            <Label htmlFor={`${id}-p-${p.nilai}`}>{t("umpanBalikPerilaku")}</Label>
            <Textarea id={`${id}-p-${p.nilai}`} rows={2} {...form.register(`umpanBalikPerilaku.${p.nilai}`)} />
          </div>
        ))}
      </section>
      <section className="flex flex-col gap-4 rounded-lg border-2 border-primary/30 bg-card p-4" aria-labelledby={`${id}-rating`}>
        <h2 id={`${id}-rating`} className="text-lg font-semibold">
          {t("ratingJudul")}
        </h2>
        {pilihanRating(
          "ratingHasil",
          t("ratingHasil"),
          <p className="text-sm text-muted-foreground" data-testid="saran-rating">
            {saran ? t(dariOrganisasi ? "saranOrganisasi" : "saranRealisasi", { rating: tr(saran) }) : t("tanpaSaran")}
          </p>,
        )}
        {beda ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-alasan`}>{t("alasanBeda")}</Label>
            <Textarea id={`${id}-alasan`} rows={2} aria-invalid={errors.alasanRatingHasil ? true : undefined} {...form.register("alasanRatingHasil")} />
            {errors.alasanRatingHasil?.message ? <p className="text-sm text-red-700">{pesan(errors.alasanRatingHasil.message)}</p> : null}
          </div>
        ) : null}
        {pilihanRating("ratingPerilaku", t("ratingPerilaku"))}
        <p className="text-sm" aria-live="polite" data-testid="pratinjau-predikat">
          {predikat ? t("pratinjauPredikat", { predikat: tp(predikat) }) : t("pratinjauKosong")}
        </p>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-catatan`}>{t("catatan")}</Label>
          <Textarea id={`${id}-catatan`} rows={3} {...form.register("catatan")} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="outline" disabled={isSubmitting}>
            {t("simpanDraf")}
          </Button>
          {bolehTetapkan ? (
            <Button type="button" disabled={isSubmitting} onClick={kirim(true, false)}>
              {t("tetapkan")}
            </Button>
          ) : null}
          {bolehTetapkan && berikutnya ? (
            <Button type="button" variant="secondary" disabled={isSubmitting} onClick={kirim(true, true)}>
              {t("tetapkanLanjut", { nama: berikutnya.nama })}
            </Button>
          ) : null}
        </div>
        {!bolehTetapkan ? <p className="text-sm text-muted-foreground">{t("belumBolehTetapkan")}</p> : null}
        <PesanHasil hasil={hasil} />
      </section>
    </form>
  );
}
