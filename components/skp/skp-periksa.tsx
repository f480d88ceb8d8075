"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { kembalikanSkpAction, setujuiSkpAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { usePesanGalat } from "./pesan";
import { DaftarGalat } from "./daftar-galat";

interface RhkRingkas {
  id: string;
  jenis: string;
  uraian: string;
  rhkAtasanUraian: string | null;
  iki: Array<{ id: string; indikator: string; target: string }>;
}

/**
 * The PPK's review of a submitted SKP: a note per RHK, per IKI or overall, then return for
 * revision — or approve when nothing needs a note. What is typed stays if the server refuses.
 */
export function SkpPeriksa({ skpId, lockVersion, rhk }: { skpId: string; lockVersion: number; rhk: RhkRingkas[] }) {
  const t = useTranslations("skpPeriksa");
  const pesanGalat = usePesanGalat();
  const router = useRouter();
  const [umum, setUmum] = useState("");
  const [catatan, setCatatan] = useState<Record<string, string>>({});
  const [galat, setGalat] = useState<string[]>([]);
  const [pending, start] = useTransition();
  const adaCatatan = umum.trim().length > 0 || Object.values(catatan).some((v) => v.trim().length > 0);

  const kunci = (rhkId: string, ikiId?: string) => (ikiId ? `iki:${ikiId}` : `rhk:${rhkId}`);
  const ubah = (k: string, v: string) => setCatatan((c) => ({ ...c, [k]: v }));

  const kembalikan = () =>
    start(async () => {
      setGalat([]);
      const daftar = Object.entries(catatan)
        .filter(([, isi]) => isi.trim())
        .map(([k, isi]) => (k.startsWith("iki:") ? { ikiId: k.slice(4), isi } : { rhkId: k.slice(4), isi }));
      const result = await kembalikanSkpAction(skpId, { lockVersion, umum, catatan: daftar });
      if (result.ok) {
        router.refresh();
        return;
      }
      setGalat(pesanGalat(result));
    });

  const setujui = () =>
    start(async () => {
      setGalat([]);
      const result = await setujuiSkpAction(skpId, lockVersion);
      if (result.ok) {
        router.refresh();
        return;
      }
      setGalat(pesanGalat(result));
    });

  return (
    <section aria-labelledby="judul-periksa" className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4" data-testid="skp-periksa">
      <div>
        <h2 id="judul-periksa" className="text-base font-semibold">
          {t("judul")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("penjelasan")}</p>
      </div>
      <ol className="flex flex-col gap-3">
        {rhk.map((r, i) => (
          <li key={r.id} className="flex flex-col gap-2 rounded-md border border-border p-3" data-testid={`periksa-rhk-${r.id}`}>
            <div className="grid gap-2 text-sm md:grid-cols-2">
              <div>
                <p className="text-xs font-medium text-muted-foreground">{t("rhkAtasan")}</p>
                <p>{r.rhkAtasanUraian ?? "—"}</p>
              </div>
              <div>
                <p className="text-xs font-medium text-muted-foreground">{t("rhkPegawai", { n: i + 1, jenis: r.jenis === "UTAMA" ? t("utama") : t("tambahan") })}</p>
                <p className="font-medium">{r.uraian}</p>
              </div>
            </div>
            <CatatanIsian id={`c-rhk-${r.id}`} label={t("catatanRhk", { n: i + 1 })} value={catatan[kunci(r.id)] ?? ""} onChange={(v) => ubah(kunci(r.id), v)} />
            <ul className="flex flex-col gap-2 pl-3">
              {r.iki.map((k, j) => (
                <li key={k.id} className="flex flex-col gap-1 border-l-2 border-border pl-3 text-sm" data-testid={`periksa-iki-${k.id}`}>
                  <p>
                    <span className="font-medium">{k.indikator}</span> <span className="text-muted-foreground">— {t("target")}: {k.target}</span>
                  </p>
                  <CatatanIsian id={`c-iki-${k.id}`} label={t("catatanIki", { n: j + 1, rhk: i + 1 })} value={catatan[kunci(r.id, k.id)] ?? ""} onChange={(v) => ubah(kunci(r.id, k.id), v)} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="catatan-umum">{t("catatanUmum")}</Label>
        <Textarea id="catatan-umum" rows={2} value={umum} onChange={(e) => setUmum(e.target.value)} />
      </div>
      <DaftarGalat galat={galat} testId="periksa-galat" />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" disabled={pending || !adaCatatan} onClick={kembalikan}>
          {t("kembalikan")}
        </Button>
        <Button type="button" disabled={pending || adaCatatan} onClick={setujui} title={adaCatatan ? t("setujuiAdaCatatan") : undefined}>
          {t("setujui")}
        </Button>
      </div>
      {adaCatatan ? <p className="text-xs text-muted-foreground">{t("setujuiAdaCatatan")}</p> : null}
    </section>
  );
}

/** A note field that stays folded until the PPK wants to write one. */
function CatatanIsian({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const t = useTranslations("skpPeriksa");
  const [buka, setBuka] = useState(value.length > 0);
  if (!buka)
    return (
      <div>
        <Button type="button" variant="link" size="sm" className="h-auto px-0" onClick={() => setBuka(true)}>
          <Plus aria-hidden className="h-3.5 w-3.5" />
          {t("tambahCatatan")}
          <span className="sr-only">{` (${label})`}</span>
        </Button>
      </div>
    );
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id} className="text-xs">
        {label}
      </Label>
      <Textarea id={id} rows={2} autoFocus value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
