"use client";
import dynamic from "next/dynamic";

/** The summary's charts, drawn in the browser only (the numbers are in the tables beside them). */
export const GrafikRingkasan = dynamic(() => import("./grafik-isi"), {
  ssr: false,
  loading: () => <div className="h-64 w-full rounded-md bg-muted/40" aria-hidden="true" />,
});
