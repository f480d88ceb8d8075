import { AppHeader } from "@/components/app-header";
import { Langsung } from "@/components/langsung";
import { requireContext } from "@/lib/server/request-context";

// The shell only; every page and action checks access itself (layouts are not a gate).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireContext();
  return (
    <>
      <AppHeader ctx={ctx} />
      <Langsung />
      <main className="mx-auto flex w-full max-w-6xl flex-col gap-5 px-4 py-5">{children}</main>
    </>
  );
}
