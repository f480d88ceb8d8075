import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { masukDemoAction, masukSsoAction } from "@/app/actions/sesi";
import { BahasaSwitch } from "@/components/bahasa-switch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { demoLoginEnabled, readEnv, ssoConfigured } from "@/lib/env";
import { getRequestContext } from "@/lib/server/request-context";
import { DEMO_PERSONAS } from "@/db/seed/helvetia-roster";

export async function generateMetadata() {
  const t = await getTranslations("masuk");
  return { title: t("judul") };
}

export default async function MasukPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getRequestContext()) redirect("/dasbor");
  const env = readEnv();
  const t = await getTranslations("masuk");
  const { error } = await searchParams;
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-lg flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-center justify-between gap-2">
        <div>
          <p className="text-sm font-medium text-primary">{t("instansi")}</p>
          <h1 className="text-2xl font-bold">Kinerja</h1>
        </div>
        <BahasaSwitch />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("judul")}</CardTitle>
          <CardDescription>{t("penjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {error ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              {t("gagal")}
            </p>
          ) : null}
          {ssoConfigured(env) ? (
            <form action={masukSsoAction}>
              <Button type="submit" size="lg" className="w-full">
                {t("sso", { nama: env.AUTH_SSO_NAME })}
              </Button>
            </form>
          ) : (
            <p className="text-sm text-muted-foreground">{t("ssoBelumDiatur")}</p>
          )}
        </CardContent>
      </Card>
      {demoLoginEnabled(env) ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("demoJudul")}</CardTitle>
            <CardDescription>{t("demoPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-2">
              {DEMO_PERSONAS.map((p) => (
                <li key={p.key}>
                  <form action={masukDemoAction}>
                    <input type="hidden" name="nip" value={p.nip} />
                    <Button type="submit" variant="outline" className="h-auto w-full flex-col items-start gap-0.5 whitespace-normal py-2 text-left">
                      <span className="font-semibold">{p.nama}</span>
                      <span className="text-xs font-normal text-muted-foreground">{p.label}</span>
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </main>
  );
}
