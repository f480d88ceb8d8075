import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("tidakTerdaftar");
  return { title: t("judul") };
}

export default async function TidakTerdaftarPage() {
  const t = await getTranslations("tidakTerdaftar");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("judul")}</h1>
      <p>{t("penjelasan")}</p>
      <p className="text-sm text-muted-foreground">{t("bantuan")}</p>
      <Link href="/masuk" className="text-primary underline">
        {t("kembali")}
      </Link>
    </main>
  );
}
