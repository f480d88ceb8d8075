"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function CetakButton() {
  const t = useTranslations("skp");
  return (
    <Button type="button" onClick={() => window.print()}>
      {t("cetak")}
    </Button>
  );
}
