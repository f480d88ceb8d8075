import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("galat");
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">{t("tidakDitemukanJudul")}</h1>
      <p className="text-muted-foreground">{t("tidakDitemukan")}</p>
      <Link href="/dasbor" className="text-primary underline">
        {t("kembaliDasbor")}
      </Link>
    </main>
  );
}
