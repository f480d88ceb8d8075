/**
 * What the print views of the documents (components/skp-dokumen.tsx,
 * components/evaluasi/evaluasi-dokumen.tsx) share: the ruled-table classes, a wide table's own
 * scroll box, the identity table, a section with its table, the HASIL KERJA groups and the first
 * cells of an RHK, a work behaviour with its indicators, and the signature blocks. Server
 * components without client JS; each document keeps its own layout in its own file.
 */
import { Fragment, type ReactNode } from "react";
import { barisIdentitas, kelompokRhk } from "@/lib/documents/skp-teks";
import { LABEL_PERSPEKTIF } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import type { OrangSkp, RhkDokumen } from "@/lib/domain/skp";
import { cn } from "@/lib/utils";

export const SEL = "border border-black px-2 py-1.5 text-left align-top font-normal break-words";
export const KEPALA =
  "border border-black bg-neutral-100 px-2 py-1.5 text-center align-middle text-xs font-bold uppercase [print-color-adjust:exact]";
const JUDUL_BAGIAN = "mt-6 mb-2 text-sm font-bold uppercase break-after-avoid print:mt-4";

/** A wide table's own scroll box: the page never scrolls sideways, the table does. */
export function GeserTabel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="w-full overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-black print:overflow-visible"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

/** The two identity columns: the pegawai and the PPK, five numbered rows each. */
export function TabelIdentitas({ pegawai, ppk }: { pegawai: OrangSkp; ppk: OrangSkp | null }) {
  const kiri = barisIdentitas(pegawai);
  const kanan = barisIdentitas(ppk);
  return (
    <GeserTabel label="Identitas pegawai dan pejabat penilai">
      <table className="w-full min-w-[36rem] border-collapse print:min-w-0">
        <caption className="sr-only">Identitas pegawai yang dinilai dan pejabat penilai kinerja</caption>
        <thead>
          <tr>
            <th scope="col" className={cn(KEPALA, "w-10")}>
              NO
            </th>
            <th scope="colgroup" colSpan={2} className={KEPALA}>
              PEGAWAI YANG DINILAI
            </th>
            <th scope="col" className={cn(KEPALA, "w-10")}>
              NO
            </th>
            <th scope="colgroup" colSpan={2} className={KEPALA}>
              PEJABAT PENILAI KINERJA
            </th>
          </tr>
        </thead>
        <tbody>
          {kiri.map(([label, nilai], i) => {
            const [labelKanan, nilaiKanan] = kanan[i] ?? ["", ""];
            return (
              <tr key={label} className="break-inside-avoid">
                <td className={cn(SEL, "text-center")}>{i + 1}</td>
                <th scope="row" className={cn(SEL, "w-[17%]")}>
                  {label}
                </th>
                <td className={cn(SEL, "w-[29%]")}>{nilai}</td>
                <td className={cn(SEL, "text-center")}>{i + 1}</td>
                <th scope="row" className={cn(SEL, "w-[17%]")}>
                  {labelKanan}
                </th>
                <td className={cn(SEL, "w-[29%]")}>{nilaiKanan}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </GeserTabel>
  );
}

/** A section ("HASIL KERJA"): its heading, and its table in its own scroll box. */
export function BagianTabel(props: { id: string; judul: string; label: string; kelasTabel: string; children: ReactNode }) {
  const { id, judul, label, kelasTabel, children } = props;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={JUDUL_BAGIAN}>
        {judul}
      </h2>
      <GeserTabel label={label}>
        <table aria-labelledby={id} className={kelasTabel}>
          {children}
        </table>
      </GeserTabel>
    </section>
  );
}

/** The row of column headings; `kelas` sets a column's width. */
export function KepalaKolom({ kolom }: { kolom: ReadonlyArray<{ judul: string; kelas: string }> }) {
  return (
    <thead>
      <tr>
        {kolom.map((k) => (
          <th key={k.judul} scope="col" className={cn(KEPALA, k.kelas)}>
            {k.judul}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * The HASIL KERJA section: the column headings, then per group ("A. Utama", "B. Tambahan") a tbody
 * with its heading row and its RHK numbered from 1 (or a dash), then any `children` (a tfoot).
 */
export function TabelHasilKerja<R extends Pick<RhkDokumen, "id" | "jenis" | "urutan">>(props: {
  id: string;
  kolom: ReadonlyArray<{ judul: string; kelas: string }>;
  /** The table's least width on screen ("min-w-[48rem]"), below which it scrolls. */
  lebarMin: string;
  rhk: readonly R[];
  barisRhk: (rhk: R, nomor: number) => ReactNode;
  children?: ReactNode;
}) {
  const { id, kolom, lebarMin, rhk, barisRhk, children } = props;
  return (
    <BagianTabel id={id} judul="HASIL KERJA" label="Hasil kerja" kelasTabel={cn("w-full border-collapse print:min-w-0", lebarMin)}>
      <KepalaKolom kolom={kolom} />
      {kelompokRhk(rhk).map((g) => (
        <tbody key={g.jenis}>
          <tr className="break-inside-avoid break-after-avoid">
            <th scope="rowgroup" colSpan={kolom.length} className={cn(SEL, "bg-neutral-100 font-bold [print-color-adjust:exact]")}>
              {g.judul}
            </th>
          </tr>
          {g.rhk.length === 0 ? (
            <tr>
              <td colSpan={kolom.length} className={cn(SEL, "text-center")}>
                —
              </td>
            </tr>
          ) : (
            g.rhk.map((r, i) => <Fragment key={r.id}>{barisRhk(r, i + 1)}</Fragment>)
          )}
        </tbody>
      ))}
      {children}
    </BagianTabel>
  );
}

/**
 * The cells an RHK has once, spanning all its IKI rows: number, perspektif (JPT only), the
 * superior's RHK, and the RHK itself as the row heading (followed by `children`).
 */
export function SelRhk(props: {
  rhk: Pick<RhkDokumen, "perspektif" | "rhkAtasanUraian" | "uraian">;
  nomor: number;
  jpt: boolean;
  rowSpan: number | undefined;
  children?: ReactNode;
}) {
  const { rhk, nomor, jpt, rowSpan, children } = props;
  return (
    <>
      <td rowSpan={rowSpan} className={cn(SEL, "text-center")}>
        {nomor}
      </td>
      {jpt ? (
        <td rowSpan={rowSpan} className={SEL}>
          {rhk.perspektif ? LABEL_PERSPEKTIF[rhk.perspektif] : "—"}
        </td>
      ) : null}
      <td rowSpan={rowSpan} className={SEL}>
        {rhk.rhkAtasanUraian ?? "—"}
      </td>
      <th scope="row" rowSpan={rowSpan} className={SEL}>
        {rhk.uraian}
        {children}
      </th>
    </>
  );
}

/** A work behaviour (BerAKHLAK value) in bold with its indicators, as the row heading. */
export function SelPerilaku({ label, indikator, kelas }: { label: string; indikator: readonly string[]; kelas?: string }) {
  return (
    <th scope="row" className={cn(SEL, kelas)}>
      <span className="font-bold">{label}</span>
      <ul className="mt-0.5 list-['-_'] pl-4">
        {indikator.map((ind) => (
          <li key={ind}>{ind}</li>
        ))}
      </ul>
    </th>
  );
}

export function BlokTtd({ atas, peran, orang }: { atas: string | null; peran: string; orang: OrangSkp | null }) {
  return (
    <div className="flex min-w-0 flex-col items-center text-center break-words">
      {/* a blank first line on the left keeps both role lines level */}
      {atas === null ? <p aria-hidden="true">&nbsp;</p> : <p>{atas}</p>}
      <p>{peran}</p>
      <div className="h-16 sm:h-20 print:h-20" aria-hidden="true" />
      <p className="max-w-full font-bold underline underline-offset-2">{orang?.nama ?? "—"}</p>
      <p>NIP. {orang ? formatNip(orang.nip) : "—"}</p>
    </div>
  );
}

/** The pegawai's and the PPK's signature blocks, for a two-column grid; `tempatTanggal` above the PPK's. */
export function TtdPegawaiPpk({ pegawai, ppk, tempatTanggal }: { pegawai: OrangSkp; ppk: OrangSkp | null; tempatTanggal: string }) {
  return (
    <>
      <BlokTtd atas={null} peran="Pegawai yang Dinilai" orang={pegawai} />
      <BlokTtd atas={tempatTanggal} peran="Pejabat Penilai Kinerja" orang={ppk} />
    </>
  );
}
