/**
 * The SKP as a PDF in the official layout (PermenPANRB 6/2022): title and period, the two
 * identity columns, HASIL KERJA, PERILAKU KERJA, the lampiran and the two signature blocks.
 * Server-only in practice (renderToBuffer); uses only the PDF base fonts, so rendering needs
 * neither network nor font files. Same order and wording as components/skp-dokumen.tsx.
 */
import { Document, Page, StyleSheet, View, renderToBuffer } from "@react-pdf/renderer";
import { LABEL_ASPEK_IKI, LABEL_PERSPEKTIF } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import { BAGIAN_LAMPIRAN, LABEL_BAGIAN_LAMPIRAN, formatTarget, judulSkp, type RhkDokumen, type SkpDokumen } from "@/lib/domain/skp";
import { HITAM, INFO_DOKUMEN, bersihkan, perangkatPdf, ukuranKolom, type Kolom } from "./pdf-dasar";
import { TANDA_KONSEP, ikiUrut, periodeBerlaku, tempatTanggal } from "./skp-teks";

export { teksWinAnsi } from "./pdf-dasar";

const { g, tinggiKira, T, Sel, Blok, Bagian, TabelHasilKerja, TabelIdentitas, IsiPerilaku, Tandatangan, Kaki } = perangkatPdf({
  huruf: 9,
  tinggiBaris: 11.25,
  hurufKepala: 8,
  jarakBagian: 12,
  lebarTandaButir: 10,
  jarakTtd: 22,
  ruangTtd: 54,
  kakiBawah: 20,
  kakiSisi: 36,
});

const s = StyleSheet.create({
  ...g,
  page: {
    paddingTop: 34,
    paddingBottom: 46,
    paddingHorizontal: 36,
    fontFamily: "Helvetica",
    fontSize: 9,
    color: HITAM,
  },
  judul: { fontFamily: "Helvetica-Bold", fontSize: 10.5, textAlign: "center", marginHorizontal: 30 },
  periode: { textAlign: "center", marginTop: 4 },
  versi: { textAlign: "center", marginTop: 1 },
  konsep: {
    alignSelf: "center",
    marginTop: 5,
    paddingVertical: 2,
    paddingHorizontal: 8,
    borderWidth: 1,
    borderColor: HITAM,
    fontFamily: "Helvetica-Bold",
    letterSpacing: 0.5,
  },
  watermark: {
    position: "absolute",
    top: 360,
    left: 0,
    right: 0,
    textAlign: "center",
    fontFamily: "Helvetica-Bold",
    fontSize: 96,
    color: "#ececec",
    transform: "rotate(-35deg)",
  },
  butirNomor: { width: 17 },
  lampiranJudul: { fontFamily: "Helvetica-Bold", fontSize: 9.5, textAlign: "center", marginTop: 16, marginBottom: 4 },
  lampiranDaftar: { marginLeft: 17 },
});

// ---------------------------------------------------------------- layout

/** Width of the text area of an A4 page in points (595.28 less both margins). */
const LEBAR_ISI = 595.28 - 2 * 36;
/** A block taller than this may break across pages; shorter ones move whole to the next page. */
const TINGGI_UTUH = 0.6 * (841.89 - 34 - 46);

function kolomHasilKerja(doc: Pick<SkpDokumen, "pendekatan" | "bentuk">): Kolom[] {
  const kualitatif = doc.pendekatan === "KUALITATIF";
  const jpt = doc.bentuk === "JPT";
  return [
    { key: "no", judul: "NO", bobot: 22 },
    ...(jpt ? [{ key: "perspektif", judul: "PERSPEKTIF", bobot: 62 }] : []),
    { key: "atasan", judul: "RHK ATASAN YANG DIINTERVENSI", bobot: jpt ? 86 : 108 },
    { key: "rhk", judul: "RENCANA HASIL KERJA", bobot: jpt ? 100 : 124 },
    { key: "aspek", judul: "ASPEK", bobot: 50 },
    // a qualitative target is a sentence, a quantitative one a number and a unit
    { key: "iki", judul: "INDIKATOR KINERJA INDIVIDU", bobot: kualitatif ? (jpt ? 108 : 126) : jpt ? 127 : 150 },
    { key: "target", judul: "TARGET", bobot: kualitatif ? (jpt ? 95 : 93) : jpt ? 76 : 69 },
  ];
}

function Kop({ doc }: { doc: SkpDokumen }) {
  return (
    <View>
      <T style={s.judul}>{judulSkp(doc.pendekatan, doc.bentuk)}</T>
      <T style={s.periode}>PERIODE: {periodeBerlaku(doc)}</T>
      {doc.versi > 1 ? <T style={s.versi}>Versi {doc.versi}</T> : null}
      {doc.status !== "DISETUJUI" ? <T style={s.konsep}>{TANDA_KONSEP}</T> : null}
    </View>
  );
}

/** One RHK: its cells on the first IKI row only, then one row per further IKI. */
function BlokRhk({ doc, kolom, rhk, nomor }: { doc: SkpDokumen; kolom: Kolom[]; rhk: RhkDokumen; nomor: number }) {
  const { persen: w, pt } = ukuranKolom(kolom, LEBAR_ISI);
  const jpt = doc.bentuk === "JPT";
  const iki = ikiUrut(rhk);
  const perspektif = rhk.perspektif ? LABEL_PERSPEKTIF[rhk.perspektif] : "—";
  const atasan = rhk.rhkAtasanUraian ?? "—";
  const baris = (iki.length > 0 ? iki : [null]).map((k) => ({
    id: k?.id ?? "tanpa-iki",
    aspek: k ? LABEL_ASPEK_IKI[k.aspek] : "—",
    indikator: k ? k.indikator : "—",
    target: (k && formatTarget(k)) || "—",
  }));
  const tinggi = baris.reduce(
    (n, b, j) =>
      n +
      tinggiKira([
        [b.indikator, pt("iki")],
        [b.target, pt("target")],
        ...(j === 0
          ? ([
              [rhk.uraian, pt("rhk")],
              [atasan, pt("atasan")],
              [jpt ? perspektif : "", pt("perspektif")],
            ] as const)
          : []),
      ]),
    0,
  );
  return (
    <Blok utuh={tinggi <= TINGGI_UTUH}>
      {baris.map((b, j) => {
        const lanjut = j > 0;
        return (
          <View style={s.baris} key={b.id} wrap={false}>
            <Sel w={w("no")} lanjut={lanjut} teks={s.tengah}>{lanjut ? "" : String(nomor)}</Sel>
            {jpt ? (
              <Sel w={w("perspektif")} lanjut={lanjut}>{lanjut ? "" : perspektif}</Sel>
            ) : null}
            <Sel w={w("atasan")} lanjut={lanjut}>{lanjut ? "" : atasan}</Sel>
            <Sel w={w("rhk")} lanjut={lanjut}>{lanjut ? "" : rhk.uraian}</Sel>
            <Sel w={w("aspek")}>{b.aspek}</Sel>
            <Sel w={w("iki")}>{b.indikator}</Sel>
            <Sel w={w("target")}>{b.target}</Sel>
          </View>
        );
      })}
    </Blok>
  );
}

function HasilKerja({ doc }: { doc: SkpDokumen }) {
  const kolom = kolomHasilKerja(doc);
  const { persen: w } = ukuranKolom(kolom, LEBAR_ISI);
  return (
    <TabelHasilKerja
      kolom={kolom.map((k) => ({ w: w(k.key), judul: k.judul }))}
      rhk={doc.rhk}
      blokRhk={(r, nomor) => <BlokRhk doc={doc} kolom={kolom} rhk={r} nomor={nomor} />}
    />
  );
}

function PerilakuKerja({ doc }: { doc: SkpDokumen }) {
  const w = { no: "4.5%", nilai: "55.5%", ekspektasi: "40%" };
  return (
    <Bagian judul="PERILAKU KERJA">
      {doc.perilaku.map((p, i) => {
        const ekspektasi = p.ekspektasi.trim() || "—";
        const tinggi = tinggiKira([
          [[p.label, ...p.indikator].join("\n"), 0.555 * LEBAR_ISI - 10],
          [`Ekspektasi Khusus Pimpinan:\n${ekspektasi}`, 0.4 * LEBAR_ISI],
        ]);
        return (
          <Blok key={p.nilai} utuh={tinggi <= TINGGI_UTUH}>
            <View style={s.baris}>
              <Sel w={w.no} teks={s.tengah}>{String(i + 1)}</Sel>
              <Sel w={w.nilai}>
                <IsiPerilaku label={p.label} indikator={p.indikator} />
              </Sel>
              <Sel w={w.ekspektasi}>
                <T style={s.tebal}>Ekspektasi Khusus Pimpinan:</T>
                <T>{ekspektasi}</T>
              </Sel>
            </View>
          </Blok>
        );
      })}
    </Bagian>
  );
}

function Lampiran({ doc }: { doc: SkpDokumen }) {
  return (
    <View>
      <T style={s.lampiranJudul} minPresenceAhead={60}>
        LAMPIRAN SASARAN KINERJA PEGAWAI
      </T>
      {BAGIAN_LAMPIRAN.map((bagian, i) => {
        const baris = (doc.lampiran[bagian] ?? []).filter((b) => b.trim() !== "");
        return (
          <View key={bagian}>
            <View style={[s.butir, { marginTop: 4 }]} wrap={false} minPresenceAhead={14}>
              <T style={[s.butirNomor, s.tebal]}>{i + 1}.</T>
              <T style={[s.butirIsi, s.tebal]}>{LABEL_BAGIAN_LAMPIRAN[bagian]}</T>
            </View>
            <View style={s.lampiranDaftar}>
              {baris.length === 0 ? (
                <T>—</T>
              ) : (
                baris.map((b, j) => (
                  <View style={s.butir} key={j}>
                    <T style={s.butirNomor}>{j + 1}.</T>
                    <T style={s.butirIsi}>{b}</T>
                  </View>
                ))
              )}
            </View>
          </View>
        );
      })}
    </View>
  );
}

export function SkpPdf({ doc }: { doc: SkpDokumen }) {
  const judul = judulSkp(doc.pendekatan, doc.bentuk);
  return (
    <Document title={`SKP ${doc.periode.nama} — ${doc.pegawai.nama}`} subject={judul} author={doc.pegawai.nama} {...INFO_DOKUMEN}>
      <Page size="A4" orientation="portrait" style={s.page} wrap>
        {doc.status !== "DISETUJUI" ? (
          <T style={s.watermark} fixed>
            KONSEP
          </T>
        ) : null}
        <Kop doc={doc} />
        <TabelIdentitas pegawai={doc.pegawai} ppk={doc.ppk} jarak={12} />
        <HasilKerja doc={doc} />
        <PerilakuKerja doc={doc} />
        <Lampiran doc={doc} />
        <Tandatangan pegawai={doc.pegawai} ppk={doc.ppk} tempatTanggal={tempatTanggal(doc)} />
        <Kaki>
          SKP {doc.periode.nama} · {doc.pegawai.nama} · NIP {formatNip(doc.pegawai.nip)}
          {doc.versi > 1 ? ` · Versi ${doc.versi}` : ""}
        </Kaki>
      </Page>
    </Document>
  );
}

/** The SKP as PDF bytes (A4 portrait, base fonts only, no network). */
export async function renderSkpPdf(doc: SkpDokumen): Promise<Buffer> {
  return renderToBuffer(<SkpPdf doc={bersihkan(doc)} />);
}
