"use client";
import { Bell } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { tandaiDibacaAction, tandaiSemuaDibacaAction } from "@/app/actions/notifikasi";
import { BEL_BARU } from "@/components/langsung";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

export interface ItemLonceng {
  id: string;
  judul: string;
  tautan: string | null;
  waktu: string;
  dibaca: boolean;
}

/**
 * The bell: unread count, the latest notifications (opening one marks it read), mark all read. A live
 * notification adds to the count at once; the server's count replaces it when the page re-renders.
 */
export function LoncengNotifikasi({ belum: belumServer, items, label }: { belum: number; items: ItemLonceng[]; label: { judul: string; semua: string; tandaiSemua: string; kosong: string; belumDibaca: string } }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [lokal, setLokal] = useState({ dasar: belumServer, tambahan: 0 });
  if (lokal.dasar !== belumServer) setLokal({ dasar: belumServer, tambahan: 0 });
  useEffect(() => {
    const tambah = () => setLokal((l) => ({ ...l, tambahan: l.tambahan + 1 }));
    window.addEventListener(BEL_BARU, tambah);
    return () => window.removeEventListener(BEL_BARU, tambah);
  }, []);
  const belum = belumServer + lokal.tambahan;
  // the name follows the count shown, also when a live notification raised it before the page re-rendered
  const t = useTranslations("notifikasi");
  const buka = (n: ItemLonceng) =>
    start(async () => {
      if (!n.dibaca) await tandaiDibacaAction(n.id);
      if (n.tautan) router.push(n.tautan);
      else router.refresh();
    });
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="relative" aria-label={t("lonceng", { n: belum })} data-testid="lonceng">
          <Bell className="size-5" aria-hidden="true" />
          {belum > 0 ? (
            <span data-testid="lonceng-jumlah" className="absolute -right-0.5 -top-0.5 min-w-[1.25rem] rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white">
              {belum > 99 ? "99+" : belum}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-[min(22rem,calc(100vw-2rem))]">
        <DropdownMenuLabel>{label.judul}</DropdownMenuLabel>
        {items.length === 0 ? <p className="px-2 py-1.5 text-sm text-muted-foreground">{label.kosong}</p> : null}
        {items.map((n) => (
          <DropdownMenuItem key={n.id} disabled={pending} onSelect={() => buka(n)} className="flex flex-col items-start gap-0.5" data-testid="lonceng-item">
            <span className={`text-sm ${n.dibaca ? "" : "font-semibold"}`}>
              {n.dibaca ? null : <span className="sr-only">{`${label.belumDibaca}: `}</span>}
              {n.judul}
            </span>
            <span className="text-xs text-muted-foreground">{n.waktu}</span>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <div className="flex items-center justify-between gap-2 px-2 py-1">
          <Link href="/notifikasi" className="text-sm text-primary underline">
            {label.semua}
          </Link>
          {belum > 0 ? (
            <Button variant="outline" size="sm" disabled={pending} onClick={() => start(async () => { await tandaiSemuaDibacaAction(); router.refresh(); })}>
              {label.tandaiSemua}
            </Button>
          ) : null}
        </div>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
