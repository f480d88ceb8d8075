"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { simpanTargetJamAction } from "@/app/actions/pengembangan";
import { PesanHasil } from "@/components/pesan-hasil";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAksi } from "@/components/use-aksi";

/** The admin sets the yearly training-hours target of the current period's rule set. */
export function TargetJamForm({ awal }: { awal: number }) {
  const t = useTranslations("pengembangan");
  const { pending, hasil, jalankan } = useAksi();
  const [jam, setJam] = useState(String(awal));
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        jalankan(() => simpanTargetJamAction({ targetJamPelatihan: jam }), t("diklatTersimpan"));
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor="target-jam">{t("targetJam")}</Label>
        <Input id="target-jam" className="w-32" inputMode="numeric" value={jam} onChange={(e) => setJam(e.target.value)} />
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {t("simpan")}
      </Button>
      <PesanHasil hasil={hasil} />
    </form>
  );
}
