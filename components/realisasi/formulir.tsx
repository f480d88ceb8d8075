"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import {
  balasUmpanBalikAction,
  beriUmpanBalikAction,
  catatRealisasiAction,
  hapusBuktiAction,
  simpanRencanaAksiAction,
  tambahBuktiAction,
} from "@/app/actions/realisasi";
import { PesanHasil } from "@/components/pesan-hasil";
import { terapkanGalatServer, usePesan } from "@/components/skp/pesan";
import { useAksi, type Hasil } from "@/components/use-aksi";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { BATAS_UKURAN_BUKTI } from "@/lib/domain/realisasi";
import { realisasiSchema, type RealisasiForm as RealisasiFormNilai } from "@/lib/schemas/realisasi";

/** A file chosen in the browser is checked against the size limit before it is sent. */
function periksaUkuran(input: HTMLInputElement | null): File | null | "BESAR" {
  const file = input?.files?.[0] ?? null;
  if (file && file.size > BATAS_UKURAN_BUKTI) return "BESAR";
  return file;
}

const TERIMA_BERKAS = ".pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp";

// ---------------------------------------------------------------- realisation

export function RealisasiForm({
  ikiId,
  checkpointId,
  kuantitatif,
  satuan,
  awal,
}: {
  ikiId: string;
  checkpointId: string;
  kuantitatif: boolean;
  satuan: string | null;
  awal: { nilai: number | null; uraian: string; sumberData: string } | null;
}) {
  const t = useTranslations("realisasi");
  const pesan = usePesan();
  const router = useRouter();
  const id = useId();
  const berkasRef = useRef<HTMLInputElement>(null);
  const [hasil, setHasil] = useState<Hasil>(null);
  const [galatBerkas, setGalatBerkas] = useState<string | null>(null);
  const form = useForm<RealisasiFormNilai>({
    resolver: zodResolver(realisasiSchema),
    defaultValues: {
      ikiId,
      checkpointId,
      nilai: awal?.nilai === null || awal?.nilai === undefined ? "" : String(awal.nilai).replace(".", ","),
      uraian: awal?.uraian ?? "",
      sumberData: awal?.sumberData ?? "",
    } as unknown as RealisasiFormNilai,
  });
  const { errors, isSubmitting } = form.formState;

  const simpan = async (nilai: RealisasiFormNilai) => {
    setHasil(null);
    setGalatBerkas(null);
    const berkas = periksaUkuran(berkasRef.current);
    if (berkas === "BESAR") {
      setGalatBerkas(pesan("BERKAS_TERLALU_BESAR")!);
      return;
    }
    const data = new FormData();
    data.set("ikiId", ikiId);
    data.set("checkpointId", checkpointId);
    data.set("nilai", nilai.nilai === null || nilai.nilai === undefined ? "" : String(nilai.nilai));
    data.set("uraian", nilai.uraian ?? "");
    data.set("sumberData", nilai.sumberData ?? "");
    if (berkas) data.set("berkas", berkas);
    const r = await catatRealisasiAction(data);
    if (r.ok) {
      if (berkasRef.current) berkasRef.current.value = "";
      setHasil({ ok: true, pesan: r.data?.targetTercapai ? t("tersimpanTercapai") : t("tersimpan") });
      router.refresh();
      return;
    }
    // errors on the visible fields go there; any other (the checkpoint, the IKI) is a general message
    const diForm = ["nilai", "uraian", "sumberData"];
    const fe = r.fieldErrors ?? {};
    terapkanGalatServer(Object.fromEntries(Object.entries(fe).filter(([k]) => diForm.includes(k))), form.setError);
    const umum = Object.entries(fe).filter(([k]) => !diForm.includes(k) && k !== "berkas").flatMap(([, v]) => v);
    const b = fe.berkas?.[0];
    if (b) setGalatBerkas(pesan(b)!);
    setHasil({ ok: false, pesan: (umum.length ? umum.map((k) => pesan(k)!) : [pesan(r.error)!]).join(" ") });
  };

  const galat = (k?: string) => (k ? pesan(k) : undefined);
  return (
    <form onSubmit={(e) => void form.handleSubmit(simpan)(e)} className="flex flex-col gap-3 rounded-md border border-border bg-muted/30 p-3" data-testid={`form-realisasi-${ikiId}`} noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        {kuantitatif ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-nilai`}>{t("nilai", { satuan: satuan ?? "" })}</Label>
            <Input id={`${id}-nilai`} inputMode="decimal" autoComplete="off" aria-invalid={!!errors.nilai} aria-describedby={errors.nilai ? `${id}-nilai-g` : undefined} {...form.register("nilai")} />
            {errors.nilai ? <p id={`${id}-nilai-g`} className="text-xs text-red-700">{galat(errors.nilai.message)}</p> : <p className="text-xs text-muted-foreground">{t("nilaiPetunjuk")}</p>}
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-sumber`}>{t("sumberData")}</Label>
          <Input id={`${id}-sumber`} placeholder={t("sumberContoh")} aria-invalid={!!errors.sumberData} aria-describedby={errors.sumberData ? `${id}-sumber-g` : undefined} {...form.register("sumberData")} />
          {errors.sumberData ? <p id={`${id}-sumber-g`} className="text-xs text-red-700">{galat(errors.sumberData.message)}</p> : null}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-uraian`}>{kuantitatif ? t("uraianOpsional") : t("uraian")}</Label>
        <Textarea id={`${id}-uraian`} rows={2} aria-invalid={!!errors.uraian} aria-describedby={errors.uraian ? `${id}-uraian-g` : undefined} {...form.register("uraian")} />
        {errors.uraian ? <p id={`${id}-uraian-g`} className="text-xs text-red-700">{galat(errors.uraian.message)}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-berkas`}>{t("berkas")}</Label>
        <input id={`${id}-berkas`} ref={berkasRef} type="file" name="berkas" accept={TERIMA_BERKAS} className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-background file:px-3 file:py-1.5" aria-invalid={!!galatBerkas} aria-describedby={`${id}-berkas-p`} />
        <p id={`${id}-berkas-p`} className={`text-xs ${galatBerkas ? "text-red-700" : "text-muted-foreground"}`}>
          {galatBerkas ?? t("berkasPetunjuk")}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {awal ? t("perbarui") : t("simpan")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- evidence

export function BuktiTambahForm({ ikiId, checkpointId }: { ikiId: string; checkpointId: string }) {
  const t = useTranslations("realisasi");
  const pesan = usePesan();
  const id = useId();
  const { pending, hasil, setHasil, jalankan } = useAksi();
  const [tautan, setTautan] = useState("");
  const [nama, setNama] = useState("");
  const berkasRef = useRef<HTMLInputElement>(null);
  return (
    <form
      className="flex flex-col gap-2"
      data-testid={`tambah-bukti-${ikiId}`}
      onSubmit={(e) => {
        e.preventDefault();
        const berkas = periksaUkuran(berkasRef.current);
        if (berkas === "BESAR") return setHasil({ ok: false, pesan: pesan("BERKAS_TERLALU_BESAR")! });
        const data = new FormData();
        data.set("ikiId", ikiId);
        data.set("checkpointId", checkpointId);
        data.set("nama", nama);
        data.set("tautan", berkas ? "" : tautan);
        if (berkas) data.set("berkas", berkas);
        jalankan(async () => {
          const r = await tambahBuktiAction(data);
          if (r.ok) {
            setTautan("");
            setNama("");
            if (berkasRef.current) berkasRef.current.value = "";
          }
          return r;
        }, t("buktiDitambah"));
      }}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-tautan`}>{t("tautan")}</Label>
          <Input id={`${id}-tautan`} type="url" inputMode="url" placeholder="https://" value={tautan} onChange={(e) => setTautan(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-nama`}>{t("namaBukti")}</Label>
          <Input id={`${id}-nama`} value={nama} onChange={(e) => setNama(e.target.value)} />
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-berkas`}>{t("atauBerkas")}</Label>
        <input id={`${id}-berkas`} ref={berkasRef} type="file" accept={TERIMA_BERKAS} className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-background file:px-3 file:py-1.5" />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {t("tambahBukti")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

export function HapusBuktiButton({ buktiId, nama }: { buktiId: string; nama: string }) {
  const t = useTranslations("realisasi");
  const { pending, hasil, jalankan } = useAksi();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={pending}
        aria-label={t("hapusBuktiNama", { nama })}
        onClick={() => {
          if (window.confirm(t("hapusBuktiKonfirmasi", { nama }))) jalankan(() => hapusBuktiAction(buktiId), t("buktiDihapus"));
        }}
      >
        {t("hapus")}
      </Button>
      <PesanHasil hasil={hasil && !hasil.ok ? hasil : null} />
    </span>
  );
}

// ---------------------------------------------------------------- action plan

export function RencanaAksiForm({ rhkId, checkpointId, awal, label }: { rhkId: string; checkpointId: string; awal: string | null; label: string }) {
  const t = useTranslations("realisasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [uraian, setUraian] = useState(awal ?? "");
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(() => simpanRencanaAksiAction({ rhkId, checkpointId, uraian }), t("rencanaTersimpan"));
      }}
    >
      <Label htmlFor={`${id}-ra`}>{label}</Label>
      <Textarea id={`${id}-ra`} rows={2} value={uraian} onChange={(e) => setUraian(e.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {t("simpanRencana")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- feedback

export function UmpanBalikForm({
  skpId,
  checkpointId,
  ikiId,
  nilaiPerilaku,
  frasa,
  sasaran,
}: {
  skpId: string;
  checkpointId: string;
  ikiId?: string;
  nilaiPerilaku?: string;
  frasa: string[];
  sasaran: string;
}) {
  const t = useTranslations("realisasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [pilihan, setPilihan] = useState("");
  const [isi, setIsi] = useState("");
  return (
    <form
      className="flex flex-col gap-2 rounded-md border border-dashed border-border p-3"
      data-testid={`form-umpan-balik-${ikiId ?? nilaiPerilaku}`}
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(async () => {
          const r = await beriUmpanBalikAction({ skpId, checkpointId, ikiId: ikiId ?? null, nilaiPerilaku: nilaiPerilaku ?? null, frasaStandar: pilihan || null, isi });
          if (r.ok) {
            setPilihan("");
            setIsi("");
          }
          return r;
        }, t("umpanBalikTerkirim"));
      }}
    >
      <p className="text-sm font-medium">{t("beriUmpanBalikUntuk", { sasaran })}</p>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-frasa`}>{t("frasaStandar")}</Label>
        <NativeSelect id={`${id}-frasa`} value={pilihan} onChange={(e) => setPilihan(e.target.value)}>
          <option value="">{t("tanpaFrasa")}</option>
          {frasa.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-isi`}>{t("isiUmpanBalik")}</Label>
        <Textarea id={`${id}-isi`} rows={2} value={isi} onChange={(e) => setIsi(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {t("kirimUmpanBalik")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

export function BalasForm({ umpanBalikId }: { umpanBalikId: string }) {
  const t = useTranslations("realisasi");
  const id = useId();
  const { pending, hasil, jalankan } = useAksi();
  const [isi, setIsi] = useState("");
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(() => balasUmpanBalikAction({ umpanBalikId, isi }), t("balasanTerkirim"));
      }}
    >
      <Label htmlFor={`${id}-balas`} className="sr-only">
        {t("balasan")}
      </Label>
      <Textarea id={`${id}-balas`} rows={2} placeholder={t("tulisBalasan")} value={isi} onChange={(e) => setIsi(e.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {t("balas")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </form>
  );
}

/** A collapsible section open at first when asked, then as the user leaves it (a refresh does not close it). */
export function Lipatan({ terbukaAwal, ringkasan, children }: { terbukaAwal: boolean; ringkasan: string; children: React.ReactNode }) {
  const [terbuka, setTerbuka] = useState(terbukaAwal);
  return (
    <details open={terbuka} onToggle={(e) => setTerbuka((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-sm font-medium text-primary underline">{ringkasan}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
