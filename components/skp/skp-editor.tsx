"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { ajukanSkpAction, simpanDraftSkpAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { ASPEK_IKI, PERSPEKTIF, type BentukSkp } from "@/lib/domain/constants";
import { BAGIAN_LAMPIRAN } from "@/lib/domain/skp";
import { skpDraftSchema, type SkpDraftForm, type SkpDraftInput } from "@/lib/schemas/skp";
import { terapkanGalatServer, usePesan, usePesanGalat } from "./pesan";

export interface CatatanEditor {
  id: string;
  rhkId: string | null;
  ikiId: string | null;
  isi: string;
  penulis: string;
}

interface Props {
  skpId: string;
  bentuk: BentukSkp;
  awal: SkpDraftForm;
  rhkAtasan: Array<{ id: string; uraian: string }>;
  /** The PPK's open notes, shown next to the item they concern. */
  catatan: CatatanEditor[];
}

type Hasil = { jenis: "ok" | "galat"; pesan: string[] } | null;

/**
 * The pegawai's SKP draft: RHK with their IKI (field arrays with reorder), the cascade link, and the
 * lampiran. Validates with the same zod schema as the server; a failed save keeps everything typed;
 * leaving with unsaved changes asks first.
 */
export function SkpEditor({ skpId, bentuk, awal, rhkAtasan, catatan }: Props) {
  const t = useTranslations("skpEditor");
  const pesanGalat = usePesanGalat();
  const router = useRouter();
  const [hasil, setHasil] = useState<Hasil>(null);
  const [sibuk, setSibuk] = useState(false);
  const form = useForm<SkpDraftForm, unknown, SkpDraftInput>({ resolver: zodResolver(skpDraftSchema), defaultValues: awal, mode: "onTouched" });
  const { control, register, formState } = form;
  const rhk = useFieldArray({ control, name: "rhk", keyName: "kunci" });
  const pendekatan = useWatch({ control, name: "pendekatan" });
  const dirty = formState.isDirty;

  // Warn before leaving with unsaved changes: closing/reloading the tab, or following a link.
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement | null)?.closest?.("a[href]");
      if (!a || a.getAttribute("target") === "_blank" || e.defaultPrevented) return;
      if (!window.confirm(t("konfirmasiTinggalkan"))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, t]);

  async function simpan(values: SkpDraftInput): Promise<number | null> {
    const result = await simpanDraftSkpAction(skpId, values);
    if (result.ok && result.data) {
      // ids of new rows come back from the server; the form continues from the saved state
      form.reset(result.data.nilai);
      return result.data.lockVersion;
    }
    if (!result.ok) {
      setHasil({ jenis: "galat", pesan: pesanGalat(result, terapkanGalatServer(result.fieldErrors, form.setError)) });
    }
    return null;
  }

  const onSimpan = form.handleSubmit(
    async (values) => {
      setSibuk(true);
      setHasil(null);
      const lock = await simpan(values);
      if (lock !== null) {
        setHasil({ jenis: "ok", pesan: [t("tersimpan")] });
        router.refresh();
      }
      setSibuk(false);
    },
    () => setHasil({ jenis: "galat", pesan: [t("periksaIsian")] }),
  );

  const onAjukan = form.handleSubmit(
    async (values) => {
      setSibuk(true);
      setHasil(null);
      let lock: number | null = Number(values.lockVersion);
      if (form.formState.isDirty) lock = await simpan(values);
      if (lock === null) {
        setSibuk(false);
        return;
      }
      const result = await ajukanSkpAction(skpId, lock);
      if (result.ok) {
        router.push(`/skp/${skpId}`);
        router.refresh();
        return;
      }
      setHasil({ jenis: "galat", pesan: pesanGalat(result, terapkanGalatServer(result.fieldErrors, form.setError)) });
      setSibuk(false);
    },
    () => setHasil({ jenis: "galat", pesan: [t("periksaIsian")] }),
  );

  const catatanUntuk = (rhkId: unknown, ikiId: unknown = null) =>
    typeof rhkId === "string" && rhkId ? catatan.filter((c) => c.rhkId === rhkId && (c.ikiId ?? null) === (ikiId || null)) : [];
  const catatanUmum = catatan.filter((c) => !c.rhkId && !c.ikiId);

  const tambahRhk = (jenis: "UTAMA" | "TAMBAHAN") =>
    rhk.append(
      { id: "", jenis, uraian: "", rhkAtasanId: "", perspektif: "", iki: [{ id: "", aspek: "KUANTITAS", indikator: "", targetMin: "", targetMax: "", satuan: "", targetKualitatif: "" }] },
      { shouldFocus: true },
    );

  return (
    <form onSubmit={onSimpan} noValidate className="flex flex-col gap-4" aria-describedby="editor-status">
      <input type="hidden" {...register("lockVersion")} />
      {catatanUmum.length ? <DaftarCatatan catatan={catatanUmum} judul={t("catatanUmum")} /> : null}

      <fieldset className="flex flex-col gap-2 rounded-lg border border-border bg-card p-4">
        <legend className="px-1 text-sm font-semibold">{t("pendekatan")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["KUANTITATIF", "KUALITATIF"] as const).map((p) => (
            <label key={p} className="flex items-center gap-2">
              <input type="radio" value={p} {...register("pendekatan")} className="h-4 w-4" />
              {t(`pendekatanOpsi.${p}`)}
            </label>
          ))}
        </div>
        <p className="text-xs text-muted-foreground">{t(`pendekatanBantuan.${pendekatan}`)}</p>
      </fieldset>

      <section aria-labelledby="judul-hasil-kerja" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="judul-hasil-kerja" className="text-base font-semibold">
            {t("hasilKerja")}
          </h2>
          {bentuk === "NON_JPT" && rhkAtasan.length === 0 ? (
            <p className="text-xs text-amber-800" data-testid="rhk-atasan-belum-ada">
              {t("rhkAtasanBelumAda")}
            </p>
          ) : null}
        </div>
        {rhk.fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("belumAdaRhk")}</p> : null}
        {rhk.fields.map((field, index) => (
          <RhkKartu
            key={field.kunci}
            index={index}
            total={rhk.fields.length}
            bentuk={bentuk}
            control={control}
            register={register}
            errors={formState.errors}
            rhkAtasan={rhkAtasan}
            pendekatan={pendekatan}
            catatanUntuk={catatanUntuk}
            onPindah={(ke) => rhk.move(index, ke)}
            onHapus={() => rhk.remove(index)}
          />
        ))}
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => tambahRhk("UTAMA")}>
            <Plus aria-hidden className="h-4 w-4" />
            {t("tambahRhkUtama")}
          </Button>
          <Button type="button" variant="outline" onClick={() => tambahRhk("TAMBAHAN")}>
            <Plus aria-hidden className="h-4 w-4" />
            {t("tambahRhkTambahan")}
          </Button>
        </div>
      </section>

      <section aria-labelledby="judul-lampiran" className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4">
        <h2 id="judul-lampiran" className="text-base font-semibold">
          {t("lampiran")}
        </h2>
        {BAGIAN_LAMPIRAN.map((bagian) => (
          <LampiranBagian key={bagian} bagian={bagian} control={control} register={register} errors={formState.errors} />
        ))}
      </section>

      <div
        className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-2 border-t border-border bg-background/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
        data-testid="editor-aksi"
      >
        <div id="editor-status" role="status" aria-live="polite" className="text-sm">
          {hasil ? (
            <ul className={hasil.jenis === "ok" ? "text-emerald-800" : "text-red-700"} data-testid={hasil.jenis === "ok" ? "editor-ok" : "editor-galat"}>
              {hasil.pesan.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : dirty ? (
            <span className="text-amber-800">{t("belumDisimpan")}</span>
          ) : (
            <span className="text-muted-foreground">{t("semuaTersimpan")}</span>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={sibuk}>
            {t("simpan")}
          </Button>
          <Button type="button" variant="secondary" disabled={sibuk} onClick={onAjukan}>
            {t("simpanAjukan")}
          </Button>
        </div>
      </div>
    </form>
  );
}

function DaftarCatatan({ catatan, judul }: { catatan: CatatanEditor[]; judul: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note" data-testid="catatan-ppk">
      <p className="font-medium">{judul}</p>
      <ul className="mt-1 list-disc pl-5">
        {catatan.map((c) => (
          <li key={c.id}>
            {c.isi} <span className="text-xs text-amber-800">— {c.penulis}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Galat({ id, message }: { id: string; message?: string }) {
  const pesan = usePesan();
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-red-700">
      {pesan(message)}
    </p>
  );
}

interface RhkProps {
  index: number;
  total: number;
  bentuk: BentukSkp;
  control: Control<SkpDraftForm, unknown, SkpDraftInput>;
  register: UseFormRegister<SkpDraftForm>;
  errors: FieldErrors<SkpDraftForm>;
  rhkAtasan: Array<{ id: string; uraian: string }>;
  pendekatan: SkpDraftForm["pendekatan"];
  catatanUntuk: (rhkId: unknown, ikiId?: unknown) => CatatanEditor[];
  onPindah: (ke: number) => void;
  onHapus: () => void;
}

function RhkKartu({ index, total, bentuk, control, register, errors, rhkAtasan, pendekatan, catatanUntuk, onPindah, onHapus }: RhkProps) {
  const t = useTranslations("skpEditor");
  const ta = useTranslations("aspek");
  const tp = useTranslations("perspektif");
  const uid = useId();
  const iki = useFieldArray({ control, name: `rhk.${index}.iki`, keyName: "kunci" });
  const jenis = useWatch({ control, name: `rhk.${index}.jenis` });
  const rhkId = useWatch({ control, name: `rhk.${index}.id` });
  const e = errors.rhk?.[index];
  const catatanRhk = catatanUntuk(rhkId);
  const pid = (nama: string) => `${uid}-${nama}`;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-card p-3 sm:p-4" data-testid={`rhk-editor-${index}`}>
      <legend className="sr-only">{t("rhkKe", { n: index + 1 })}</legend>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <span className="text-sm font-semibold">{t("rhkKe", { n: index + 1 })}</span>
          <NativeSelect aria-label={t("jenisRhk")} className="h-9 w-auto" {...register(`rhk.${index}.jenis`)}>
            <option value="UTAMA">{t("utama")}</option>
            <option value="TAMBAHAN">{t("tambahan")}</option>
          </NativeSelect>
        </div>
        <div className="flex gap-1">
          <Button type="button" variant="ghost" size="icon" aria-label={t("naikkan", { n: index + 1 })} disabled={index === 0} onClick={() => onPindah(index - 1)}>
            <ArrowUp aria-hidden className="h-4 w-4" />
          </Button>
          <Button type="button" variant="ghost" size="icon" aria-label={t("turunkan", { n: index + 1 })} disabled={index === total - 1} onClick={() => onPindah(index + 1)}>
            <ArrowDown aria-hidden className="h-4 w-4" />
          </Button>
          <Button type="button" variant="ghost" size="icon" aria-label={t("hapusRhk", { n: index + 1 })} onClick={onHapus}>
            <Trash2 aria-hidden className="h-4 w-4" />
          </Button>
        </div>
      </div>
      {catatanRhk.length ? <DaftarCatatan catatan={catatanRhk} judul={t("catatanPpk")} /> : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={pid("uraian")}>{t("uraianRhk")}</Label>
        <Textarea
          id={pid("uraian")}
          rows={2}
          aria-invalid={Boolean(e?.uraian)}
          aria-describedby={e?.uraian ? pid("uraian-galat") : undefined}
          {...register(`rhk.${index}.uraian`)}
        />
        <Galat id={pid("uraian-galat")} message={e?.uraian?.message} />
      </div>
      {bentuk === "JPT" ? (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={pid("perspektif")}>{t("perspektif")}</Label>
          <NativeSelect id={pid("perspektif")} aria-invalid={Boolean(e?.perspektif)} {...register(`rhk.${index}.perspektif`)}>
            <option value="">{t("pilih")}</option>
            {PERSPEKTIF.map((p) => (
              <option key={p} value={p}>
                {tp(p)}
              </option>
            ))}
          </NativeSelect>
          <Galat id={pid("perspektif-galat")} message={e?.perspektif?.message} />
        </div>
      ) : null}
      {jenis === "UTAMA" || bentuk === "JPT" ? (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={pid("atasan")}>{t("rhkAtasan")}</Label>
          <NativeSelect
            id={pid("atasan")}
            aria-invalid={Boolean(e?.rhkAtasanId)}
            aria-describedby={pid("atasan-bantuan")}
            {...register(`rhk.${index}.rhkAtasanId`)}
          >
            <option value="">{t("belumDikaitkan")}</option>
            {rhkAtasan.map((r) => (
              <option key={r.id} value={r.id}>
                {r.uraian}
              </option>
            ))}
          </NativeSelect>
          <p id={pid("atasan-bantuan")} className="text-xs text-muted-foreground">
            {e?.rhkAtasanId ? <Galat id={pid("atasan-galat")} message={e.rhkAtasanId.message} /> : bentuk === "JPT" ? t("rhkAtasanJpt") : t("rhkAtasanBantuan")}
          </p>
        </div>
      ) : null}

      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold">{t("iki")}</h3>
        {iki.fields.length === 0 ? <p className="text-xs text-amber-800">{t("belumAdaIki")}</p> : null}
        {iki.fields.map((f, j) => {
          const ek = e?.iki?.[j];
          const q = (nama: string) => pid(`iki-${j}-${nama}`);
          return (
            <div key={f.kunci} className="flex min-w-0 flex-col gap-2 rounded-md border border-border p-3" data-testid={`iki-editor-${index}-${j}`}>
              <IkiCatatan rhkId={rhkId} index={index} j={j} control={control} catatanUntuk={catatanUntuk} />
              <div className="grid gap-2 sm:grid-cols-[10rem_1fr_auto]">
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor={q("aspek")}>{t("aspek")}</Label>
                  <NativeSelect id={q("aspek")} {...register(`rhk.${index}.iki.${j}.aspek`)}>
                    {ASPEK_IKI.map((a) => (
                      <option key={a} value={a}>
                        {ta(a)}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
                <div className="flex min-w-0 flex-col gap-1.5">
                  <Label htmlFor={q("indikator")}>{t("indikator")}</Label>
                  <Textarea
                    id={q("indikator")}
                    rows={2}
                    aria-invalid={Boolean(ek?.indikator)}
                    aria-describedby={ek?.indikator ? q("indikator-galat") : undefined}
                    {...register(`rhk.${index}.iki.${j}.indikator`)}
                  />
                  <Galat id={q("indikator-galat")} message={ek?.indikator?.message} />
                </div>
                <div className="flex items-end gap-1 sm:flex-col sm:items-center sm:justify-start">
                  <Button type="button" variant="ghost" size="icon" aria-label={t("naikkanIki", { n: j + 1 })} disabled={j === 0} onClick={() => iki.move(j, j - 1)}>
                    <ArrowUp aria-hidden className="h-4 w-4" />
                  </Button>
                  <Button type="button" variant="ghost" size="icon" aria-label={t("hapusIki", { n: j + 1 })} onClick={() => iki.remove(j)}>
                    <Trash2 aria-hidden className="h-4 w-4" />
                  </Button>
                </div>
              </div>
              {pendekatan === "KUANTITATIF" ? (
                <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
                  <div className="flex flex-col gap-1.5">
                    <Label htmlFor={q("min")}>{t("target")}</Label>
                    <Input id={q("min")} inputMode="decimal" aria-invalid={Boolean(ek?.targetMin)} aria-describedby={ek?.targetMin ? q("min-galat") : undefined} {...register(`rhk.${index}.iki.${j}.targetMin`)} />
                    <Galat id={q("min-galat")} message={ek?.targetMin?.message} />
                  </div>
                  <div className="flex flex-col gap-1.5">
                    <Label htmlFor={q("max")}>{t("targetMaks")}</Label>
                    <Input id={q("max")} inputMode="decimal" aria-invalid={Boolean(ek?.targetMax)} aria-describedby={ek?.targetMax ? q("max-galat") : undefined} {...register(`rhk.${index}.iki.${j}.targetMax`)} />
                    <Galat id={q("max-galat")} message={ek?.targetMax?.message} />
                  </div>
                  <div className="col-span-2 flex flex-col gap-1.5 sm:col-span-1">
                    <Label htmlFor={q("satuan")}>{t("satuan")}</Label>
                    <Input id={q("satuan")} aria-invalid={Boolean(ek?.satuan)} aria-describedby={ek?.satuan ? q("satuan-galat") : undefined} {...register(`rhk.${index}.iki.${j}.satuan`)} />
                    <Galat id={q("satuan-galat")} message={ek?.satuan?.message} />
                  </div>
                </div>
              ) : (
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor={q("kual")}>{t("targetKualitatif")}</Label>
                  <Textarea id={q("kual")} rows={2} aria-invalid={Boolean(ek?.targetKualitatif)} aria-describedby={ek?.targetKualitatif ? q("kual-galat") : undefined} {...register(`rhk.${index}.iki.${j}.targetKualitatif`)} />
                  <Galat id={q("kual-galat")} message={ek?.targetKualitatif?.message} />
                </div>
              )}
            </div>
          );
        })}
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => iki.append({ id: "", aspek: "KUALITAS", indikator: "", targetMin: "", targetMax: "", satuan: "", targetKualitatif: "" }, { shouldFocus: true })}
          >
            <Plus aria-hidden className="h-4 w-4" />
            {t("tambahIki")}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}

function IkiCatatan({ rhkId, index, j, control, catatanUntuk }: { rhkId: unknown; index: number; j: number; control: Control<SkpDraftForm, unknown, SkpDraftInput>; catatanUntuk: RhkProps["catatanUntuk"] }) {
  const t = useTranslations("skpEditor");
  const ikiId = useWatch({ control, name: `rhk.${index}.iki.${j}.id` });
  const list = ikiId ? catatanUntuk(rhkId, ikiId) : [];
  return list.length ? <DaftarCatatan catatan={list} judul={t("catatanPpk")} /> : null;
}

function LampiranBagian({
  bagian,
  control,
  register,
  errors,
}: {
  bagian: (typeof BAGIAN_LAMPIRAN)[number];
  control: Control<SkpDraftForm, unknown, SkpDraftInput>;
  register: UseFormRegister<SkpDraftForm>;
  errors: FieldErrors<SkpDraftForm>;
}) {
  const t = useTranslations("skpEditor");
  const tl = useTranslations("lampiran");
  const uid = useId();
  const baris = useFieldArray({ control, name: `lampiran.${bagian}`, keyName: "kunci" });
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-medium">{tl(bagian)}</h3>
      {baris.fields.map((f, i) => {
        const msg = errors.lampiran?.[bagian]?.[i]?.uraian?.message;
        return (
          <div key={f.kunci} className="flex items-start gap-2">
            <Input
              aria-label={t("lampiranBaris", { bagian: tl(bagian), n: i + 1 })}
              aria-invalid={Boolean(msg)}
              aria-describedby={msg ? `${uid}-${i}` : undefined}
              {...register(`lampiran.${bagian}.${i}.uraian`)}
            />
            <Button type="button" variant="ghost" size="icon" aria-label={t("hapusBaris", { n: i + 1 })} onClick={() => baris.remove(i)}>
              <Trash2 aria-hidden className="h-4 w-4" />
            </Button>
            <Galat id={`${uid}-${i}`} message={msg} />
          </div>
        );
      })}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => baris.append({ uraian: "" }, { shouldFocus: true })}>
          <Plus aria-hidden className="h-4 w-4" />
          {t("tambahBaris")}
        </Button>
      </div>
    </div>
  );
}
