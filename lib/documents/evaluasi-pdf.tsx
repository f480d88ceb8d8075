/**
 * The evaluation documents as a PDF in the official layouts (PermenPANRB 6/2022, spec §8):
 * - "Evaluasi kinerja pegawai" (A4 landscape: its tables have eight columns): title and period, the
 *   two identity columns, the organisation's result, HASIL KERJA per RHK/IKI with target, realisation
 *   based on evidence and feedback, the rating hasil kerja; PERILAKU KERJA per value with the
 *   expectation and feedback, the rating perilaku; the predikat, notes and the signatures.
 * - for the annual evaluation, then "Dokumen evaluasi kinerja pegawai" (A4 portrait): pegawai, PPK and
 *   Atasan PPK, the organisation's result, the predikat (and the objection's decision), credit points
 *   for a functional position, notes and recommendations; signatures of the pegawai and the PPK, and
 *   of the Atasan PPK only where the pegawai objected.
 * Built, as skp-pdf.tsx, from the pieces in pdf-dasar.tsx: base fonts only (text through teksWinAnsi),
 * no network, rows kept whole on a page unless taller than most of one. Same order and wording as
 * components/evaluasi/evaluasi-dokumen.tsx, from the same EvaluasiDokumen and text helpers.
 */
import { Document, Page, StyleSheet, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { LABEL_ASPEK_IKI, LABEL_PERSPEKTIF } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import type { OrangSkp } from "@/lib/domain/skp";
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
  namaEvaluasi,
  rentangPenilaian,
  teksRealisasi,
  tempatTanggalEvaluasi,
  tempatTanggalKeputusan,
  type EvaluasiDokumen,
  type RhkEvaluasiDokumen,
} from "./evaluasi-teks";
import { HITAM, INFO_DOKUMEN, bersihkan, perangkatPdf, ukuranPenilaian, ukuranKolom, type Gaya, type Kolom } from "./pdf-dasar";
import { barisIdentitas } from "./skp-teks";

const MARGIN_X = 30;
const MARGIN_ATAS = 30;
const MARGIN_BAWAH = 44;
const A4_PENDEK = 595.28;
const A4_PANJANG = 841.89;
/** Text width and height of the landscape (evaluation) and portrait (document) pages. */
const LEBAR_LANDSKAP = A4_PANJANG - 2 * MARGIN_X;
const TINGGI_LANDSKAP = A4_PENDEK - MARGIN_ATAS - MARGIN_BAWAH;
const LEBAR_POTRET = A4_PENDEK - 2 * MARGIN_X;

const { g, tinggiKira, T, Sel, Blok, Bagian, BarisKepala, TabelHasilKerja, TabelIdentitas, IsiPerilaku, BlokTtd, Tandatangan, Kaki } = perangkatPdf(ukuranPenilaian(MARGIN_X));

const s = StyleSheet.create({
  ...g,
  page: { paddingTop: MARGIN_ATAS, paddingBottom: MARGIN_BAWAH, paddingHorizontal: MARGIN_X, fontFamily: "Helvetica", color: HITAM },
  judul: { fontFamily: "Helvetica-Bold", fontSize: 10.5, textAlign: "center", marginHorizontal: 40 },
  periode: { textAlign: "center", marginTop: 3 },
  miring: { fontFamily: "Helvetica-Oblique" },
  ringkas: { marginTop: 8 },
  ringkasBaris: { flexDirection: "row", marginTop: 2 },
  ringkasLabel: { width: 190, fontFamily: "Helvetica-Bold" },
  ringkasTitik: { width: 10 },
  ringkasNilai: { flex: 1 },
  ttdTengah: { flexDirection: "row", justifyContent: "center", marginTop: 14 },
});

/** Lines of text, each its own paragraph (the realisation, a feedback with line breaks). */
function Paragraf({ baris, gaya }: { baris: readonly string[]; gaya?: Gaya }) {
  return (
    <>
      {baris.map((b, i) => (
        <T key={i} style={gaya}>
          {b}
        </T>
      ))}
    </>
  );
}

function BarisRingkas({ label, children, utuh = true }: { label: string; children: ReactNode; utuh?: boolean }) {
  return (
    <View style={s.ringkasBaris} wrap={!utuh}>
      <T style={s.ringkasLabel}>{label}</T>
      <T style={s.ringkasTitik}>:</T>
      <View style={s.ringkasNilai}>{typeof children === "string" ? <T>{children}</T> : children}</View>
    </View>
  );
}

// ---------------------------------------------------------------- evaluasi kinerja: hasil kerja

function kolomHasil(doc: Pick<EvaluasiDokumen, "pendekatan" | "bentuk">): Kolom[] {
  const jpt = doc.bentuk === "JPT";
  const kualitatif = doc.pendekatan === "KUALITATIF";
  return [
    { key: "no", judul: "NO", bobot: 20 },
    ...(jpt ? [{ key: "perspektif", judul: "PERSPEKTIF", bobot: 56 }] : []),
    { key: "atasan", judul: "RHK ATASAN YANG DIINTERVENSI", bobot: jpt ? 80 : 92 },
    { key: "rhk", judul: "RENCANA HASIL KERJA", bobot: jpt ? 96 : 108 },
    { key: "aspek", judul: "ASPEK", bobot: 46 },
    { key: "iki", judul: "INDIKATOR KINERJA INDIVIDU", bobot: jpt ? 96 : 112 },
    { key: "target", judul: "TARGET", bobot: kualitatif ? 96 : 64 },
    { key: "realisasi", judul: "REALISASI BERDASARKAN BUKTI DUKUNG", bobot: kualitatif ? 134 : 150 },
    { key: "umpan", judul: "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", bobot: 126 },
  ];
}

function BlokRhk({ doc, kolom, rhk, nomor }: { doc: EvaluasiDokumen; kolom: Kolom[]; rhk: RhkEvaluasiDokumen; nomor: number }) {
  const { persen: w, pt } = ukuranKolom(kolom, LEBAR_LANDSKAP);
  const jpt = doc.bentuk === "JPT";
  const perspektif = rhk.perspektif ? LABEL_PERSPEKTIF[rhk.perspektif] : "—";
  const atasan = rhk.rhkAtasanUraian ?? "—";
  const umpan = rhk.umpanBalik ?? "—";
  const rhkTeks = rhk.ringkasan ? `${rhk.uraian}\nRingkasan realisasi: ${rhk.ringkasan}` : rhk.uraian;
  const baris = (rhk.iki.length > 0 ? rhk.iki : [null]).map((k) => ({
    id: k?.id ?? "tanpa-iki",
    aspek: k ? LABEL_ASPEK_IKI[k.aspek] : "—",
    indikator: k ? k.indikator : "—",
    target: k?.target || "—",
    realisasi: k ? teksRealisasi(k) : ["—"],
  }));
  const tinggiBaris = baris.map((b, j) =>
      tinggiKira([
        [b.indikator, pt("iki")],
        [b.target, pt("target")],
        [b.realisasi.join("\n"), pt("realisasi")],
        ...(j === 0
          ? ([
              [rhkTeks, pt("rhk")],
              [atasan, pt("atasan")],
              [umpan, pt("umpan")],
              [jpt ? perspektif : "", pt("perspektif")],
            ] as const)
          : []),
      ]),
  );
  const tinggi = tinggiBaris.reduce((n, t) => n + t, 0);
  return (
    <Blok utuh={tinggi <= 0.6 * TINGGI_LANDSKAP}>
      {baris.map((b, j) => {
        const lanjut = j > 0;
        // a row taller than a page may break (react-pdf cuts off a wrap={false} block that does not fit)
        return (
          <View style={s.baris} key={b.id} wrap={tinggiBaris[j]! > 0.9 * TINGGI_LANDSKAP}>
            <Sel w={w("no")} lanjut={lanjut} teks={s.tengah}>{lanjut ? "" : String(nomor)}</Sel>
            {jpt ? <Sel w={w("perspektif")} lanjut={lanjut}>{lanjut ? "" : perspektif}</Sel> : null}
            <Sel w={w("atasan")} lanjut={lanjut}>{lanjut ? "" : atasan}</Sel>
            <Sel w={w("rhk")} lanjut={lanjut}>
              {lanjut ? null : (
                <>
                  <T>{rhk.uraian}</T>
                  {rhk.ringkasan ? <T style={[s.miring, { marginTop: 2 }]}>Ringkasan realisasi: {rhk.ringkasan}</T> : null}
                </>
              )}
            </Sel>
            <Sel w={w("aspek")}>{b.aspek}</Sel>
            <Sel w={w("iki")}>{b.indikator}</Sel>
            <Sel w={w("target")}>{b.target}</Sel>
            <Sel w={w("realisasi")}>
              <Paragraf baris={b.realisasi} />
            </Sel>
            <Sel w={w("umpan")} lanjut={lanjut}>{lanjut ? "" : umpan}</Sel>
          </View>
        );
      })}
    </Blok>
  );
}

/** A full-width closing row of a table ("RATING HASIL KERJA: …"). */
function BarisPenutup({ label, nilai, tambahan }: { label: string; nilai: string; tambahan?: string | null }) {
  return (
    <Blok utuh>
      <View style={s.baris}>
        <Sel w="100%">
          <T style={s.tebal}>
            {label}: {nilai}
          </T>
          {tambahan ? <T>{tambahan}</T> : null}
        </Sel>
      </View>
    </Blok>
  );
}

function HasilKerja({ doc }: { doc: EvaluasiDokumen }) {
  const kolom = kolomHasil(doc);
  const { persen: w } = ukuranKolom(kolom, LEBAR_LANDSKAP);
  return (
    <TabelHasilKerja
      kolom={kolom.map((k) => ({ w: w(k.key), judul: k.judul }))}
      rhk={doc.rhk}
      blokRhk={(r, nomor) => <BlokRhk doc={doc} kolom={kolom} rhk={r} nomor={nomor} />}
    >
      <BarisPenutup
        label="RATING HASIL KERJA"
        nilai={labelRating(doc.ratingHasil)}
        tambahan={doc.alasanRatingHasil ? `Alasan: ${doc.alasanRatingHasil}` : null}
      />
    </TabelHasilKerja>
  );
}

function PerilakuKerja({ doc }: { doc: EvaluasiDokumen }) {
  const w = { no: "3%", nilai: "37%", ekspektasi: "27%", umpan: "33%" };
  return (
    <Bagian judul="PERILAKU KERJA">
      <BarisKepala
        kolom={[
          { w: w.no, judul: "NO" },
          { w: w.nilai, judul: "PERILAKU KERJA" },
          { w: w.ekspektasi, judul: "EKSPEKTASI KHUSUS PIMPINAN" },
          { w: w.umpan, judul: "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG" },
        ]}
      />
      {doc.perilaku.map((p, i) => {
        const tinggi = tinggiKira([
          [[p.label, ...p.indikator].join("\n"), 0.37 * LEBAR_LANDSKAP - 9],
          [p.ekspektasi || "—", 0.27 * LEBAR_LANDSKAP],
          [p.umpanBalik ?? "—", 0.33 * LEBAR_LANDSKAP],
        ]);
        return (
          <Blok key={p.nilai} utuh={tinggi <= 0.6 * TINGGI_LANDSKAP}>
            <View style={s.baris}>
              <Sel w={w.no} teks={s.tengah}>{String(i + 1)}</Sel>
              <Sel w={w.nilai}>
                <IsiPerilaku label={p.label} indikator={p.indikator} />
              </Sel>
              <Sel w={w.ekspektasi}>{p.ekspektasi.trim() || "—"}</Sel>
              <Sel w={w.umpan}>{p.umpanBalik ?? "—"}</Sel>
            </View>
          </Blok>
        );
      })}
      <BarisPenutup label="RATING PERILAKU KERJA" nilai={labelRating(doc.ratingPerilaku)} />
    </Bagian>
  );
}

function Predikat({ doc }: { doc: EvaluasiDokumen }) {
  const catatan = catatanPredikat(doc);
  return (
    <View style={s.ringkas} wrap={false}>
      <BarisRingkas label="PREDIKAT KINERJA PEGAWAI">
        <T style={s.tebal}>{labelPredikat(doc.predikat)}</T>
        {catatan ? <T>{catatan}</T> : null}
      </BarisRingkas>
    </View>
  );
}

function Catatan({ teks, utuh = true }: { teks: string; utuh?: boolean }) {
  return (
    <View style={s.ringkas}>
      <BarisRingkas label="CATATAN" utuh={utuh}>
        {teks}
      </BarisRingkas>
    </View>
  );
}

function HalamanEvaluasi({ doc }: { doc: EvaluasiDokumen }) {
  const catatanPanjang = tinggiKira([[doc.catatan?.trim() ?? "", LEBAR_LANDSKAP - 200]]) > 0.3 * TINGGI_LANDSKAP;
  return (
    <Page size="A4" orientation="landscape" style={s.page} wrap>
      <T style={s.judul}>{judulEvaluasi(doc)}</T>
      <T style={s.periode}>PERIODE: {labelPeriodeEvaluasi(doc)}</T>
      <T style={s.periode}>PERIODE PENILAIAN: {rentangPenilaian(doc)}</T>
      <TabelIdentitas pegawai={doc.pegawai} ppk={doc.ppk} jarak={10} />
      <View style={s.ringkas}>
        <BarisRingkas label="CAPAIAN KINERJA ORGANISASI">{capaianOrganisasi(doc)}</BarisRingkas>
      </View>
      <HasilKerja doc={doc} />
      <PerilakuKerja doc={doc} />
      {/* the predikat travels with the signatures (and a short note between them) to the next page */}
      {catatanPanjang ? (
        <>
          <Predikat doc={doc} />
          <Catatan teks={doc.catatan!.trim()} utuh={false} />
          <Tandatangan pegawai={doc.pegawai} ppk={doc.ppk} tempatTanggal={tempatTanggalEvaluasi(doc)} />
        </>
      ) : (
        <View wrap={false}>
          <Predikat doc={doc} />
          {doc.catatan?.trim() ? <Catatan teks={doc.catatan.trim()} /> : null}
          <Tandatangan pegawai={doc.pegawai} ppk={doc.ppk} tempatTanggal={tempatTanggalEvaluasi(doc)} />
        </View>
      )}
      <Kaki>{`${namaEvaluasi(doc)} · ${doc.pegawai.nama} · NIP ${formatNip(doc.pegawai.nip)}`}</Kaki>
    </Page>
  );
}

// ---------------------------------------------------------------- dokumen evaluasi kinerja pegawai

const LEBAR_DOKUMEN = { no: "5%", label: "33%", nilai: "62%", isi: "95%" };

/** A numbered section heading row of the document table ("1 | PEGAWAI YANG DINILAI"). */
function KepalaBagian({ no, judul }: { no: string; judul: string }) {
  const w = LEBAR_DOKUMEN;
  return (
    <View style={s.baris}>
      <Sel w={w.no} gaya={s.kepala} teks={[s.tengah, s.tebal]}>{no}</Sel>
      <Sel w={w.isi} gaya={s.kepala} teks={s.tebal}>{judul}</Sel>
    </View>
  );
}

/** A labelled row under a section heading (the number column left open). */
function IsiBagian({ label, children }: { label: string; children: ReactNode }) {
  const w = LEBAR_DOKUMEN;
  return (
    <View style={s.baris} wrap={false}>
      <Sel w={w.no} lanjut> </Sel>
      <Sel w={w.label}>{label}</Sel>
      <Sel w={w.nilai}>{children}</Sel>
    </View>
  );
}

function BagianOrang({ no, judul, orang }: { no: string; judul: string; orang: OrangSkp | null }) {
  return (
    <Blok utuh>
      <KepalaBagian no={no} judul={judul} />
      {barisIdentitas(orang).map(([label, nilai]) => (
        <IsiBagian key={label} label={label}>
          {nilai}
        </IsiBagian>
      ))}
    </Blok>
  );
}

function HalamanDokumen({ doc }: { doc: EvaluasiDokumen }) {
  const w = LEBAR_DOKUMEN;
  const catatan = catatanPredikat(doc);
  const angka = barisAngkaKredit(doc);
  const isiCatatan = catatanRekomendasi(doc);
  return (
    <Page size="A4" orientation="portrait" style={s.page} wrap>
      <T style={s.judul}>{JUDUL_DOKUMEN}</T>
      <T style={s.periode}>PERIODE: {rentangPenilaian(doc)}</T>
      <View style={[s.tabel, { marginTop: 12 }]}>
        <BagianOrang no="1" judul="PEGAWAI YANG DINILAI" orang={doc.pegawai} />
        <BagianOrang no="2" judul="PEJABAT PENILAI KINERJA" orang={doc.ppk} />
        <BagianOrang no="3" judul="ATASAN PEJABAT PENILAI KINERJA" orang={doc.atasanPpk} />
        <Blok utuh>
          <KepalaBagian no="4" judul="EVALUASI KINERJA" />
          <IsiBagian label="CAPAIAN KINERJA ORGANISASI">
            <T>{capaianOrganisasi(doc)}</T>
            {doc.organisasi?.capaian ? <T>{doc.organisasi.capaian}</T> : null}
          </IsiBagian>
          <IsiBagian label="PREDIKAT KINERJA PEGAWAI">
            <T style={s.tebal}>{labelPredikat(doc.predikat)}</T>
            {catatan ? <T>{catatan}</T> : null}
          </IsiBagian>
          {angka ? <IsiBagian label="ANGKA KREDIT">{angka}</IsiBagian> : null}
        </Blok>
        <Blok utuh={tinggiKira([[isiCatatan.join("\n"), 0.95 * LEBAR_POTRET]]) <= 0.6 * (A4_PANJANG - MARGIN_ATAS - MARGIN_BAWAH)}>
          <KepalaBagian no="5" judul="CATATAN/REKOMENDASI" />
          <View style={s.baris}>
            <Sel w={w.no} lanjut> </Sel>
            <Sel w={w.isi}>
              <Paragraf baris={isiCatatan} />
            </Sel>
          </View>
        </Blok>
      </View>
      <Tandatangan pegawai={doc.pegawai} ppk={doc.ppk} tempatTanggal={tempatTanggalEvaluasi(doc)} />
      {adaKeberatan(doc) ? (
        <View style={s.ttdTengah} wrap={false}>
          <BlokTtd atas={tempatTanggalKeputusan(doc)} peran="Atasan Pejabat Penilai Kinerja" orang={doc.atasanPpk} />
        </View>
      ) : null}
      <Kaki>{`Dokumen evaluasi kinerja pegawai ${doc.periode.tahun} · ${doc.pegawai.nama} · NIP ${formatNip(doc.pegawai.nip)}`}</Kaki>
    </Page>
  );
}

export function EvaluasiPdf({ doc }: { doc: EvaluasiDokumen }) {
  return (
    <Document
      title={`${namaEvaluasi(doc)} — ${doc.pegawai.nama}`}
      subject={judulEvaluasi(doc)}
      author={doc.ppk?.nama ?? doc.pegawai.nama}
      {...INFO_DOKUMEN}
    >
      <HalamanEvaluasi doc={doc} />
      {doc.jenis === "TAHUNAN" ? <HalamanDokumen doc={doc} /> : null}
    </Document>
  );
}

/** The evaluation (and for the year, the evaluation document) as PDF bytes: base fonts only, no network. */
export async function renderEvaluasiPdf(doc: EvaluasiDokumen): Promise<Buffer> {
  return renderToBuffer(<EvaluasiPdf doc={bersihkan(doc)} />);
}
