"use client";
import { useRef } from "react";
import { Check, ChevronDown } from "lucide-react";
import { pilihPeranAction } from "@/app/actions/sesi";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** Switch between the roles a person holds; the server re-checks the choice. */
export function PeranSwitch({
  peran,
  aktif,
  labels,
  judul,
}: {
  peran: string[];
  aktif: string | null;
  labels: Record<string, string>;
  judul: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  if (peran.length <= 1) {
    return aktif ? <span className="text-sm text-muted-foreground">{labels[aktif]}</span> : null;
  }
  return (
    <form ref={formRef} action={pilihPeranAction}>
      <input ref={inputRef} type="hidden" name="peran" defaultValue={aktif ?? ""} />
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" aria-label={`${judul}: ${aktif ? labels[aktif] : ""}`}>
            {aktif ? labels[aktif] : judul}
            <ChevronDown className="size-4" aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>{judul}</DropdownMenuLabel>
          {peran.map((p) => (
            <DropdownMenuItem
              key={p}
              onSelect={() => {
                if (inputRef.current) inputRef.current.value = p;
                formRef.current?.requestSubmit();
              }}
            >
              <Check className={p === aktif ? "size-4" : "size-4 opacity-0"} aria-hidden="true" />
              {labels[p]}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
    </form>
  );
}
