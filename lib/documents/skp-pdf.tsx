/**
 * The SKP as a PDF in the official layout (PermenPANRB 6/2022): title and period, the two
 * identity columns, HASIL KERJA, PERILAKU KERJA, the lampiran and the two signature blocks.
 * Server-only in practice (renderToBuffer); uses only the PDF base fonts, so rendering needs
 * neither network nor font files. Same order and wording as components/skp-dokumen.tsx.
 */
import { Document, Page, StyleSheet, Text, View, renderToBuffer, type TextProps } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { LABEL_ASPEK_IKI, LABEL_PERSPEKTIF } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import {
  BAGIAN_LAMPIRAN,
  LABEL_BAGIAN_LAMPIRAN,
  formatTarget,
  judulSkp,
  type OrangSkp,
  type RhkDokumen,
  type SkpDokumen,
} from "@/lib/domain/skp";
import { TANDA_KONSEP, barisIdentitas, ikiUrut, kelompokRhk, periodeBerlaku, tempatTanggal } from "./skp-teks";

const GARIS = 0.6;
const HITAM = "#000000";
const ABU = "#e8e8e8";

const s = StyleSheet.create({
  page: {
    paddingTop: 34,
    paddingBottom: 46,
    paddingHorizontal: 36,
    fontFamily: "Helvetica",
    fontSize: 9,
    color: HITAM,
  },
  // fontSize and lineHeight go together on each Text (see T), never on the Page or a View:
  // react-pdf turns a unitless lineHeight into points using the font size of the element it is
  // written on (18 when unset) and passes those points down, and a lineHeight on any ancestor
  // silently blanks every <Text render>, i.e. the page numbers (diegomura/react-pdf#3083).
  teks: { fontSize: 9, lineHeight: 1.25 },
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
  bagian: { fontFamily: "Helvetica-Bold", fontSize: 9.5, marginTop: 12, marginBottom: 4 },
  // Lines: each cell draws its left and top line, each block (a row, or an RHK with all its IKI
  // rows) its right and bottom line, with a negative bottom margin so the next block's top line
  // lands on that bottom line. A block that moves to the next page is therefore closed on all
  // sides, and a blank continuation cell (the RHK part of a later IKI row) drops its top line.
  blok: { borderRightWidth: GARIS, borderBottomWidth: GARIS, borderColor: HITAM, marginBottom: -GARIS },
  tabel: { marginTop: 2, marginBottom: GARIS },
  baris: { flexDirection: "row" },
  sel: { borderLeftWidth: GARIS, borderTopWidth: GARIS, borderColor: HITAM, paddingVertical: 2.5, paddingHorizontal: 3 },
  selLanjut: { borderTopWidth: 0 },
  kepala: { backgroundColor: ABU },
  kepalaTeks: { fontFamily: "Helvetica-Bold", fontSize: 8, textAlign: "center" },
  kelompok: { backgroundColor: ABU },
  tengah: { textAlign: "center" },
  tebal: { fontFamily: "Helvetica-Bold" },
  butir: { flexDirection: "row", marginTop: 1 },
  butirTanda: { width: 10 },
  butirNomor: { width: 17 },
  butirIsi: { flex: 1 },
  lampiranJudul: { fontFamily: "Helvetica-Bold", fontSize: 9.5, textAlign: "center", marginTop: 16, marginBottom: 4 },
  lampiranDaftar: { marginLeft: 17 },
  ttd: { flexDirection: "row", marginTop: 22 },
  ttdKolom: { width: "50%", alignItems: "center", paddingHorizontal: 12 },
  ttdRuang: { height: 54 },
  ttdNama: { fontFamily: "Helvetica-Bold", textDecoration: "underline", textAlign: "center" },
  kaki: {
    position: "absolute",
    bottom: 20,
    left: 36,
    right: 36,
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

/**
 * No English hyphenation patterns on Indonesian words (react-pdf's default would split
 * "kepegawaian" as if it were English): words break only at spaces, except very long tokens
 * (codes, URLs) which are cut into pieces so they still fit a narrow column.
 */
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

// ---------------------------------------------------------------- characters

/** What WinAnsiEncoding adds to Latin-1 (0x80–0x9F): with Latin-1, all the base fonts can draw. */
const WIN_ANSI_EKSTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const PENGGANTI: Readonly<Record<string, string>> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "―": "—",
  "′": "'",
  "″": '"',
  "→": "->",
  "←": "<-",
  "✓": "v",
  "✔": "v",
  "\u200b": "",
  "\ufeff": "",
};

const bisaDitulis = (c: string) => {
  const n = c.codePointAt(0) ?? 0;
  return c === "\n" || (n >= 0x20 && n <= 0x7e) || (n >= 0xa0 && n <= 0xff) || WIN_ANSI_EKSTRA.has(c);
};

/**
 * Text as the base fonts can print it. Helvetica has WinAnsi glyphs only, and react-pdf prints
 * anything else as a wrong glyph with no error ("≥" came out as "e"). So: known symbols become
 * ASCII ("≥" → ">="), accented letters outside Latin-1 lose the accent ("ő" → "o", "Ş" → "S"),
 * and whatever is left becomes "?".
 */
export function teksWinAnsi(teks: string): string {
  let out = "";
  for (const c of teks.normalize("NFC")) {
    if (bisaDitulis(c)) out += c;
    else if (c in PENGGANTI) out += PENGGANTI[c];
    else if (c === "\t") out += " ";
    else if (c === "\r") continue;
    else {
      const dasar = c.normalize("NFD").replace(/\p{M}/gu, "");
      out += dasar !== "" && [...dasar].every(bisaDitulis) ? dasar : "?";
    }
  }
  return out;
}

/** Every string in the document through teksWinAnsi (keys and structure unchanged). */
function bersihkan<T>(nilai: T): T {
  if (typeof nilai === "string") return teksWinAnsi(nilai) as T;
  if (Array.isArray(nilai)) return nilai.map((v: unknown) => bersihkan(v)) as T;
  if (nilai !== null && typeof nilai === "object")
    return Object.fromEntries(Object.entries(nilai).map(([k, v]) => [k, bersihkan(v)])) as T;
  return nilai;
}

// ---------------------------------------------------------------- layout

/** Width of the text area of an A4 page in points (595.28 less both margins). */
const LEBAR_ISI = 595.28 - 2 * 36;
/** A block taller than this may break across pages; shorter ones move whole to the next page. */
const TINGGI_UTUH = 0.6 * (841.89 - 34 - 46);

/**
 * A rough height in points of a table row whose cells hold these texts at 9 pt, from an average
 * Helvetica character width. Used only to decide whether a row may be kept on one page: react-pdf
 * cannot place a wrap={false} block taller than a page (it overflows the bottom and is cut off).
 */
function tinggiKira(sel: ReadonlyArray<readonly [teks: string, lebarPt: number]>): number {
  const baris = (teks: string, w: number) => {
    const perBaris = Math.max(1, Math.floor((w - 8) / (9 * 0.5)));
    return teks.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil((p.length * 1.1) / perBaris)), 0);
  };
  return Math.max(1, ...sel.map(([t, w]) => baris(t, w))) * 11.25 + 6;
}

/** Column widths as shares (points, summing to the text width) of the table. */
type Kolom = { key: string; judul: string; bobot: number };

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

function ukuranKolom(kolom: Kolom[]) {
  const total = kolom.reduce((n, k) => n + k.bobot, 0);
  const bobot = (key: string) => kolom.find((k) => k.key === key)?.bobot ?? 0;
  return {
    persen: (key: string) => `${((bobot(key) / total) * 100).toFixed(3)}%`,
    pt: (key: string) => (bobot(key) / total) * LEBAR_ISI,
  };
}

/** One style object (what StyleSheet.create makes), as Sel accepts for the cell and its text. */
type Gaya = (typeof s)[keyof typeof s];

/** A table cell: left and top line and padding; a text child is set in T with `teks`. */
function Sel(props: { w: string; children?: ReactNode; lanjut?: boolean; gaya?: Gaya; teks?: Gaya }) {
  const { w, children, lanjut, gaya, teks } = props;
  return (
    <View style={[s.sel, { width: w }, lanjut ? s.selLanjut : {}, gaya ?? {}]}>
      {typeof children === "string" || typeof children === "number" ? <T style={teks}>{children}</T> : children}
    </View>
  );
}

/** One bordered block of table rows; `utuh` keeps it on one page. */
function Blok({ children, utuh, minPresenceAhead }: { children: ReactNode; utuh: boolean; minPresenceAhead?: number }) {
  return (
    <View style={s.blok} wrap={!utuh} minPresenceAhead={minPresenceAhead}>
      {children}
    </View>
  );
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

function Identitas({ doc }: { doc: SkpDokumen }) {
  const w = { no: "4%", label: "17%", nilai: "29%", judul: "46%" };
  const kiri = barisIdentitas(doc.pegawai);
  const kanan = barisIdentitas(doc.ppk);
  return (
    <View style={[s.tabel, { marginTop: 12 }]} wrap={false}>
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

/** One RHK: its cells on the first IKI row only, then one row per further IKI. */
function BlokRhk({ doc, kolom, rhk, nomor }: { doc: SkpDokumen; kolom: Kolom[]; rhk: RhkDokumen; nomor: number }) {
  const { persen: w, pt } = ukuranKolom(kolom);
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
  const { persen: w } = ukuranKolom(kolom);
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
        {kelompokRhk(doc.rhk).map((g) => (
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
      </View>
    </View>
  );
}

function PerilakuKerja({ doc }: { doc: SkpDokumen }) {
  const w = { no: "4.5%", nilai: "55.5%", ekspektasi: "40%" };
  return (
    <View>
      <T style={s.bagian} minPresenceAhead={80}>
        PERILAKU KERJA
      </T>
      <View style={s.tabel}>
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
                  <T style={s.tebal}>{p.label}</T>
                  {p.indikator.map((ind) => (
                    <View style={s.butir} key={ind}>
                      <T style={s.butirTanda}>-</T>
                      <T style={s.butirIsi}>{ind}</T>
                    </View>
                  ))}
                </Sel>
                <Sel w={w.ekspektasi}>
                  <T style={s.tebal}>Ekspektasi Khusus Pimpinan:</T>
                  <T>{ekspektasi}</T>
                </Sel>
              </View>
            </Blok>
          );
        })}
      </View>
    </View>
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

function Tandatangan({ doc }: { doc: SkpDokumen }) {
  return (
    <View style={s.ttd} wrap={false}>
      {/* a blank first line on the left keeps both role lines level */}
      <BlokTtd atas=" " peran="Pegawai yang Dinilai" orang={doc.pegawai} />
      <BlokTtd atas={tempatTanggal(doc)} peran="Pejabat Penilai Kinerja" orang={doc.ppk} />
    </View>
  );
}

export function SkpPdf({ doc }: { doc: SkpDokumen }) {
  const judul = judulSkp(doc.pendekatan, doc.bentuk);
  return (
    <Document
      title={`SKP ${doc.periode.nama} — ${doc.pegawai.nama}`}
      subject={judul}
      author={doc.pegawai.nama}
      creator="Kinerja"
      producer="Kinerja"
      language="id-ID"
    >
      <Page size="A4" orientation="portrait" style={s.page} wrap>
        {doc.status !== "DISETUJUI" ? (
          <T style={s.watermark} fixed>
            KONSEP
          </T>
        ) : null}
        <Kop doc={doc} />
        <Identitas doc={doc} />
        <HasilKerja doc={doc} />
        <PerilakuKerja doc={doc} />
        <Lampiran doc={doc} />
        <Tandatangan doc={doc} />
        <View style={s.kaki} fixed>
          <T style={s.kakiTeks}>
            SKP {doc.periode.nama} · {doc.pegawai.nama} · NIP {formatNip(doc.pegawai.nip)}
            {doc.versi > 1 ? ` · Versi ${doc.versi}` : ""}
          </T>
          {/* a plain Text: see `teks` on why no lineHeight may reach it */}
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The SKP as PDF bytes (A4 portrait, base fonts only, no network). */
export async function renderSkpPdf(doc: SkpDokumen): Promise<Buffer> {
  return renderToBuffer(<SkpPdf doc={bersihkan(doc)} />);
}
