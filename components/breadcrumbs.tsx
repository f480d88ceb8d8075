import Link from "next/link";

/** A trail of links ending at the current page. */
export function Breadcrumbs({ label, items, current }: { label: string; items: Array<{ href: string; nama: string }>; current: string }) {
  return (
    <nav aria-label={label} className="text-sm text-muted-foreground">
      <ol className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href} className="after:ml-1 after:content-['›']">
            <Link className="underline" href={item.href}>
              {item.nama}
            </Link>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}
