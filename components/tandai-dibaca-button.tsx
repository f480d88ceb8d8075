"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { tandaiDibacaAction, tandaiSemuaDibacaAction } from "@/app/actions/notifikasi";
import { Button } from "@/components/ui/button";

export function TandaiDibacaButton({ id, label }: { id: string; label: string }) {
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
            const result = await tandaiDibacaAction(id);
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

export function TandaiSemuaButton({ label }: { label: string }) {
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
            const result = await tandaiSemuaDibacaAction();
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
