import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { requireContext } from "@/lib/server/request-context";
import { ikutDialogSkp } from "@/lib/services/dialog";

/** A small link to the SKP's performance dialogues, shown only to the two sides (its owner and its PPK). */
export async function TautanDialog({ skpId }: { skpId: string }) {
  const ctx = await requireContext();
  if (!(await ikutDialogSkp(ctx, skpId))) return null;
  const t = await getTranslations("dialog");
  return (
    <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${skpId}/dialog`} data-testid="tautan-dialog">
      {t("tautan")}
    </Link>
  );
}
