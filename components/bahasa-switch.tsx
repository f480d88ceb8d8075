import { getLocale, getTranslations } from "next-intl/server";
import { gantiBahasaAction } from "@/app/actions/sesi";
import { LOCALES } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** Language switch: a tiny form, works without JavaScript. */
export async function BahasaSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("bahasa");
  return (
    <form action={gantiBahasaAction} className="flex items-center gap-1" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={l === locale}
          lang={l}
          className={cn(
            "rounded-md px-2 py-1 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            l === locale ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted",
          )}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="sr-only">{t(l)}</span>
        </button>
      ))}
    </form>
  );
}
