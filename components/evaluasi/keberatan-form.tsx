"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ajukanKeberatanAction, putuskanKeberatanAction, tanggapiKeberatanAction, terimaEvaluasiAction } from "@/app/actions/evaluasi";
import { PesanHasil } from "@/components/pesan-hasil";
import { useAksi } from "@/components/use-aksi";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { RATING, type Rating } from "@/lib/domain/constants";

/** The pegawai acknowledges having received the evaluation. */
export function TerimaEvaluasiButton({ evaluasiId }: { evaluasiId: string }) {
  const t = useTranslations("evaluasi");
  const { pending, hasil, jalankan } = useAksi();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="button" size="sm" disabled={pending} onClick={() => jalankan(() => terimaEvaluasiAction(evaluasiId), t("diterima"))}>
        {t("terimaTombol")}
      </Button>
      <PesanHasil hasil={hasil} />
    </div>
  );
}

/** The pegawai's objection to the annual predikat, with reasons and an optional link to evidence. */
export function KeberatanForm({ evaluasiId, batas }: { evaluasiId: string; batas: string }) {
  const t = useTranslations("evaluasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [alasan, setAlasan] = useState("");
  const [buktiTautan, setBukti] = useState("");
  return (
    <form
      className="flex flex-col gap-3"
      data-testid="keberatan-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!window.confirm(t("keberatanKonfirmasi"))) return;
        jalankan(() => ajukanKeberatanAction({ evaluasiId, alasan, buktiTautan }), t("keberatanTerkirim"));
      }}
    >
      <p className="text-sm text-muted-foreground">{t("keberatanPetunjuk", { batas })}</p>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-alasan`}>{t("keberatanAlasan")}</Label>
        <Textarea id={`${id}-alasan`} rows={4} required value={alasan} onChange={(e) => setAlasan(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-bukti`}>{t("keberatanBukti")}</Label>
        <Input id={`${id}-bukti`} type="url" inputMode="url" placeholder="https://" value={buktiTautan} onChange={(e) => setBukti(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("keberatanTombol")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

/** The PPK's response to an objection, for the Atasan PPK to weigh. */
export function TanggapanForm({ keberatanId, awal }: { keberatanId: string; awal: string | null }) {
  const t = useTranslations("evaluasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [tanggapan, setTanggapan] = useState(awal ?? "");
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(() => tanggapiKeberatanAction({ keberatanId, tanggapan }), t("tanggapanTersimpan"));
      }}
    >
      <Label htmlFor={`${id}-t`}>{t("tanggapanPpk")}</Label>
      <Textarea id={`${id}-t`} rows={3} value={tanggapan} onChange={(e) => setTanggapan(e.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {t("tanggapanTombol")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

/** A rating select with its label (the Atasan PPK's decision, a leader's calibration). */
export function PilihRating({ id, label, nilai, ubah }: { id: string; label: string; nilai: string; ubah: (v: string) => void }) {
  const tr = useTranslations("rating");
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={nilai} onChange={(e) => ubah(e.target.value)}>
        {RATING.map((r) => (
          <option key={r} value={r}>
            {tr(r)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

/** The Atasan PPK's final decision: reject, or change the ratings with a reason. */
export function KeputusanForm({ keberatanId, ratingHasil, ratingPerilaku }: { keberatanId: string; ratingHasil: Rating | null; ratingPerilaku: Rating | null }) {
  const t = useTranslations("evaluasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [keputusan, setKeputusan] = useState<"TOLAK" | "UBAH">("TOLAK");
  const [hasilKerja, setHasilKerja] = useState<string>(ratingHasil ?? "");
  const [perilaku, setPerilaku] = useState<string>(ratingPerilaku ?? "");
  const [alasan, setAlasan] = useState("");
  return (
    <form
      className="flex flex-col gap-3"
      data-testid="keputusan-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!window.confirm(t("keputusanKonfirmasi"))) return;
        jalankan(
          () => putuskanKeberatanAction({ keberatanId, keputusan, alasan, ratingHasil: keputusan === "UBAH" ? hasilKerja : null, ratingPerilaku: keputusan === "UBAH" ? perilaku : null }),
          t("keputusanTersimpan"),
        );
      }}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("keputusan")}</legend>
        {(["TOLAK", "UBAH"] as const).map((k) => (
          <label key={k} className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-keputusan`} className="size-4" checked={keputusan === k} onChange={() => setKeputusan(k)} />
            {t(`keputusan${k}`)}
          </label>
        ))}
      </fieldset>
      {keputusan === "UBAH" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <PilihRating id={`${id}-h`} label={t("ratingHasil")} nilai={hasilKerja} ubah={setHasilKerja} />
          <PilihRating id={`${id}-p`} label={t("ratingPerilaku")} nilai={perilaku} ubah={setPerilaku} />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-a`}>{t("keputusanAlasan")}</Label>
        <Textarea id={`${id}-a`} rows={3} value={alasan} onChange={(e) => setAlasan(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("keputusanTombol")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}
