/**
 * What the PDF documents (skp-pdf.tsx, evaluasi-pdf.tsx) share: text as the PDF base fonts can print
 * it, the ruled-table pieces (cells, blocks, header and group rows, the identity table), the
 * signature blocks and the page footer. Each document keeps its own page, title and specific tables,
 * and sets the few sizes that differ between them through perangkatPdf().
 * Uses only the base fonts (Helvetica), so rendering needs neither network nor font files.
 */
import { Fragment, type ReactNode } from "react";
import { StyleSheet, Text, View, type Styles, type TextProps } from "@react-pdf/renderer";
import { formatNip } from "@/lib/domain/nip";
import type { OrangSkp, RhkDokumen } from "@/lib/domain/skp";
import { barisIdentitas, kelompokRhk } from "./skp-teks";

export const GARIS = 0.6;
export const HITAM = "#000000";
export const ABU = "#e8e8e8";

/** What both documents put in the PDF's information dictionary besides title, subject and author. */
export const INFO_DOKUMEN = { creator: "Kinerja", producer: "Kinerja", language: "id-ID" } as const;

/** One style object, as a cell accepts for itself and for its text. */
export type Gaya = Styles[string];

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
export function bersihkan<V>(nilai: V): V {
  if (typeof nilai === "string") return teksWinAnsi(nilai) as V;
  if (Array.isArray(nilai)) return nilai.map((v: unknown) => bersihkan(v)) as V;
  if (nilai !== null && typeof nilai === "object")
    return Object.fromEntries(Object.entries(nilai).map(([k, v]) => [k, bersihkan(v)])) as V;
  return nilai;
}

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

// ---------------------------------------------------------------- columns

/** A table column: its weight is its share of the table's width. */
export type Kolom = { key: string; judul: string; bobot: number };

/** Column widths from their weights: as a percentage of the table, and in points of `lebar`. */
export function ukuranKolom(kolom: Kolom[], lebar: number) {
  const total = kolom.reduce((n, k) => n + k.bobot, 0);
  const bobot = (key: string) => kolom.find((k) => k.key === key)?.bobot ?? 0;
  return {
    persen: (key: string) => `${((bobot(key) / total) * 100).toFixed(3)}%`,
    pt: (key: string) => (bobot(key) / total) * lebar,
  };
}

// ---------------------------------------------------------------- the pieces

/** The sizes in points that differ between the documents. */
export interface UkuranPdf {
  /** Body text size (line height 1.25 of it). */
  huruf: number;
  /** One line of body text, for tinggiKira. */
  tinggiBaris: number;
  /** Text size of the grey column headings. */
  hurufKepala: number;
  /** Space above a section heading ("HASIL KERJA"). */
  jarakBagian: number;
  /** Width of the "-" before an indicator of a work behaviour. */
  lebarTandaButir: number;
  /** Space above the signatures, and the room left to sign in. */
  jarakTtd: number;
  ruangTtd: number;
  /** The footer's distance from the bottom and from the sides of the page. */
  kakiBawah: number;
  kakiSisi: number;
}

/** The sizes of the appraisal documents (evaluation, Penetapan predikat), with the page's side margin. */
export function ukuranPenilaian(kakiSisi: number): UkuranPdf {
  return { huruf: 8.5, tinggiBaris: 10.7, hurufKepala: 7.5, jarakBagian: 10, lebarTandaButir: 9, jarakTtd: 18, ruangTtd: 50, kakiBawah: 18, kakiSisi };
}

/** The shared styles and pieces, sized for one document. */
export function perangkatPdf(u: UkuranPdf) {
  const g = StyleSheet.create({
    // fontSize and lineHeight go together on each Text (see T), never on the Page or a View:
    // react-pdf turns a unitless lineHeight into points using the font size of the element it is
    // written on (18 when unset) and passes those points down, and a lineHeight on any ancestor
    // silently blanks every <Text render>, i.e. the page numbers (diegomura/react-pdf#3083).
    teks: { fontSize: u.huruf, lineHeight: 1.25 },
    bagian: { fontFamily: "Helvetica-Bold", fontSize: 9.5, marginTop: u.jarakBagian, marginBottom: 4 },
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
    kepalaTeks: { fontFamily: "Helvetica-Bold", fontSize: u.hurufKepala, textAlign: "center" },
    kelompok: { backgroundColor: ABU },
    tengah: { textAlign: "center" },
    tebal: { fontFamily: "Helvetica-Bold" },
    butir: { flexDirection: "row", marginTop: 1 },
    butirTanda: { width: u.lebarTandaButir },
    butirIsi: { flex: 1 },
    ttd: { flexDirection: "row", marginTop: u.jarakTtd },
    ttdKolom: { width: "50%", alignItems: "center", paddingHorizontal: 12 },
    ttdRuang: { height: u.ruangTtd },
    ttdNama: { fontFamily: "Helvetica-Bold", textDecoration: "underline", textAlign: "center" },
    kaki: {
      position: "absolute",
      bottom: u.kakiBawah,
      left: u.kakiSisi,
      right: u.kakiSisi,
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
   * A rough height in points of a table row whose cells hold these texts, from an average
   * Helvetica character width. Used only to decide whether a row may be kept on one page: react-pdf
   * cannot place a wrap={false} block taller than a page (it overflows the bottom and is cut off).
   */
  function tinggiKira(sel: ReadonlyArray<readonly [teks: string, lebarPt: number]>): number {
    const baris = (teks: string, w: number) => {
      const perBaris = Math.max(1, Math.floor((w - 8) / (u.huruf * 0.5)));
      return teks.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil((p.length * 1.1) / perBaris)), 0);
    };
    return Math.max(1, ...sel.map(([t, w]) => baris(t, w))) * u.tinggiBaris + 6;
  }

  /** Body text: the document's size and line height, words broken at spaces only. */
  function T({ style, ...props }: TextProps & { children?: ReactNode }) {
    const gaya = style === undefined ? [] : Array.isArray(style) ? style : [style];
    return <Text hyphenationCallback={pecahKata} style={[g.teks, ...gaya]} {...props} />;
  }

  /** A table cell: left and top line and padding; a text child is set in T with `teks`. */
  function Sel(props: { w: string; children?: ReactNode; lanjut?: boolean; gaya?: Gaya; teks?: Gaya | Gaya[] }) {
    const { w, children, lanjut, gaya, teks } = props;
    return (
      <View style={[g.sel, { width: w }, lanjut ? g.selLanjut : {}, gaya ?? {}]}>
        {typeof children === "string" || typeof children === "number" ? <T style={teks}>{children}</T> : children}
      </View>
    );
  }

  /** One bordered block of table rows; `utuh` keeps it on one page. */
  function Blok({ children, utuh, minPresenceAhead }: { children: ReactNode; utuh: boolean; minPresenceAhead?: number }) {
    return (
      <View style={g.blok} wrap={!utuh} minPresenceAhead={minPresenceAhead}>
        {children}
      </View>
    );
  }

  /** A section: its heading ("HASIL KERJA") and its table. */
  function Bagian({ judul, children }: { judul: string; children: ReactNode }) {
    return (
      <View>
        <T style={g.bagian} minPresenceAhead={80}>
          {judul}
        </T>
        <View style={g.tabel}>{children}</View>
      </View>
    );
  }

  /** The grey row of column headings, kept with the first rows below it. */
  function BarisKepala({ kolom }: { kolom: ReadonlyArray<{ w: string; judul: string }> }) {
    return (
      <Blok utuh minPresenceAhead={60}>
        <View style={g.baris}>
          {kolom.map((k) => (
            <Sel key={k.judul} w={k.w} gaya={g.kepala} teks={g.kepalaTeks}>
              {k.judul}
            </Sel>
          ))}
        </View>
      </Blok>
    );
  }

  /**
   * The HASIL KERJA section: the column headings, then per group ("A. Utama", "B. Tambahan") its
   * heading row and its RHK numbered from 1 (or a dash), then any closing rows (`children`).
   */
  function TabelHasilKerja<R extends Pick<RhkDokumen, "id" | "jenis" | "urutan">>(props: {
    kolom: ReadonlyArray<{ w: string; judul: string }>;
    rhk: readonly R[];
    blokRhk: (rhk: R, nomor: number) => ReactNode;
    children?: ReactNode;
  }) {
    const { kolom, rhk, blokRhk, children } = props;
    return (
      <Bagian judul="HASIL KERJA">
        <BarisKepala kolom={kolom} />
        {kelompokRhk(rhk).map((k) => (
          <View key={k.jenis}>
            <Blok utuh minPresenceAhead={40}>
              <View style={g.baris}>
                <Sel w="100%" gaya={g.kelompok} teks={g.tebal}>{k.judul}</Sel>
              </View>
            </Blok>
            {k.rhk.length === 0 ? (
              <Blok utuh>
                <View style={g.baris}>
                  <Sel w="100%" teks={g.tengah}>—</Sel>
                </View>
              </Blok>
            ) : (
              k.rhk.map((r, i) => <Fragment key={r.id}>{blokRhk(r, i + 1)}</Fragment>)
            )}
          </View>
        ))}
        {children}
      </Bagian>
    );
  }

  /** The two identity columns: the pegawai and the PPK, five numbered rows each. */
  function TabelIdentitas({ pegawai, ppk, jarak }: { pegawai: OrangSkp; ppk: OrangSkp | null; jarak: number }) {
    const w = { no: "4%", label: "17%", nilai: "29%", judul: "46%" };
    const kiri = barisIdentitas(pegawai);
    const kanan = barisIdentitas(ppk);
    return (
      <View style={[g.tabel, { marginTop: jarak }]} wrap={false}>
        <Blok utuh>
          <View style={g.baris}>
            <Sel w={w.no} gaya={g.kepala} teks={g.kepalaTeks}>NO</Sel>
            <Sel w={w.judul} gaya={g.kepala} teks={g.kepalaTeks}>PEGAWAI YANG DINILAI</Sel>
            <Sel w={w.no} gaya={g.kepala} teks={g.kepalaTeks}>NO</Sel>
            <Sel w={w.judul} gaya={g.kepala} teks={g.kepalaTeks}>PEJABAT PENILAI KINERJA</Sel>
          </View>
          {kiri.map(([label, nilai], i) => {
            const [labelKanan, nilaiKanan] = kanan[i] ?? ["", ""];
            return (
              <View style={g.baris} key={label}>
                <Sel w={w.no} teks={g.tengah}>{String(i + 1)}</Sel>
                <Sel w={w.label}>{label}</Sel>
                <Sel w={w.nilai}>{nilai}</Sel>
                <Sel w={w.no} teks={g.tengah}>{String(i + 1)}</Sel>
                <Sel w={w.label}>{labelKanan}</Sel>
                <Sel w={w.nilai}>{nilaiKanan}</Sel>
              </View>
            );
          })}
        </Blok>
      </View>
    );
  }

  /** A work behaviour (BerAKHLAK value) in bold with its indicators, each after a dash. */
  function IsiPerilaku({ label, indikator }: { label: string; indikator: readonly string[] }) {
    return (
      <>
        <T style={g.tebal}>{label}</T>
        {indikator.map((ind) => (
          <View style={g.butir} key={ind}>
            <T style={g.butirTanda}>-</T>
            <T style={g.butirIsi}>{ind}</T>
          </View>
        ))}
      </>
    );
  }

  function BlokTtd({ atas, peran, orang }: { atas: string; peran: string; orang: OrangSkp | null }) {
    return (
      <View style={g.ttdKolom}>
        <T style={g.tengah}>{atas}</T>
        <T style={g.tengah}>{peran}</T>
        <View style={g.ttdRuang} />
        <T style={g.ttdNama}>{orang?.nama ?? "—"}</T>
        <T style={g.tengah}>NIP. {orang ? formatNip(orang.nip) : "—"}</T>
      </View>
    );
  }

  /** The pegawai's and the PPK's signatures side by side; `tempatTanggal` above the PPK's. */
  function Tandatangan({ pegawai, ppk, tempatTanggal }: { pegawai: OrangSkp; ppk: OrangSkp | null; tempatTanggal: string }) {
    return (
      <View style={g.ttd} wrap={false}>
        {/* a blank first line on the left keeps both role lines level */}
        <BlokTtd atas=" " peran="Pegawai yang Dinilai" orang={pegawai} />
        <BlokTtd atas={tempatTanggal} peran="Pejabat Penilai Kinerja" orang={ppk} />
      </View>
    );
  }

  /** The footer on every page: what the document is, and "Halaman n dari m". */
  function Kaki({ children }: { children: ReactNode }) {
    return (
      <View style={g.kaki} fixed>
        <T style={g.kakiTeks}>{children}</T>
        {/* a plain Text: see `teks` on why no lineHeight may reach it */}
        <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
      </View>
    );
  }

  return { g, tinggiKira, T, Sel, Blok, Bagian, BarisKepala, TabelHasilKerja, TabelIdentitas, IsiPerilaku, BlokTtd, Tandatangan, Kaki };
}
