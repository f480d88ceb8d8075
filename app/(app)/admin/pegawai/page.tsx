import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatNip } from "@/lib/domain";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { cariPegawai } from "@/lib/services/admin";

export async function generateMetadata() {
  const t = await getTranslations("adminPegawai");
  return { title: t("judul") };
}

export default async function AdminPegawaiPage({ searchParams }: { searchParams: Promise<{ q?: string; hal?: string }> }) {
  const ctx = await requireContext();
  const { q, hal } = await searchParams;
  const data = await orNotFound(cariPegawai(ctx, { q, halaman: Number(hal) || 1 }));
  const t = await getTranslations("adminPegawai");
  const href = (halaman: number) => `/admin/pegawai?${new URLSearchParams({ ...(data.q ? { q: data.q } : {}), hal: String(halaman) })}`;
  return (
    <>
      <PageHeader title={t("judul")} description={t("jumlah", { n: data.total })} />
      <form role="search" className="flex max-w-xl gap-2" action="/admin/pegawai">
        <label htmlFor="cari" className="sr-only">
          {t("cari")}
        </label>
        <Input id="cari" name="q" defaultValue={data.q} placeholder={t("cariContoh")} />
        <Button type="submit">{t("cari")}</Button>
      </form>
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          {data.pegawai.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("kosong")}</p>
          ) : (
            <Table label={t("judul")}>
              <THead>
                <Tr>
                  <Th>{t("kolomNama")}</Th>
                  <Th>{t("kolomJabatan")}</Th>
                  <Th>{t("kolomStatus")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.pegawai.map((p) => (
                  <Tr key={p.id}>
                    <Td>
                      <Link href={`/pegawai/${p.id}`} className="font-medium text-primary underline">
                        {p.nama}
                      </Link>
                      <div className="text-xs text-muted-foreground">{formatNip(p.nip)}</div>
                    </Td>
                    <Td>
                      {p.jabatan ?? "—"}
                      {p.unit ? <div className="text-xs text-muted-foreground">{p.unit}</div> : null}
                    </Td>
                    <Td>
                      <span className="whitespace-nowrap">{`${p.status} · ${p.golongan}`}</span>
                      {!p.aktif ? (
                        <Badge tone="warning" className="ml-1">
                          {t("nonaktif")}
                        </Badge>
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {data.jumlahHalaman > 1 ? (
        <nav aria-label={t("halaman")} className="flex items-center gap-3 text-sm">
          {data.halaman > 1 ? (
            <Link className="text-primary underline" href={href(data.halaman - 1)}>
              {t("sebelumnya")}
            </Link>
          ) : null}
          <span>{t("halamanDari", { halaman: data.halaman, jumlah: data.jumlahHalaman })}</span>
          {data.halaman < data.jumlahHalaman ? (
            <Link className="text-primary underline" href={href(data.halaman + 1)}>
              {t("berikutnya")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
