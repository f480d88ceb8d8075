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
 * Same approach as skp-pdf.tsx: base fonts only (text through teksWinAnsi), no network, rows kept
 * whole on a page unless taller than most of one. Same order and wording as
 * components/evaluasi/evaluasi-dokumen.tsx, from the same EvaluasiDokumen and text helpers.
 */
import { Document, Page, StyleSheet, Text, View, renderToBuffer, type TextProps } from "@react-pdf/renderer";
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
  kelompokRhkEvaluasi,
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
import { teksWinAnsi } from "./skp-pdf";
import { barisIdentitas } from "./skp-teks";

const GARIS = 0.6;
const HITAM = "#000000";
const ABU = "#e8e8e8";
const MARGIN_X = 30;
const MARGIN_ATAS = 30;
const MARGIN_BAWAH = 44;
const A4_PENDEK = 595.28;
const A4_PANJANG = 841.89;
/** Text width and height of the landscape (evaluation) and portrait (document) pages. */
const LEBAR_LANDSKAP = A4_PANJANG - 2 * MARGIN_X;
const TINGGI_LANDSKAP = A4_PENDEK - MARGIN_ATAS - MARGIN_BAWAH;
const LEBAR_POTRET = A4_PENDEK - 2 * MARGIN_X;

const s = StyleSheet.create({
  page: { paddingTop: MARGIN_ATAS, paddingBottom: MARGIN_BAWAH, paddingHorizontal: MARGIN_X, fontFamily: "Helvetica", color: HITAM },
  // fontSize and lineHeight together on each Text, never on a Page or View (see skp-pdf.tsx `teks`)
  teks: { fontSize: 8.5, lineHeight: 1.25 },
  judul: { fontFamily: "Helvetica-Bold", fontSize: 10.5, textAlign: "center", marginHorizontal: 40 },
  periode: { textAlign: "center", marginTop: 3 },
  bagian: { fontFamily: "Helvetica-Bold", fontSize: 9.5, marginTop: 10, marginBottom: 4 },
  // lines as in skp-pdf.tsx: cells draw left and top, blocks right and bottom (overlapping the next block's top)
  blok: { borderRightWidth: GARIS, borderBottomWidth: GARIS, borderColor: HITAM, marginBottom: -GARIS },
  tabel: { marginTop: 2, marginBottom: GARIS },
  baris: { flexDirection: "row" },
  sel: { borderLeftWidth: GARIS, borderTopWidth: GARIS, borderColor: HITAM, paddingVertical: 2.5, paddingHorizontal: 3 },
  selLanjut: { borderTopWidth: 0 },
  kepala: { backgroundColor: ABU },
  kepalaTeks: { fontFamily: "Helvetica-Bold", fontSize: 7.5, textAlign: "center" },
  kelompok: { backgroundColor: ABU },
  tengah: { textAlign: "center" },
  tebal: { fontFamily: "Helvetica-Bold" },
  miring: { fontFamily: "Helvetica-Oblique" },
  butir: { flexDirection: "row", marginTop: 1 },
  butirTanda: { width: 9 },
  butirIsi: { flex: 1 },
  ringkas: { marginTop: 8 },
  ringkasBaris: { flexDirection: "row", marginTop: 2 },
  ringkasLabel: { width: 190, fontFamily: "Helvetica-Bold" },
  ringkasTitik: { width: 10 },
  ringkasNilai: { flex: 1 },
  ttd: { flexDirection: "row", marginTop: 18 },
  ttdKolom: { width: "50%", alignItems: "center", paddingHorizontal: 12 },
  ttdTengah: { flexDirection: "row", justifyContent: "center", marginTop: 14 },
  ttdRuang: { height: 50 },
  ttdNama: { fontFamily: "Helvetica-Bold", textDecoration: "underline", textAlign: "center" },
  kaki: {
    position: "absolute",
    bottom: 18,
    left: MARGIN_X,
    right: MARGIN_X,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: "#444444",
    borderTopWidth: 0.4,
    borderColor: "#888888",
    paddingTop: 3,
  },
  kakiTeks: { fontSize: 7.5, lineHeight: 1.2, flex: 1, marginRight: 12, maxLines: 1, textOverflow: "ellipsis" },
});

type Gaya = (typeof s)[keyof typeof s];

/** Words break at spaces only; very long tokens (codes, URLs) are cut so they fit a narrow column. */
function pecahKata(word: string): string[] {
  if (word.length <= 18) return [word];
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 12) out.push(word.slice(i, i + 12));
  return out;
}

function T({ style, ...props }: TextProps & { children?: ReactNode }) {
  const gaya = style === undefined ? [] : Array.isArray(style) ? style : [style];
  return <Text hyphenationCallback={pecahKata} style={[s.teks, ...gaya]} {...props} />;
}

/** Every string in the document through teksWinAnsi (keys and structure unchanged). */
function bersihkan<V>(nilai: V): V {
  if (typeof nilai === "string") return teksWinAnsi(nilai) as V;
  if (Array.isArray(nilai)) return nilai.map((v: unknown) => bersihkan(v)) as V;
  if (nilai !== null && typeof nilai === "object") return Object.fromEntries(Object.entries(nilai).map(([k, v]) => [k, bersihkan(v)])) as V;
  return nilai;
}

/** A rough row height in points (8.5 pt Helvetica), only to decide whether a block may be kept on one page. */
function tinggiKira(sel: ReadonlyArray<readonly [teks: string, lebarPt: number]>): number {
  const baris = (teks: string, w: number) => {
    const perBaris = Math.max(1, Math.floor((w - 8) / (8.5 * 0.5)));
    return teks.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil((p.length * 1.1) / perBaris)), 0);
  };
  return Math.max(1, ...sel.map(([t, w]) => baris(t, w))) * 10.7 + 6;
}

function Sel(props: { w: string; children?: ReactNode; lanjut?: boolean; gaya?: Gaya; teks?: Gaya | Gaya[] }) {
  const { w, children, lanjut, gaya, teks } = props;
  return (
    <View style={[s.sel, { width: w }, lanjut ? s.selLanjut : {}, gaya ?? {}]}>
      {typeof children === "string" || typeof children === "number" ? <T style={teks}>{children}</T> : children}
    </View>
  );
}

function Blok({ children, utuh, minPresenceAhead }: { children: ReactNode; utuh: boolean; minPresenceAhead?: number }) {
  return (
    <View style={s.blok} wrap={!utuh} minPresenceAhead={minPresenceAhead}>
      {children}
    </View>
  );
}

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

function Identitas({ doc }: { doc: EvaluasiDokumen }) {
  const w = { no: "4%", label: "17%", nilai: "29%", judul: "46%" };
  const kiri = barisIdentitas(doc.pegawai);
  const kanan = barisIdentitas(doc.ppk);
  return (
    <View style={[s.tabel, { marginTop: 10 }]} wrap={false}>
      <Blok utuh>
        <View style={s.baris}>
          <Sel w={w.no} gaya={s.kepala} teks={s.kepalaTeks}>NO</Sel>
          <Sel w={w.judul} gaya={s.kepala} teks={s.kepalaTeks}>PEGAWAI YANG DINILAI</Sel>
          <Sel w={w.no} gaya={s.kepala} teks={s.kepalaTeks}>NO</Sel>
          <Sel w={w.judul} gaya={s.kepala} teks={s.kepalaTeks}>PEJABAT PENILAI KINERJA</Sel>
        </View>
        {kiri.map(([label, nilai], i) => {
          const [labelKanan, nilaiKanan] = kanan[i] ?? ["", ""];
          return (
            <View style={s.baris} key={label}>
              <Sel w={w.no} teks={s.tengah}>{String(i + 1)}</Sel>
              <Sel w={w.label}>{label}</Sel>
              <Sel w={w.nilai}>{nilai}</Sel>
              <Sel w={w.no} teks={s.tengah}>{String(i + 1)}</Sel>
              <Sel w={w.label}>{labelKanan}</Sel>
              <Sel w={w.nilai}>{nilaiKanan}</Sel>
            </View>
          );
        })}
      </Blok>
    </View>
  );
}

// ---------------------------------------------------------------- evaluasi kinerja: hasil kerja

type Kolom = { key: string; judul: string; bobot: number };

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

function ukuran(kolom: Kolom[], lebar: number) {
  const total = kolom.reduce((n, k) => n + k.bobot, 0);
  const bobot = (key: string) => kolom.find((k) => k.key === key)?.bobot ?? 0;
  return { persen: (key: string) => `${((bobot(key) / total) * 100).toFixed(3)}%`, pt: (key: string) => (bobot(key) / total) * lebar };
}

function BlokRhk({ doc, kolom, rhk, nomor }: { doc: EvaluasiDokumen; kolom: Kolom[]; rhk: RhkEvaluasiDokumen; nomor: number }) {
  const { persen: w, pt } = ukuran(kolom, LEBAR_LANDSKAP);
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
  const { persen: w } = ukuran(kolom, LEBAR_LANDSKAP);
  return (
    <View>
      <T style={s.bagian} minPresenceAhead={80}>
        HASIL KERJA
      </T>
      <View style={s.tabel}>
        <Blok utuh minPresenceAhead={60}>
          <View style={s.baris}>
            {kolom.map((k) => (
              <Sel key={k.key} w={w(k.key)} gaya={s.kepala} teks={s.kepalaTeks}>
                {k.judul}
              </Sel>
            ))}
          </View>
        </Blok>
        {kelompokRhkEvaluasi(doc.rhk).map((g) => (
          <View key={g.jenis}>
            <Blok utuh minPresenceAhead={40}>
              <View style={s.baris}>
                <Sel w="100%" gaya={s.kelompok} teks={s.tebal}>{g.judul}</Sel>
              </View>
            </Blok>
            {g.rhk.length === 0 ? (
              <Blok utuh>
                <View style={s.baris}>
                  <Sel w="100%" teks={s.tengah}>—</Sel>
                </View>
              </Blok>
            ) : (
              g.rhk.map((r, i) => <BlokRhk key={r.id} doc={doc} kolom={kolom} rhk={r} nomor={i + 1} />)
            )}
          </View>
        ))}
        <BarisPenutup
          label="RATING HASIL KERJA"
          nilai={labelRating(doc.ratingHasil)}
          tambahan={doc.alasanRatingHasil ? `Alasan: ${doc.alasanRatingHasil}` : null}
        />
      </View>
    </View>
  );
}

function PerilakuKerja({ doc }: { doc: EvaluasiDokumen }) {
  const w = { no: "3%", nilai: "37%", ekspektasi: "27%", umpan: "33%" };
  return (
    <View>
      <T style={s.bagian} minPresenceAhead={80}>
        PERILAKU KERJA
      </T>
      <View style={s.tabel}>
        <Blok utuh minPresenceAhead={60}>
          <View style={s.baris}>
            <Sel w={w.no} gaya={s.kepala} teks={s.kepalaTeks}>NO</Sel>
            <Sel w={w.nilai} gaya={s.kepala} teks={s.kepalaTeks}>PERILAKU KERJA</Sel>
            <Sel w={w.ekspektasi} gaya={s.kepala} teks={s.kepalaTeks}>EKSPEKTASI KHUSUS PIMPINAN</Sel>
            <Sel w={w.umpan} gaya={s.kepala} teks={s.kepalaTeks}>UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG</Sel>
          </View>
        </Blok>
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
                  <T style={s.tebal}>{p.label}</T>
                  {p.indikator.map((ind) => (
                    <View style={s.butir} key={ind}>
                      <T style={s.butirTanda}>-</T>
                      <T style={s.butirIsi}>{ind}</T>
                    </View>
                  ))}
                </Sel>
                <Sel w={w.ekspektasi}>{p.ekspektasi.trim() || "—"}</Sel>
                <Sel w={w.umpan}>{p.umpanBalik ?? "—"}</Sel>
              </View>
            </Blok>
          );
        })}
        <BarisPenutup label="RATING PERILAKU KERJA" nilai={labelRating(doc.ratingPerilaku)} />
      </View>
    </View>
  );
}

function BlokTtd({ atas, peran, orang }: { atas: string; peran: string; orang: OrangSkp | null }) {
  return (
    <View style={s.ttdKolom}>
      <T style={s.tengah}>{atas}</T>
      <T style={s.tengah}>{peran}</T>
      <View style={s.ttdRuang} />
      <T style={s.ttdNama}>{orang?.nama ?? "—"}</T>
      <T style={s.tengah}>NIP. {orang ? formatNip(orang.nip) : "—"}</T>
    </View>
  );
}

function Tandatangan({ doc }: { doc: EvaluasiDokumen }) {
  return (
    <View style={s.ttd} wrap={false}>
      {/* a blank first line on the left keeps both role lines level */}
      <BlokTtd atas=" " peran="Pegawai yang Dinilai" orang={doc.pegawai} />
      <BlokTtd atas={tempatTanggalEvaluasi(doc)} peran="Pejabat Penilai Kinerja" orang={doc.ppk} />
    </View>
  );
}

function Kaki({ teks }: { teks: string }) {
  return (
    <View style={s.kaki} fixed>
      <T style={s.kakiTeks}>{teks}</T>
      {/* a plain Text: no lineHeight may reach a render prop (diegomura/react-pdf#3083) */}
      <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
    </View>
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
      <Identitas doc={doc} />
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
          <Tandatangan doc={doc} />
        </>
      ) : (
        <View wrap={false}>
          <Predikat doc={doc} />
          {doc.catatan?.trim() ? <Catatan teks={doc.catatan.trim()} /> : null}
          <Tandatangan doc={doc} />
        </View>
      )}
      <Kaki teks={`${namaEvaluasi(doc)} · ${doc.pegawai.nama} · NIP ${formatNip(doc.pegawai.nip)}`} />
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
      <View style={s.ttd} wrap={false}>
        <BlokTtd atas=" " peran="Pegawai yang Dinilai" orang={doc.pegawai} />
        <BlokTtd atas={tempatTanggalEvaluasi(doc)} peran="Pejabat Penilai Kinerja" orang={doc.ppk} />
      </View>
      {adaKeberatan(doc) ? (
        <View style={s.ttdTengah} wrap={false}>
          <BlokTtd atas={tempatTanggalKeputusan(doc)} peran="Atasan Pejabat Penilai Kinerja" orang={doc.atasanPpk} />
        </View>
      ) : null}
      <Kaki teks={`Dokumen evaluasi kinerja pegawai ${doc.periode.tahun} · ${doc.pegawai.nama} · NIP ${formatNip(doc.pegawai.nip)}`} />
    </Page>
  );
}

export function EvaluasiPdf({ doc }: { doc: EvaluasiDokumen }) {
  return (
    <Document
      title={`${namaEvaluasi(doc)} — ${doc.pegawai.nama}`}
      subject={judulEvaluasi(doc)}
      author={doc.ppk?.nama ?? doc.pegawai.nama}
      creator="Kinerja"
      producer="Kinerja"
      language="id-ID"
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
