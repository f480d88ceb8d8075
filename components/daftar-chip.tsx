import Link from "next/link";
import type { ReactNode } from "react";
import { GulirKeTerpilih } from "@/components/gulir-ke-terpilih";

export interface Chip {
  href: string;
  nama: string;
  aktif: boolean;
  /** Extra content after the name (e.g. a check mark with its screen-reader text). */
  tanda?: ReactNode;
}

/**
 * A row of links as chips (checkpoints, the year) that scrolls sideways on a phone with the current one
 * brought into view.
 */
export function DaftarChip({ id, label, chips }: { id: string; label: string; chips: Chip[] }) {
  return (
    <nav aria-label={label} className="relative -mx-1 overflow-x-auto pb-1" id={id}>
      <GulirKeTerpilih daftarId={id} />
      <ul className="flex gap-1 px-1">
        {chips.map((c) => (
          <li key={c.href}>
            <Link
              href={c.href}
              aria-current={c.aktif ? "page" : undefined}
              className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-1 text-sm ${c.aktif ? "border-primary bg-primary text-primary-foreground" : "border-border hover:bg-muted"}`}
            >
              {c.nama}
              {c.tanda}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
