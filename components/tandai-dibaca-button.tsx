"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { tandaiDibacaAction, tandaiSemuaDibacaAction } from "@/app/actions/notifikasi";
import { Button } from "@/components/ui/button";

/** A small button running one notification action, with the refusal shown under it. */
function TombolNotifikasi({ label, aksi }: { label: string; aksi: () => Promise<{ ok: boolean; error?: string }> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("galat");
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="outline"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await aksi();
            setError(result.ok ? null : t(result.error as "KESALAHAN_SISTEM"));
          })
        }
      >
        {label}
      </Button>
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </div>
  );
}

export function TandaiDibacaButton({ id, label }: { id: string; label: string }) {
  return <TombolNotifikasi label={label} aksi={() => tandaiDibacaAction(id)} />;
}

export function TandaiSemuaButton({ label }: { label: string }) {
  return <TombolNotifikasi label={label} aksi={() => tandaiSemuaDibacaAction()} />;
}
