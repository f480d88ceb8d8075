"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ajukanSkpAction, bukaVersiBaruSkpAction, setujuiSkpAction, tarikSkpAction } from "@/app/actions/skp";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/server/action-result";
import { usePesanGalat } from "./pesan";
import { DaftarGalat } from "./daftar-galat";

type Aksi = "AJUKAN" | "TARIK" | "SETUJUI" | "UBAH";

/** The workflow buttons the actor may use on this SKP (the server checks again). */
export function SkpAksi({ skpId, lockVersion, aksi }: { skpId: string; lockVersion: number; aksi: Aksi[] }) {
  const t = useTranslations("skp");
  const pesanGalat = usePesanGalat();
  const router = useRouter();
  const [galat, setGalat] = useState<string[]>([]);
  const [pending, start] = useTransition();

  const jalankan = (a: Aksi) =>
    start(async () => {
      if (a === "UBAH" && !window.confirm(t("konfirmasiVersiBaru"))) return;
      setGalat([]);
      const run: Record<Aksi, () => Promise<ActionResult<unknown>>> = {
        AJUKAN: () => ajukanSkpAction(skpId, lockVersion),
        TARIK: () => tarikSkpAction(skpId),
        SETUJUI: () => setujuiSkpAction(skpId, lockVersion),
        UBAH: () => bukaVersiBaruSkpAction(skpId),
      };
      const result = await run[a]();
      if (result.ok) {
        if (a === "UBAH") router.push(`/skp/${skpId}/ubah`);
        router.refresh();
        return;
      }
      setGalat(pesanGalat(result));
    });

  if (aksi.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {aksi.map((a) => (
          <Button key={a} type="button" variant={a === "SETUJUI" || a === "AJUKAN" ? "default" : "outline"} disabled={pending} onClick={() => jalankan(a)}>
            {t(`aksi.${a}`)}
          </Button>
        ))}
      </div>
      <DaftarGalat galat={galat} testId="aksi-galat" />
    </div>
  );
}
