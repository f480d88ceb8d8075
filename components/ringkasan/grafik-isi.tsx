"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SeriGrafik {
  key: string;
  label: string;
  warna: string;
  putus?: boolean;
}

/**
 * The unit summary's charts: percentages per checkpoint as lines, or counts per category as grouped
 * bars. The same numbers are in the table beside each chart, so the chart is hidden from screen readers.
 */
export default function GrafikRingkasanIsi(props: {
  jenis: "garis" | "batang";
  data: Array<Record<string, string | number | null>>;
  sumbuX: string;
  seri: SeriGrafik[];
  persen?: boolean;
}) {
  const { jenis, data, sumbuX, seri, persen } = props;
  const umum = { data, margin: { top: 8, right: 8, bottom: 0, left: -16 }, accessibilityLayer: false };
  const format = (v: unknown) => (v === null || v === undefined ? "—" : persen ? `${String(v)}%` : String(v));
  return (
    <figure className="h-64 w-full min-w-0" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        {jenis === "garis" ? (
          <LineChart {...umum}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={sumbuX} tick={{ fontSize: 11 }} interval="preserveStartEnd" tickLine={false} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} tickFormatter={(v: number) => `${v}%`} />
            <Tooltip formatter={format} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {seri.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.warna} strokeDasharray={s.putus ? "5 3" : undefined} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart {...umum}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={sumbuX} tick={{ fontSize: 10 }} interval={0} tickLine={false} angle={-30} textAnchor="end" height={56} />
            <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
            <Tooltip formatter={format} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {seri.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.warna} isAnimationActive={false} radius={[2, 2, 0, 0]} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
