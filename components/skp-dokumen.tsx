/**
 * The SKP in the official layout (PermenPANRB 6/2022) as a print-friendly page: same sections,
 * order and Indonesian wording as the PDF (lib/documents/skp-pdf.tsx), from the same SkpDokumen
 * and the same text helpers. A server component without client JS. On a phone only the wide
 * tables scroll sideways, inside their own box; on paper everything is black on white.
 */
import type { ReactNode } from "react";
import { TANDA_KONSEP, barisIdentitas, ikiUrut, kelompokRhk, periodeBerlaku, tempatTanggal } from "@/lib/documents/skp-teks";
import { LABEL_ASPEK_IKI, LABEL_PERSPEKTIF } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import { BAGIAN_LAMPIRAN, LABEL_BAGIAN_LAMPIRAN, formatTarget, judulSkp, type OrangSkp, type RhkDokumen, type SkpDokumen } from "@/lib/domain/skp";
import { cn } from "@/lib/utils";

const SEL = "border border-black px-2 py-1.5 text-left align-top font-normal break-words";
const KEPALA =
  "border border-black bg-neutral-100 px-2 py-1.5 text-center align-middle text-xs font-bold uppercase [print-color-adjust:exact]";
const JUDUL_BAGIAN = "mt-6 mb-2 text-sm font-bold uppercase break-after-avoid print:mt-4";

/** A wide table's own scroll box: the page never scrolls sideways, the table does. */
function GeserTabel({ label, children }: { label: string; children: ReactNode }) {
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

function Identitas({ doc }: { doc: SkpDokumen }) {
  const kiri = barisIdentitas(doc.pegawai);
  const kanan = barisIdentitas(doc.ppk);
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

function BarisRhk({ doc, rhk, nomor }: { doc: SkpDokumen; rhk: RhkDokumen; nomor: number }) {
  const iki = ikiUrut(rhk);
  const baris = iki.length > 0 ? iki : [null];
  const rowSpan = baris.length > 1 ? baris.length : undefined;
  return (
    <>
      {baris.map((k, j) => (
        <tr key={k?.id ?? "tanpa-iki"} data-testid={j === 0 ? `rhk-${rhk.id}` : undefined} className="break-inside-avoid">
          {j === 0 ? (
            <>
              <td rowSpan={rowSpan} className={cn(SEL, "text-center")}>
                {nomor}
              </td>
              {doc.bentuk === "JPT" ? (
                <td rowSpan={rowSpan} className={SEL}>
                  {rhk.perspektif ? LABEL_PERSPEKTIF[rhk.perspektif] : "—"}
                </td>
              ) : null}
              <td rowSpan={rowSpan} className={SEL}>
                {rhk.rhkAtasanUraian ?? "—"}
              </td>
              <th scope="row" rowSpan={rowSpan} className={SEL}>
                {rhk.uraian}
              </th>
            </>
          ) : null}
          <td className={SEL}>{k ? LABEL_ASPEK_IKI[k.aspek] : "—"}</td>
          <td className={SEL}>{k ? k.indikator : "—"}</td>
          <td className={SEL}>{(k && formatTarget(k)) || "—"}</td>
        </tr>
      ))}
    </>
  );
}

function HasilKerja({ doc, id }: { doc: SkpDokumen; id: string }) {
  const jpt = doc.bentuk === "JPT";
  const kolom = [
    { judul: "NO", kelas: "w-10" },
    ...(jpt ? [{ judul: "PERSPEKTIF", kelas: "w-[11%]" }] : []),
    { judul: "RHK ATASAN YANG DIINTERVENSI", kelas: jpt ? "w-[16%]" : "w-[20%]" },
    { judul: "RENCANA HASIL KERJA", kelas: jpt ? "w-[19%]" : "w-[23%]" },
    { judul: "ASPEK", kelas: "w-[9%]" },
    { judul: "INDIKATOR KINERJA INDIVIDU", kelas: "" },
    { judul: "TARGET", kelas: doc.pendekatan === "KUALITATIF" ? "w-[17%]" : "w-[12%]" },
  ];
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={JUDUL_BAGIAN}>
        HASIL KERJA
      </h2>
      <GeserTabel label="Hasil kerja">
        <table aria-labelledby={id} className={cn("w-full border-collapse print:min-w-0", jpt ? "min-w-[56rem]" : "min-w-[48rem]")}>
          <thead>
            <tr>
              {kolom.map((k) => (
                <th key={k.judul} scope="col" className={cn(KEPALA, k.kelas)}>
                  {k.judul}
                </th>
              ))}
            </tr>
          </thead>
          {kelompokRhk(doc.rhk).map((g) => (
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
                g.rhk.map((r, i) => <BarisRhk key={r.id} doc={doc} rhk={r} nomor={i + 1} />)
              )}
            </tbody>
          ))}
        </table>
      </GeserTabel>
    </section>
  );
}

function PerilakuKerja({ doc, id }: { doc: SkpDokumen; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={JUDUL_BAGIAN}>
        PERILAKU KERJA
      </h2>
      <GeserTabel label="Perilaku kerja">
        <table aria-labelledby={id} className="w-full min-w-[18rem] border-collapse print:min-w-0">
          <tbody>
            {doc.perilaku.map((p, i) => (
              <tr key={p.nilai} className="break-inside-avoid">
                <td className={cn(SEL, "w-10 text-center")}>{i + 1}</td>
                <th scope="row" className={cn(SEL, "sm:w-[55%]")}>
                  <span className="font-bold">{p.label}</span>
                  <ul className="mt-0.5 list-['-_'] pl-4">
                    {p.indikator.map((ind) => (
                      <li key={ind}>{ind}</li>
                    ))}
                  </ul>
                </th>
                <td className={SEL}>
                  <span className="block font-bold">Ekspektasi Khusus Pimpinan:</span>
                  <span className="whitespace-pre-line">{p.ekspektasi.trim() || "—"}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </GeserTabel>
    </section>
  );
}

function Lampiran({ doc, id }: { doc: SkpDokumen; id: string }) {
  return (
    <section aria-labelledby={id} className="mt-8 print:mt-6">
      <h2 id={id} className="mb-2 text-center text-sm font-bold uppercase break-after-avoid">
        LAMPIRAN SASARAN KINERJA PEGAWAI
      </h2>
      <ol className="list-decimal space-y-2 pl-5 marker:font-bold">
        {BAGIAN_LAMPIRAN.map((bagian) => {
          const baris = (doc.lampiran[bagian] ?? []).filter((b) => b.trim() !== "");
          return (
            <li key={bagian} className="break-inside-avoid">
              <h3 className="font-bold">{LABEL_BAGIAN_LAMPIRAN[bagian]}</h3>
              {baris.length === 0 ? (
                <p>—</p>
              ) : (
                <ol className="list-decimal pl-5 break-words marker:font-normal">
                  {baris.map((b, j) => (
                    <li key={j}>{b}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function BlokTtd({ atas, peran, orang }: { atas: string | null; peran: string; orang: OrangSkp | null }) {
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

export function SkpDokumenView({ doc }: { doc: SkpDokumen }) {
  const id = (bagian: string) => `skp-${doc.id}-${bagian}`;
  return (
    <article
      data-testid="skp-dokumen"
      lang="id"
      aria-labelledby={id("judul")}
      className={cn(
        "mx-auto w-full max-w-5xl min-w-0 bg-white p-4 text-sm leading-snug text-black shadow-sm ring-1 ring-black/10 sm:p-8",
        "print:max-w-none print:p-0 print:text-[10pt] print:shadow-none print:ring-0",
      )}
    >
      <header className="text-center">
        <h1 id={id("judul")} className="mx-auto max-w-3xl text-sm font-bold uppercase sm:text-base print:text-[11pt]">
          {judulSkp(doc.pendekatan, doc.bentuk)}
        </h1>
        <p className="mt-1">PERIODE: {periodeBerlaku(doc)}</p>
        {doc.versi > 1 ? <p>Versi {doc.versi}</p> : null}
        {doc.status !== "DISETUJUI" ? (
          <p role="note" className="mt-2 inline-block border-2 border-black px-3 py-0.5 font-bold tracking-wide">
            {TANDA_KONSEP}
          </p>
        ) : null}
      </header>

      <div className="mt-6">
        <Identitas doc={doc} />
      </div>

      <HasilKerja doc={doc} id={id("hasil-kerja")} />
      <PerilakuKerja doc={doc} id={id("perilaku-kerja")} />
      <Lampiran doc={doc} id={id("lampiran")} />

      <section aria-label="Tanda tangan" className="mt-10 grid grid-cols-2 gap-4 break-inside-avoid print:mt-8">
        <BlokTtd atas={null} peran="Pegawai yang Dinilai" orang={doc.pegawai} />
        <BlokTtd atas={tempatTanggal(doc)} peran="Pejabat Penilai Kinerja" orang={doc.ppk} />
      </section>
    </article>
  );
}
