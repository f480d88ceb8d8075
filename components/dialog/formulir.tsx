"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch, type FieldValues, type UseFormReturn } from "react-hook-form";
import {
  hapusTindakanAction,
  jawabPertanyaanAction,
  konfirmasiDialogAction,
  simpanCatatanDialogAction,
  tambahTindakanAction,
  tandaiTindakanSelesaiAction,
  tulisPertanyaanAction,
  usulkanDialogAction,
} from "@/app/actions/dialog";
import { PesanHasil } from "@/components/pesan-hasil";
import { terapkanGalatServer, usePesan } from "@/components/skp/pesan";
import { useAksi, type Hasil } from "@/components/use-aksi";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import {
  catatanDialogSchema,
  tindakanSchema,
  usulDialogSchema,
  type CatatanDialogForm as CatatanNilai,
  type TindakanForm as TindakanNilai,
  type UsulDialogForm as UsulNilai,
} from "@/lib/schemas/dialog";

type HasilAksi = { ok: true; data?: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** A refused submit: field errors go on the form's fields, anything else becomes the general message. */
function useGalatForm() {
  const pesan = usePesan();
  return <T extends FieldValues>(r: Extract<HasilAksi, { ok: false }>, form: UseFormReturn<T>, kolom: readonly string[]): Hasil => {
    const fe = r.fieldErrors ?? {};
    terapkanGalatServer(Object.fromEntries(Object.entries(fe).filter(([k]) => kolom.includes(k))), form.setError);
    const umum = Object.entries(fe).filter(([k]) => !kolom.includes(k)).flatMap(([, v]) => v);
    const dikenali = Object.keys(fe).some((k) => kolom.includes(k));
    return { ok: false, pesan: (umum.length ? umum.map((k) => pesan(k)!) : [pesan(dikenali ? "INPUT_TIDAK_VALID" : r.error)!]).join(" ") };
  };
}

/** A field's error under it, announced with the field. */
function Galat({ id, kode }: { id: string; kode?: string }) {
  const pesan = usePesan();
  return kode ? (
    <p id={id} className="text-xs text-red-700">
      {pesan(kode)}
    </p>
  ) : null;
}

// ---------------------------------------------------------------- proposing a meeting

export function UsulDialogForm({ skpId, tanggalMin, tanggalMaks, tanggalAwal }: { skpId: string; tanggalMin: string; tanggalMaks: string; tanggalAwal: string }) {
  const t = useTranslations("dialog");
  const router = useRouter();
  const id = useId();
  const galatForm = useGalatForm();
  const [hasil, setHasil] = useState<Hasil>(null);
  const form = useForm<UsulNilai>({ resolver: zodResolver(usulDialogSchema), defaultValues: { skpId, tanggal: tanggalAwal, topik: "" } });
  const { errors, isSubmitting } = form.formState;
  const kirim = async (nilai: UsulNilai) => {
    setHasil(null);
    const r = await usulkanDialogAction(nilai);
    if (r.ok && r.data) {
      setHasil({ ok: true, pesan: t("diusulkan") });
      router.push(`/dialog/${r.data.dialogId}`);
      return;
    }
    if (!r.ok) setHasil(galatForm(r, form, ["tanggal", "topik"]));
  };
  return (
    <form onSubmit={(e) => void form.handleSubmit(kirim)(e)} className="flex flex-col gap-3" data-testid="form-usul-dialog" noValidate>
      <div className="flex flex-col gap-1 sm:max-w-xs">
        <Label htmlFor={`${id}-tanggal`}>{t("tanggal")}</Label>
        <Input id={`${id}-tanggal`} type="date" min={tanggalMin} max={tanggalMaks} aria-invalid={!!errors.tanggal} aria-describedby={errors.tanggal ? `${id}-tanggal-g` : undefined} {...form.register("tanggal")} />
        <Galat id={`${id}-tanggal-g`} kode={errors.tanggal?.message} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-topik`}>{t("agenda")}</Label>
        <Textarea id={`${id}-topik`} rows={3} placeholder={t("agendaContoh")} aria-invalid={!!errors.topik} aria-describedby={errors.topik ? `${id}-topik-g` : undefined} {...form.register("topik")} />
        <Galat id={`${id}-topik-g`} kode={errors.topik?.message} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t("usulkan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- the pegawai's questions

export function PertanyaanForm({ dialogId }: { dialogId: string }) {
  const t = useTranslations("dialog");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [pertanyaan, setPertanyaan] = useState("");
  return (
    <form
      className="flex flex-col gap-2"
      data-testid="form-pertanyaan"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(async () => {
          const r = await tulisPertanyaanAction({ dialogId, pertanyaan });
          if (r.ok) setPertanyaan("");
          return r;
        }, t("pertanyaanTersimpan"));
      }}
    >
      <Label htmlFor={`${id}-q`}>{t("tulisPertanyaan")}</Label>
      <Textarea id={`${id}-q`} rows={2} value={pertanyaan} onChange={(e) => setPertanyaan(e.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {t("tambahPertanyaan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- the PPK's record

export function JawabanForm({ pertanyaanId, awal, urutan }: { pertanyaanId: string; awal: string | null; urutan: number }) {
  const t = useTranslations("dialog");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [jawaban, setJawaban] = useState(awal ?? "");
  return (
    <form
      className="flex flex-col gap-2"
      data-testid={`form-jawaban-${urutan}`}
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(() => jawabPertanyaanAction({ pertanyaanId, jawaban }), t("jawabanTersimpan"));
      }}
    >
      <Label htmlFor={`${id}-j`}>{t("jawabanNomor", { n: urutan })}</Label>
      <Textarea id={`${id}-j`} rows={2} value={jawaban} onChange={(e) => setJawaban(e.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" variant="outline" disabled={pending}>
          {awal ? t("perbaruiJawaban") : t("simpanJawaban")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

export function CatatanDialogForm({ dialogId, awal }: { dialogId: string; awal: { catatanPpk: string | null; hasil: string | null; penjelasanHasil: string | null } }) {
  const t = useTranslations("dialog");
  const router = useRouter();
  const id = useId();
  const galatForm = useGalatForm();
  const [hasil, setHasil] = useState<Hasil>(null);
  const form = useForm<CatatanNilai>({
    resolver: zodResolver(catatanDialogSchema),
    defaultValues: { dialogId, catatanPpk: awal.catatanPpk ?? "", hasil: (awal.hasil ?? "") as CatatanNilai["hasil"], penjelasanHasil: awal.penjelasanHasil ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const pilihan = useWatch({ control: form.control, name: "hasil" });
  const kirim = async (nilai: unknown) => {
    setHasil(null);
    const r = await simpanCatatanDialogAction(nilai);
    if (r.ok) {
      setHasil({ ok: true, pesan: t("catatanTersimpan") });
      router.refresh();
    } else setHasil(galatForm(r, form, ["catatanPpk", "hasil", "penjelasanHasil"]));
  };
  return (
    <form onSubmit={(e) => void form.handleSubmit(kirim)(e)} className="flex flex-col gap-3" data-testid="form-catatan-dialog" noValidate>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-catatan`}>{t("catatanPpk")}</Label>
        <Textarea id={`${id}-catatan`} rows={3} aria-describedby={`${id}-catatan-p`} {...form.register("catatanPpk")} />
        <p id={`${id}-catatan-p`} className="text-xs text-muted-foreground">
          {t("catatanPpkPetunjuk")}
        </p>
        <Galat id={`${id}-catatan-g`} kode={errors.catatanPpk?.message} />
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.hasil ? `${id}-hasil-g` : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("hasil")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {(["", "TERCAPAI", "TIDAK_TERCAPAI"] as const).map((v) => (
            <label key={v || "kosong"} className="inline-flex items-center gap-2 text-sm">
              <input type="radio" value={v} className="h-4 w-4" {...form.register("hasil")} />
              {v === "" ? t("hasilBelum") : t(`hasilNilai.${v}`)}
            </label>
          ))}
        </div>
        <Galat id={`${id}-hasil-g`} kode={errors.hasil?.message} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-penjelasan`}>{pilihan === "TIDAK_TERCAPAI" ? t("penjelasanWajib") : t("penjelasanOpsional")}</Label>
        <Textarea
          id={`${id}-penjelasan`}
          rows={2}
          aria-invalid={!!errors.penjelasanHasil}
          aria-describedby={errors.penjelasanHasil ? `${id}-penjelasan-g` : undefined}
          {...form.register("penjelasanHasil")}
        />
        <Galat id={`${id}-penjelasan-g`} kode={errors.penjelasanHasil?.message} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t("simpanCatatan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- agreed actions

export function TindakanForm({ dialogId, tanggalMin }: { dialogId: string; tanggalMin: string }) {
  const t = useTranslations("dialog");
  const router = useRouter();
  const id = useId();
  const galatForm = useGalatForm();
  const [hasil, setHasil] = useState<Hasil>(null);
  const form = useForm<TindakanNilai>({ resolver: zodResolver(tindakanSchema), defaultValues: { dialogId, uraian: "", batas: "" } });
  const { errors, isSubmitting } = form.formState;
  const kirim = async (nilai: TindakanNilai) => {
    setHasil(null);
    const r = await tambahTindakanAction(nilai);
    if (r.ok) {
      form.reset({ dialogId, uraian: "", batas: "" });
      setHasil({ ok: true, pesan: t("tindakanTersimpan") });
      router.refresh();
    } else setHasil(galatForm(r, form, ["uraian", "batas"]));
  };
  return (
    <form onSubmit={(e) => void form.handleSubmit(kirim)(e)} className="flex flex-col gap-3 rounded-md border border-dashed border-border p-3" data-testid="form-tindakan" noValidate>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-uraian`}>{t("tindakanUraian")}</Label>
        <Textarea id={`${id}-uraian`} rows={2} aria-invalid={!!errors.uraian} aria-describedby={errors.uraian ? `${id}-uraian-g` : undefined} {...form.register("uraian")} />
        <Galat id={`${id}-uraian-g`} kode={errors.uraian?.message} />
      </div>
      <div className="flex flex-col gap-1 sm:max-w-xs">
        <Label htmlFor={`${id}-batas`}>{t("tindakanBatas")}</Label>
        <Input id={`${id}-batas`} type="date" min={tanggalMin} aria-invalid={!!errors.batas} aria-describedby={errors.batas ? `${id}-batas-g` : undefined} {...form.register("batas")} />
        <Galat id={`${id}-batas-g`} kode={errors.batas?.message} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {t("tambahTindakan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

export function TandaiSelesaiButton({ tindakanId, uraian }: { tindakanId: string; uraian: string }) {
  const t = useTranslations("dialog");
  const { pending, hasil, jalankan } = useAksi();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" size="sm" variant="outline" disabled={pending} aria-label={t("tandaiSelesaiNama", { uraian })} onClick={() => jalankan(() => tandaiTindakanSelesaiAction({ tindakanId }), t("tindakanSelesai"))}>
        {t("tandaiSelesai")}
      </Button>
      <PesanHasil hasil={hasil && !hasil.ok ? hasil : null} />
    </span>
  );
}

export function HapusTindakanButton({ tindakanId, uraian }: { tindakanId: string; uraian: string }) {
  const t = useTranslations("dialog");
  const { pending, hasil, jalankan } = useAksi();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        size="sm"
        variant="ghost"
        disabled={pending}
        aria-label={t("hapusTindakanNama", { uraian })}
        onClick={() => {
          if (window.confirm(t("hapusTindakanKonfirmasi", { uraian }))) jalankan(() => hapusTindakanAction({ tindakanId }), t("tindakanDihapus"));
        }}
      >
        {t("hapus")}
      </Button>
      <PesanHasil hasil={hasil && !hasil.ok ? hasil : null} />
    </span>
  );
}

// ---------------------------------------------------------------- confirming

export function KonfirmasiButton({ dialogId }: { dialogId: string }) {
  const t = useTranslations("dialog");
  const { pending, hasil, jalankan } = useAksi();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        type="button"
        disabled={pending}
        data-testid="konfirmasi-dialog"
        onClick={() => jalankan(() => konfirmasiDialogAction({ dialogId }), (d) => ((d as { terkunci?: boolean } | undefined)?.terkunci ? t("terkunciSekarang") : t("dikonfirmasi")))}
      >
        {t("konfirmasi")}
      </Button>
      <PesanHasil hasil={hasil} />
    </div>
  );
}
