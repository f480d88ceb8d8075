"use client";
import dynamic from "next/dynamic";

/**
 * The chart is drawn in the browser only, after the page: the numbers are already in the page's
 * text, and the charting library stays out of the server render and the first paint.
 */
export const GrafikCapaian = dynamic(() => import("./grafik-capaian-isi"), {
  ssr: false,
  loading: () => <div className="h-24 w-full rounded-md bg-muted/40" aria-hidden="true" />,
});
