/**
 * The evaluation documents as a print-friendly page: the "Evaluasi kinerja pegawai" and, for the
 * year, the "Dokumen evaluasi kinerja pegawai" on a new sheet. Same sections, order and Indonesian
 * wording as the PDF (lib/documents/evaluasi-pdf.tsx), from the same EvaluasiDokumen and text
 * helpers. A server component without client JS, styled as components/skp-dokumen.tsx: wide tables
 * scroll inside their own box on a phone; on paper everything is black on white.
 */
import type { ReactNode } from "react";
import {
  BagianTabel,
  BlokTtd,
  GeserTabel,
  KEPALA,
  KepalaKolom,
  SEL,
  SelPerilaku,
  SelRhk,
  TabelHasilKerja,
  TabelIdentitas,
  TtdPegawaiPpk,
} from "@/components/dokumen-cetak";
import {
  JUDUL_DOKUMEN,
  adaKeberatan,
  barisAngkaKredit,
  capaianOrganisasi,
  catatanPredikat,
  catatanRekomendasi,
  judulEvaluasi,
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
import { LABEL_ASPEK_IKI } from "@/lib/domain/constants";
import type { OrangSkp } from "@/lib/domain/skp";
import { cn } from "@/lib/utils";

const LEMBAR = cn(
  "mx-auto w-full max-w-6xl min-w-0 bg-white p-4 text-sm leading-snug text-black shadow-sm ring-1 ring-black/10 sm:p-8",
  "print:max-w-none print:p-0 print:text-[9pt] print:shadow-none print:ring-0",
);

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

function BarisRhk({ doc, rhk, nomor }: { doc: EvaluasiDokumen; rhk: RhkEvaluasiDokumen; nomor: number }) {
  const baris = rhk.iki.length > 0 ? rhk.iki : [null];
  const rowSpan = baris.length > 1 ? baris.length : undefined;
  return (
    <>
      {baris.map((k, j) => (
        <tr key={k?.id ?? "tanpa-iki"} data-testid={j === 0 ? `rhk-${rhk.id}` : undefined} className="break-inside-avoid">
          {j === 0 ? (
            <SelRhk rhk={rhk} nomor={nomor} jpt={doc.bentuk === "JPT"} rowSpan={rowSpan}>
              {rhk.ringkasan ? <span className="mt-1 block italic">Ringkasan realisasi: {rhk.ringkasan}</span> : null}
            </SelRhk>
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
    <TabelHasilKerja
      id={id}
      kolom={kolom}
      lebarMin={jpt ? "min-w-[68rem]" : "min-w-[60rem]"}
      rhk={doc.rhk}
      barisRhk={(r, nomor) => <BarisRhk doc={doc} rhk={r} nomor={nomor} />}
    >
      <tfoot>
        <tr className="break-inside-avoid">
          <td colSpan={kolom.length} className={SEL} data-testid="rating-hasil">
            <span className="font-bold">RATING HASIL KERJA: {labelRating(doc.ratingHasil)}</span>
            {doc.alasanRatingHasil ? <span className="block">Alasan: {doc.alasanRatingHasil}</span> : null}
          </td>
        </tr>
      </tfoot>
    </TabelHasilKerja>
  );
}

function PerilakuKerja({ doc, id }: { doc: EvaluasiDokumen; id: string }) {
  const kolom = [
    { judul: "NO", kelas: "w-10" },
    { judul: "PERILAKU KERJA", kelas: "w-[37%]" },
    { judul: "EKSPEKTASI KHUSUS PIMPINAN", kelas: "w-[27%]" },
    { judul: "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", kelas: "" },
  ];
  return (
    <BagianTabel id={id} judul="PERILAKU KERJA" label="Perilaku kerja" kelasTabel="w-full min-w-[44rem] border-collapse print:min-w-0">
      <KepalaKolom kolom={kolom} />
      <tbody>
        {doc.perilaku.map((p, i) => (
          <tr key={p.nilai} className="break-inside-avoid">
            <td className={cn(SEL, "text-center")}>{i + 1}</td>
            <SelPerilaku label={p.label} indikator={p.indikator} />
            <td className={cn(SEL, "whitespace-pre-line")}>{p.ekspektasi.trim() || "—"}</td>
            <td className={cn(SEL, "whitespace-pre-line")}>{p.umpanBalik ?? "—"}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="break-inside-avoid">
          <td colSpan={kolom.length} className={cn(SEL, "font-bold")} data-testid="rating-perilaku">
            RATING PERILAKU KERJA: {labelRating(doc.ratingPerilaku)}
          </td>
        </tr>
      </tfoot>
    </BagianTabel>
  );
}

function Tandatangan({ doc, atasan }: { doc: EvaluasiDokumen; atasan: boolean }) {
  return (
    <section aria-label="Tanda tangan" className="mt-10 break-inside-avoid print:mt-8">
      <div className="grid grid-cols-2 gap-4">
        <TtdPegawaiPpk pegawai={doc.pegawai} ppk={doc.ppk} tempatTanggal={tempatTanggalEvaluasi(doc)} />
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
        <TabelIdentitas pegawai={doc.pegawai} ppk={doc.ppk} />
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

/** A numbered section heading of the document table ("1 | PEGAWAI YANG DINILAI"). */
function KepalaBagian({ no, judul }: { no: number; judul: string }) {
  return (
    <tr>
      <td className={cn(KEPALA, "w-10")}>{no}</td>
      <th scope="rowgroup" colSpan={2} className={cn(KEPALA, "text-left")}>
        {judul}
      </th>
    </tr>
  );
}

/** A labelled row under a section heading (the number column left open). */
function IsiBagian({ label, kelas, children }: { label: string; kelas?: string; children: ReactNode }) {
  return (
    <tr>
      <td className={SEL} />
      <th scope="row" className={cn(SEL, kelas)}>
        {label}
      </th>
      <td className={SEL}>{children}</td>
    </tr>
  );
}

function BagianOrang({ no, judul, orang }: { no: number; judul: string; orang: OrangSkp | null }) {
  return (
    <tbody className="break-inside-avoid">
      <KepalaBagian no={no} judul={judul} />
      {barisIdentitas(orang).map(([label, nilai]) => (
        <IsiBagian key={label} label={label} kelas="w-[33%]">
          {nilai}
        </IsiBagian>
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
              <KepalaBagian no={4} judul="EVALUASI KINERJA" />
              <IsiBagian label="CAPAIAN KINERJA ORGANISASI">
                <span className="block">{capaianOrganisasi(doc)}</span>
                {doc.organisasi?.capaian ? <span className="block">{doc.organisasi.capaian}</span> : null}
              </IsiBagian>
              <IsiBagian label="PREDIKAT KINERJA PEGAWAI">
                <span className="block font-bold">{labelPredikat(doc.predikat)}</span>
                {catatan ? <span className="block">{catatan}</span> : null}
              </IsiBagian>
              {angka ? <IsiBagian label="ANGKA KREDIT">{angka}</IsiBagian> : null}
            </tbody>
            <tbody className="break-inside-avoid">
              <KepalaBagian no={5} judul="CATATAN/REKOMENDASI" />
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
