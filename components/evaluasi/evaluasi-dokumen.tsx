/**
 * The evaluation documents as a print-friendly page: the "Evaluasi kinerja pegawai" and, for the
 * year, the "Dokumen evaluasi kinerja pegawai" on a new sheet. Same sections, order and Indonesian
 * wording as the PDF (lib/documents/evaluasi-pdf.tsx), from the same EvaluasiDokumen and text
 * helpers. A server component without client JS, styled as components/skp-dokumen.tsx: wide tables
 * scroll inside their own box on a phone; on paper everything is black on white.
 */
import type { ReactNode } from "react";
import {
  JUDUL_DOKUMEN,
  adaKeberatan,
  barisAngkaKredit,
  capaianOrganisasi,
  catatanPredikat,
  catatanRekomendasi,
  judulEvaluasi,
  kelompokRhkEvaluasi,
  labelPeriodeEvaluasi,
  labelPredikat,
  labelRating,
  rentangPenilaian,
  teksRealisasi,
  tempatTanggalEvaluasi,
  tempatTanggalKeputusan,
  type EvaluasiDokumen,
  type RhkEvaluasiDokumen,
} from "@/lib/documents/evaluasi-teks";
import { barisIdentitas } from "@/lib/documents/skp-teks";
import { LABEL_ASPEK_IKI, LABEL_PERSPEKTIF } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import type { OrangSkp } from "@/lib/domain/skp";
import { cn } from "@/lib/utils";

const SEL = "border border-black px-2 py-1.5 text-left align-top font-normal break-words";
const KEPALA =
  "border border-black bg-neutral-100 px-2 py-1.5 text-center align-middle text-xs font-bold uppercase [print-color-adjust:exact]";
const JUDUL_BAGIAN = "mt-6 mb-2 text-sm font-bold uppercase break-after-avoid print:mt-4";
const LEMBAR = cn(
  "mx-auto w-full max-w-6xl min-w-0 bg-white p-4 text-sm leading-snug text-black shadow-sm ring-1 ring-black/10 sm:p-8",
  "print:max-w-none print:p-0 print:text-[9pt] print:shadow-none print:ring-0",
);

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

function Baris({ baris }: { baris: readonly string[] }) {
  return (
    <>
      {baris.map((b, i) => (
        <span key={i} className="block whitespace-pre-line">
          {b}
        </span>
      ))}
    </>
  );
}

/** "LABEL : value" lines under the tables. */
function Ringkas({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-3 grid grid-cols-1 gap-x-3 break-inside-avoid sm:grid-cols-[17rem_1fr]">
      <dt className="font-bold sm:flex sm:justify-between sm:after:content-[':']">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Identitas({ doc }: { doc: EvaluasiDokumen }) {
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

function BarisRhk({ doc, rhk, nomor }: { doc: EvaluasiDokumen; rhk: RhkEvaluasiDokumen; nomor: number }) {
  const baris = rhk.iki.length > 0 ? rhk.iki : [null];
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
                {rhk.ringkasan ? <span className="mt-1 block italic">Ringkasan realisasi: {rhk.ringkasan}</span> : null}
              </th>
            </>
          ) : null}
          <td className={SEL}>{k ? LABEL_ASPEK_IKI[k.aspek] : "—"}</td>
          <td className={SEL}>{k ? k.indikator : "—"}</td>
          <td className={SEL}>{k?.target || "—"}</td>
          <td className={SEL}>
            <Baris baris={k ? teksRealisasi(k) : ["—"]} />
          </td>
          {j === 0 ? (
            <td rowSpan={rowSpan} className={cn(SEL, "whitespace-pre-line")}>
              {rhk.umpanBalik ?? "—"}
            </td>
          ) : null}
        </tr>
      ))}
    </>
  );
}

function HasilKerja({ doc, id }: { doc: EvaluasiDokumen; id: string }) {
  const jpt = doc.bentuk === "JPT";
  const kolom = [
    { judul: "NO", kelas: "w-10" },
    ...(jpt ? [{ judul: "PERSPEKTIF", kelas: "w-[8%]" }] : []),
    { judul: "RHK ATASAN YANG DIINTERVENSI", kelas: "w-[12%]" },
    { judul: "RENCANA HASIL KERJA", kelas: "w-[14%]" },
    { judul: "ASPEK", kelas: "w-[7%]" },
    { judul: "INDIKATOR KINERJA INDIVIDU", kelas: "" },
    { judul: "TARGET", kelas: doc.pendekatan === "KUALITATIF" ? "w-[12%]" : "w-[9%]" },
    { judul: "REALISASI BERDASARKAN BUKTI DUKUNG", kelas: "w-[18%]" },
    { judul: "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", kelas: "w-[16%]" },
  ];
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={JUDUL_BAGIAN}>
        HASIL KERJA
      </h2>
      <GeserTabel label="Hasil kerja">
        <table aria-labelledby={id} className={cn("w-full border-collapse print:min-w-0", jpt ? "min-w-[68rem]" : "min-w-[60rem]")}>
          <thead>
            <tr>
              {kolom.map((k) => (
                <th key={k.judul} scope="col" className={cn(KEPALA, k.kelas)}>
                  {k.judul}
                </th>
              ))}
            </tr>
          </thead>
          {kelompokRhkEvaluasi(doc.rhk).map((g) => (
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
          <tfoot>
            <tr className="break-inside-avoid">
              <td colSpan={kolom.length} className={SEL} data-testid="rating-hasil">
                <span className="font-bold">RATING HASIL KERJA: {labelRating(doc.ratingHasil)}</span>
                {doc.alasanRatingHasil ? <span className="block">Alasan: {doc.alasanRatingHasil}</span> : null}
              </td>
            </tr>
          </tfoot>
        </table>
      </GeserTabel>
    </section>
  );
}

function PerilakuKerja({ doc, id }: { doc: EvaluasiDokumen; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={JUDUL_BAGIAN}>
        PERILAKU KERJA
      </h2>
      <GeserTabel label="Perilaku kerja">
        <table aria-labelledby={id} className="w-full min-w-[44rem] border-collapse print:min-w-0">
          <thead>
            <tr>
              <th scope="col" className={cn(KEPALA, "w-10")}>
                NO
              </th>
              <th scope="col" className={cn(KEPALA, "w-[37%]")}>
                PERILAKU KERJA
              </th>
              <th scope="col" className={cn(KEPALA, "w-[27%]")}>
                EKSPEKTASI KHUSUS PIMPINAN
              </th>
              <th scope="col" className={KEPALA}>
                UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG
              </th>
            </tr>
          </thead>
          <tbody>
            {doc.perilaku.map((p, i) => (
              <tr key={p.nilai} className="break-inside-avoid">
                <td className={cn(SEL, "text-center")}>{i + 1}</td>
                <th scope="row" className={SEL}>
                  <span className="font-bold">{p.label}</span>
                  <ul className="mt-0.5 list-['-_'] pl-4">
                    {p.indikator.map((ind) => (
                      <li key={ind}>{ind}</li>
                    ))}
                  </ul>
                </th>
                <td className={cn(SEL, "whitespace-pre-line")}>{p.ekspektasi.trim() || "—"}</td>
                <td className={cn(SEL, "whitespace-pre-line")}>{p.umpanBalik ?? "—"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="break-inside-avoid">
              <td colSpan={4} className={cn(SEL, "font-bold")} data-testid="rating-perilaku">
                RATING PERILAKU KERJA: {labelRating(doc.ratingPerilaku)}
              </td>
            </tr>
          </tfoot>
        </table>
      </GeserTabel>
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

function Tandatangan({ doc, atasan }: { doc: EvaluasiDokumen; atasan: boolean }) {
  return (
    <section aria-label="Tanda tangan" className="mt-10 break-inside-avoid print:mt-8">
      <div className="grid grid-cols-2 gap-4">
        <BlokTtd atas={null} peran="Pegawai yang Dinilai" orang={doc.pegawai} />
        <BlokTtd atas={tempatTanggalEvaluasi(doc)} peran="Pejabat Penilai Kinerja" orang={doc.ppk} />
      </div>
      {atasan ? (
        <div className="mt-8 flex justify-center" data-testid="ttd-atasan-ppk">
          <BlokTtd atas={tempatTanggalKeputusan(doc)} peran="Atasan Pejabat Penilai Kinerja" orang={doc.atasanPpk} />
        </div>
      ) : null}
    </section>
  );
}

function EvaluasiKinerja({ doc }: { doc: EvaluasiDokumen }) {
  const id = (bagian: string) => `evaluasi-${doc.id}-${bagian}`;
  const catatan = catatanPredikat(doc);
  return (
    <article data-testid="evaluasi-dokumen" lang="id" aria-labelledby={id("judul")} className={LEMBAR}>
      <header className="text-center">
        <h1 id={id("judul")} className="mx-auto max-w-3xl text-sm font-bold uppercase sm:text-base print:text-[11pt]">
          {judulEvaluasi(doc)}
        </h1>
        <p className="mt-1">PERIODE: {labelPeriodeEvaluasi(doc)}</p>
        <p>PERIODE PENILAIAN: {rentangPenilaian(doc)}</p>
      </header>

      <div className="mt-6">
        <Identitas doc={doc} />
      </div>
      <dl>
        <Ringkas label="CAPAIAN KINERJA ORGANISASI">{capaianOrganisasi(doc)}</Ringkas>
      </dl>

      <HasilKerja doc={doc} id={id("hasil-kerja")} />
      <PerilakuKerja doc={doc} id={id("perilaku-kerja")} />

      <dl className="mt-4">
        <Ringkas label="PREDIKAT KINERJA PEGAWAI">
          <span className="block font-bold" data-testid="predikat">
            {labelPredikat(doc.predikat)}
          </span>
          {catatan ? <span className="block">{catatan}</span> : null}
        </Ringkas>
        {doc.catatan?.trim() ? (
          <Ringkas label="CATATAN">
            <span className="whitespace-pre-line">{doc.catatan.trim()}</span>
          </Ringkas>
        ) : null}
      </dl>

      <Tandatangan doc={doc} atasan={false} />
    </article>
  );
}

function BagianOrang({ no, judul, orang }: { no: number; judul: string; orang: OrangSkp | null }) {
  return (
    <tbody className="break-inside-avoid">
      <tr>
        <td className={cn(KEPALA, "w-10")}>{no}</td>
        <th scope="rowgroup" colSpan={2} className={cn(KEPALA, "text-left")}>
          {judul}
        </th>
      </tr>
      {barisIdentitas(orang).map(([label, nilai]) => (
        <tr key={label}>
          <td className={SEL} />
          <th scope="row" className={cn(SEL, "w-[33%]")}>
            {label}
          </th>
          <td className={SEL}>{nilai}</td>
        </tr>
      ))}
    </tbody>
  );
}

function DokumenEvaluasi({ doc }: { doc: EvaluasiDokumen }) {
  const id = `dokumen-evaluasi-${doc.id}-judul`;
  const catatan = catatanPredikat(doc);
  const angka = barisAngkaKredit(doc);
  return (
    <article data-testid="dokumen-evaluasi" lang="id" aria-labelledby={id} className={cn(LEMBAR, "mt-8 max-w-4xl break-before-page print:mt-0")}>
      <header className="text-center">
        <h1 id={id} className="text-sm font-bold uppercase sm:text-base print:text-[11pt]">
          {JUDUL_DOKUMEN}
        </h1>
        <p className="mt-1">PERIODE: {rentangPenilaian(doc)}</p>
      </header>
      <div className="mt-6">
        <GeserTabel label="Dokumen evaluasi kinerja pegawai">
          <table className="w-full min-w-[32rem] border-collapse print:min-w-0">
            <BagianOrang no={1} judul="PEGAWAI YANG DINILAI" orang={doc.pegawai} />
            <BagianOrang no={2} judul="PEJABAT PENILAI KINERJA" orang={doc.ppk} />
            <BagianOrang no={3} judul="ATASAN PEJABAT PENILAI KINERJA" orang={doc.atasanPpk} />
            <tbody className="break-inside-avoid">
              <tr>
                <td className={cn(KEPALA, "w-10")}>4</td>
                <th scope="rowgroup" colSpan={2} className={cn(KEPALA, "text-left")}>
                  EVALUASI KINERJA
                </th>
              </tr>
              <tr>
                <td className={SEL} />
                <th scope="row" className={SEL}>
                  CAPAIAN KINERJA ORGANISASI
                </th>
                <td className={SEL}>
                  <span className="block">{capaianOrganisasi(doc)}</span>
                  {doc.organisasi?.capaian ? <span className="block">{doc.organisasi.capaian}</span> : null}
                </td>
              </tr>
              <tr>
                <td className={SEL} />
                <th scope="row" className={SEL}>
                  PREDIKAT KINERJA PEGAWAI
                </th>
                <td className={SEL}>
                  <span className="block font-bold">{labelPredikat(doc.predikat)}</span>
                  {catatan ? <span className="block">{catatan}</span> : null}
                </td>
              </tr>
              {angka ? (
                <tr>
                  <td className={SEL} />
                  <th scope="row" className={SEL}>
                    ANGKA KREDIT
                  </th>
                  <td className={SEL}>{angka}</td>
                </tr>
              ) : null}
            </tbody>
            <tbody className="break-inside-avoid">
              <tr>
                <td className={cn(KEPALA, "w-10")}>5</td>
                <th scope="rowgroup" colSpan={2} className={cn(KEPALA, "text-left")}>
                  CATATAN/REKOMENDASI
                </th>
              </tr>
              <tr>
                <td className={SEL} />
                <td colSpan={2} className={SEL}>
                  <Baris baris={catatanRekomendasi(doc)} />
                </td>
              </tr>
            </tbody>
          </table>
        </GeserTabel>
      </div>
      <Tandatangan doc={doc} atasan={adaKeberatan(doc)} />
    </article>
  );
}

/** The evaluation and, for the year, the evaluation document on its own sheet. */
export function EvaluasiDokumenView({ doc }: { doc: EvaluasiDokumen }) {
  return (
    <>
      <EvaluasiKinerja doc={doc} />
      {doc.jenis === "TAHUNAN" ? <DokumenEvaluasi doc={doc} /> : null}
    </>
  );
}
