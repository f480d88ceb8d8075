"use client";
import { useTranslations } from "next-intl";

// Whatever failed, the user sees a calm message and a way on; details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("galat");
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">{t("sistemJudul")}</h1>
      <p className="text-muted-foreground">{t("sistem")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground">
        {t("cobaLagi")}
      </button>
    </main>
  );
}
