"use client";
import { Bar, BarChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * A small chart of an IKI's realisation per checkpoint against its target line. The numbers are also
 * in the page's text (progress bar, values), so the chart is decorative for screen readers.
 */
export default function GrafikCapaianIsi({ seri, target }: { seri: Array<{ nama: string; nilai: number | null }>; target: number | null }) {
  const data = seri.map((s) => ({ nama: s.nama.split(" ")[0]!.slice(0, 3), nilai: s.nilai }));
  return (
    <figure className="h-24 w-full min-w-0" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <XAxis dataKey="nama" tick={{ fontSize: 10 }} interval="preserveStartEnd" tickLine={false} axisLine={false} />
          <YAxis hide domain={[0, (max: number) => Math.max(max, target ?? 0)]} />
          <Tooltip formatter={(v) => String(v ?? "—")} />
          {target !== null ? <ReferenceLine y={target} stroke="#059669" strokeDasharray="4 2" /> : null}
          <Bar dataKey="nilai" fill="#1d4ed8" radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
