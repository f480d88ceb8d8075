import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TandaiDibacaButton } from "@/components/tandai-dibaca-button";

export async function NotifikasiList({ items }: { items: Array<{ id: string; judul: string; isi: string; tautan: string | null; createdAt: Date }> }) {
  const t = await getTranslations("notifikasi");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("judul")}</CardTitle>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("kosong")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-border" aria-label={t("judul")}>
            {items.map((n) => (
              <li key={n.id} data-notifikasi-id={n.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="text-sm font-medium">
                    {n.tautan ? (
                      <Link href={n.tautan} className="text-primary underline">
                        {n.judul}
                      </Link>
                    ) : (
                      n.judul
                    )}
                  </p>
                  {n.isi ? <p className="text-sm text-muted-foreground">{n.isi}</p> : null}
                  <p className="text-xs text-muted-foreground">{format.dateTime(new Date(n.createdAt), { dateStyle: "medium", timeStyle: "short" })}</p>
                </div>
                <TandaiDibacaButton id={n.id} label={t("tandaiDibaca")} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
