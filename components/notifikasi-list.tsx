import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TandaiDibacaButton } from "@/components/tandai-dibaca-button";

type Item = { id: string; judul: string; isi: string; tautan: string | null; createdAt: Date; dibacaAt?: Date | null };

/**
 * Notifications as a list: title (linked to its page), text, time, and *mark read* while unread.
 * `semua`: the list holds read ones too, so the unread are marked "Baru" and set in bold.
 */
export async function DaftarNotifikasi({ items, semua = false }: { items: Item[]; semua?: boolean }) {
  const t = await getTranslations("notifikasi");
  const format = await getFormatter();
  return (
    <ul className="flex flex-col divide-y divide-border" aria-label={t("judul")} data-testid="daftar-notifikasi">
      {items.map((n) => {
        const baru = !n.dibacaAt;
        const huruf = !semua ? "font-medium" : baru ? "font-semibold" : "";
        return (
          <li key={n.id} data-notifikasi-id={n.id} className={`flex flex-wrap items-start justify-between gap-2 ${semua ? "py-3" : "py-2"}`}>
            <div className="min-w-0 flex-1">
              <p className={`text-sm ${huruf}`}>
                {semua && baru ? <Badge tone="info" className="mr-2">{t("baru")}</Badge> : null}
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
            {baru ? <TandaiDibacaButton id={n.id} label={t("tandaiDibaca")} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The dashboards' card of unread notifications. */
export async function NotifikasiList({ items }: { items: Item[] }) {
  const t = await getTranslations("notifikasi");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("judul")}</CardTitle>
      </CardHeader>
      <CardContent>{items.length === 0 ? <p className="text-sm text-muted-foreground">{t("kosong")}</p> : <DaftarNotifikasi items={items} />}</CardContent>
    </Card>
  );
}
