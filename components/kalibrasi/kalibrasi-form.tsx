"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { kalibrasiEvaluasiAction, tetapkanKurvaAction, tetapkanPredikatOrganisasiAction } from "@/app/actions/kalibrasi";
import { PilihRating } from "@/components/evaluasi/keberatan-form";
import { PesanHasil } from "@/components/pesan-hasil";
import { useAksi } from "@/components/use-aksi";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi, type Rating } from "@/lib/domain/constants";
import { predikatKinerja } from "@/lib/domain/predikat";

/** The leader above the unit sets its organisation rating for the period, with a reason and optional evidence. */
export function PredikatOrganisasiForm(props: { unitId: string; periodeId: string; awal: { predikat: PredikatOrganisasi; alasan: string | null; buktiTautan: string | null } | null }) {
  const t = useTranslations("kalibrasi");
  const to = useTranslations("predikatOrganisasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [predikat, setPredikat] = useState<PredikatOrganisasi | "">(props.awal?.predikat ?? "");
  const [alasan, setAlasan] = useState(props.awal?.alasan ?? "");
  const [buktiTautan, setBukti] = useState(props.awal?.buktiTautan ?? "");
  return (
    <form
      className="flex flex-col gap-3"
      data-testid="predikat-organisasi-form"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(
          () => tetapkanPredikatOrganisasiAction({ unitId: props.unitId, periodeId: props.periodeId, predikat, alasan, buktiTautan: buktiTautan || null }),
          t("organisasiTersimpan"),
        );
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-p`}>{t("organisasiPilih")}</Label>
        <NativeSelect id={`${id}-p`} required value={predikat} onChange={(e) => setPredikat(e.target.value as PredikatOrganisasi)}>
          <option value="">{t("pilih")}</option>
          {PREDIKAT_ORGANISASI.map((p) => (
            <option key={p} value={p}>
              {to(p)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-a`}>{t("organisasiAlasan")}</Label>
        <Textarea id={`${id}-a`} rows={3} required value={alasan} onChange={(e) => setAlasan(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-b`}>{t("organisasiBukti")}</Label>
        <Input id={`${id}-b`} type="url" inputMode="url" placeholder="https://" value={buktiTautan} onChange={(e) => setBukti(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("organisasiTombol")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

/** A leader changes one set annual evaluation's ratings with a reason (the evaluation's KALIBRASI transition). */
export function KalibrasiEvaluasiForm(props: { evaluasiId: string; nama: string; ratingHasil: Rating; ratingPerilaku: Rating }) {
  const t = useTranslations("kalibrasi");
  const tp = useTranslations("predikat");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [ratingHasil, setHasil] = useState<Rating>(props.ratingHasil);
  const [ratingPerilaku, setPerilaku] = useState<Rating>(props.ratingPerilaku);
  const [alasan, setAlasan] = useState("");
  const predikatBaru = predikatKinerja(ratingHasil, ratingPerilaku);
  return (
    <details className="rounded-md border p-2" data-testid="kalibrasi-evaluasi">
      <summary className="cursor-pointer text-sm font-medium text-primary">{t("kalibrasiBuka")}</summary>
      <form
        className="mt-2 flex flex-col gap-2"
        aria-label={t("kalibrasiLabel", { nama: props.nama })}
        onSubmit={(e) => {
          e.preventDefault();
          jalankan(() => kalibrasiEvaluasiAction({ evaluasiId: props.evaluasiId, ratingHasil, ratingPerilaku, alasan }), t("kalibrasiTersimpan"));
        }}
      >
        <div className="grid gap-2 sm:grid-cols-2">
          <PilihRating id={`${id}-h`} label={t("ratingHasil")} nilai={ratingHasil} ubah={(v) => setHasil(v as Rating)} />
          <PilihRating id={`${id}-p`} label={t("ratingPerilaku")} nilai={ratingPerilaku} ubah={(v) => setPerilaku(v as Rating)} />
        </div>
        <p className="text-sm" aria-live="polite">
          {t("predikatMenjadi", { predikat: tp(predikatBaru) })}
        </p>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-a`}>{t("kalibrasiAlasan")}</Label>
          <Textarea id={`${id}-a`} rows={3} required value={alasan} onChange={(e) => setAlasan(e.target.value)} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="sm" disabled={pending}>
            {t("kalibrasiTombol")}
          </Button>
          <PesanHasil hasil={hasil} />
        </div>
      </form>
    </details>
  );
}

/** The leader finalises the unit's predikat (Penetapan); under the block policy a breach needs a justification. */
export function PenetapanKurvaForm(props: { unitId: string; periodeId: string; wajibJustifikasi: boolean; adaPelanggaran: boolean }) {
  const t = useTranslations("kalibrasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [justifikasi, setJustifikasi] = useState("");
  return (
    <form
      className="flex flex-col gap-3"
      data-testid="penetapan-form"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(() => tetapkanKurvaAction({ unitId: props.unitId, periodeId: props.periodeId, justifikasi: justifikasi || null }), t("penetapanTersimpan"));
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-j`}>{t("justifikasi")}</Label>
        <p id={`${id}-jh`} className="text-xs text-muted-foreground">
          {props.adaPelanggaran ? (props.wajibJustifikasi ? t("justifikasiWajib") : t("justifikasiSaran")) : t("justifikasiOpsional")}
        </p>
        <Textarea id={`${id}-j`} aria-describedby={`${id}-jh`} rows={3} value={justifikasi} onChange={(e) => setJustifikasi(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("penetapanTombol")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
