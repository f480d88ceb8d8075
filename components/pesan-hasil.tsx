/** The outcome of an action, in a live region that is always there (so screen readers announce the text). */
export function PesanHasil({ hasil, id }: { hasil: { ok: boolean; pesan: string } | null; id?: string }) {
  return (
    <p id={id} role="status" className={`text-sm ${hasil?.ok ? "text-emerald-800" : "text-red-700"}`}>
      {hasil?.pesan ?? ""}
    </p>
  );
}
