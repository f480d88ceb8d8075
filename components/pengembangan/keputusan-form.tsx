"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { putuskanUsulanAction } from "@/app/actions/pengembangan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useAksi } from "@/components/use-aksi";

/** A leader's decision on a proposal: approve, or decline with a reason (the reason is kept either way). */
export function KeputusanForm({ usulanId }: { usulanId: string }) {
  const t = useTranslations("pengembangan");
  const { pending, hasil, jalankan } = useAksi();
  const [alasan, setAlasan] = useState("");
  const putus = (setuju: boolean) => jalankan(() => putuskanUsulanAction({ usulanId, setuju, alasan }), setuju ? t("disetujuiPesan") : t("ditolakPesan"));
  const id = `alasan-keputusan-${usulanId}`;
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{t("alasanKeputusan")}</Label>
      <Textarea id={id} rows={2} value={alasan} onChange={(e) => setAlasan(e.target.value)} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" disabled={pending} onClick={() => putus(true)}>
          {t("setujui")}
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={() => putus(false)}>
          {t("tolak")}
        </Button>
        <PesanHasil hasil={hasil} />
      </div>
    </div>
  );
}
