/**
 * The unit summary as a PDF (A4 landscape), with the numbers of the page and of the Excel export:
 * the heading (unit, period, checkpoint, filters, when counted), the per-unit table with its total
 * row, the trend per checkpoint, the predikat per year and the employees directly in the unit.
 * Built from the shared pieces of pdf-dasar (ruled cells, section headings, footer); base fonts only.
 */
import { Document, Page, StyleSheet, View, renderToBuffer } from "@react-pdf/renderer";
import { PREDIKAT } from "@/lib/domain/constants";
import { persen } from "@/lib/domain/ringkasan";
import { STATUS_SKP_RINGKASAN, type DasborPimpinan, type HitunganUnit } from "@/lib/services/ringkasan-unit";
import { bersihkan, HITAM, INFO_DOKUMEN, perangkatPdf, ukuranKolom, type Kolom } from "./pdf-dasar";
import type { LabelRingkasanXlsx } from "./ringkasan-xlsx";

const MARGIN_X = 28;
const LEBAR = 842 - 2 * MARGIN_X;

const { g, T, Sel, Blok, Bagian, BarisKepala, Kaki } = perangkatPdf({
  huruf: 7.5,
  tinggiBaris: 9.4,
  hurufKepala: 6.5,
  jarakBagian: 10,
  lebarTandaButir: 9,
  jarakTtd: 18,
  ruangTtd: 50,
  kakiBawah: 16,
  kakiSisi: MARGIN_X,
});

const s = StyleSheet.create({
  page: { paddingTop: 28, paddingBottom: 40, paddingHorizontal: MARGIN_X, fontFamily: "Helvetica", color: HITAM },
  judul: { fontFamily: "Helvetica-Bold", fontSize: 12, marginBottom: 4 },
  info: { marginTop: 1 },
  kanan: { textAlign: "right" },
});

export interface DokumenRingkasan {
  data: DasborPimpinan;
  label: LabelRingkasanXlsx;
  filter: string;
  dihitung: string;
}

function Tabel({ kolom, baris }: { kolom: Kolom[]; baris: Array<{ key: string; sel: Record<string, string>; tebal?: boolean }> }) {
  const w = ukuranKolom(kolom, LEBAR);
  return (
    <>
      <BarisKepala kolom={kolom.map((k) => ({ w: w.persen(k.key), judul: k.judul }))} />
      {baris.map((b) => (
        <Blok utuh key={b.key}>
          <View style={g.baris}>
            {kolom.map((k, i) => (
              <Sel key={k.key} w={w.persen(k.key)} teks={[i === 0 ? {} : s.kanan, b.tebal ? g.tebal : {}]}>
                {b.sel[k.key] ?? ""}
              </Sel>
            ))}
          </View>
        </Blok>
      ))}
    </>
  );
}

export function RingkasanPdf({ doc }: { doc: DokumenRingkasan }) {
  const { data, label } = doc;
  const kolomUnit: Kolom[] = [
    { key: "unit", judul: label.kolom.unit, bobot: 9 },
    { key: "pegawai", judul: label.kolom.pegawai, bobot: 2 },
    ...STATUS_SKP_RINGKASAN.map((k) => ({ key: k, judul: label.status[k], bobot: 2 })),
    { key: "lewatBatas", judul: label.kolom.lewatBatas, bobot: 2 },
    { key: "realisasi", judul: label.kolom.cpRealisasi, bobot: 3 },
    { key: "evaluasi", judul: label.kolom.cpEvaluasi, bobot: 3 },
    { key: "tahunan", judul: label.kolom.tahunanDitetapkan, bobot: 3 },
    ...PREDIKAT.map((k) => ({ key: k, judul: label.predikat[k], bobot: 2 })),
    { key: "keberatan", judul: `${label.kolom.keberatanTerbuka} / ${label.kolom.keberatanDiputus}`, bobot: 3 },
  ];
  const sel = (h: HitunganUnit, nama: string): Record<string, string> => ({
    unit: nama,
    pegawai: String(h.pegawai),
    ...Object.fromEntries(STATUS_SKP_RINGKASAN.map((k) => [k, String(h.statusSkp[k])])),
    lewatBatas: String(h.lewatBatasSkp),
    realisasi: `${h.checkpoint.realisasi}/${h.checkpoint.skp}`,
    evaluasi: `${h.checkpoint.evaluasi}/${h.checkpoint.skp}`,
    tahunan: `${h.tahunan.ditetapkan}/${h.tahunan.skp}`,
    ...Object.fromEntries(PREDIKAT.map((k) => [k, String(h.predikat[k])])),
    keberatan: `${h.keberatan.terbuka} / ${h.keberatan.diputus}`,
  });
  const pct = (n: number, d: number) => {
    const p = persen(n, d);
    return p === null ? "—" : `${p}%`;
  };
  const tren = [data.tren.kini, data.tren.lalu].flatMap((seri) =>
    seri ? seri.titik.map((x) => ({ periode: seri.periode.nama, ...x })) : [],
  );
  return (
    <Document title={label.judul} subject={label.judul} author="Kinerja" {...INFO_DOKUMEN}>
      <Page size="A4" orientation="landscape" style={s.page} wrap>
        <T style={s.judul}>{label.judul}</T>
        <T style={s.info}>{`${label.info.periode}: ${data.periode?.nama ?? "—"} · ${label.info.checkpoint}: ${data.checkpoint?.nama ?? "—"}`}</T>
        <T style={s.info}>{`${label.info.filter}: ${doc.filter} · ${label.info.dihitung}: ${doc.dihitung}`}</T>

        <Bagian judul={label.lembar.unit.toUpperCase()}>
          <Tabel
            kolom={kolomUnit}
            baris={[
              ...data.anak.map((a) => ({ key: a.unitId ?? "langsung", sel: sel(a, a.unitId ? a.nama : label.langsung(a.nama)) })),
              { key: "total", sel: sel(data.total, label.jumlah), tebal: true },
            ]}
          />
        </Bagian>

        {tren.length > 0 ? (
          <Bagian judul={label.lembar.tren.toUpperCase()}>
            <Tabel
              kolom={[
                { key: "periode", judul: label.kolom.periode, bobot: 5 },
                { key: "checkpoint", judul: label.kolom.checkpoint, bobot: 5 },
                { key: "skp", judul: label.kolom.cpSkp, bobot: 3 },
                { key: "realisasi", judul: label.kolom.cpRealisasi, bobot: 4 },
                { key: "evaluasi", judul: label.kolom.cpEvaluasi, bobot: 4 },
              ]}
              baris={tren.map((x) => ({
                key: `${x.periode}-${x.urutan}`,
                sel: {
                  periode: x.periode, checkpoint: x.nama, skp: String(x.skp),
                  realisasi: `${x.realisasi} (${pct(x.realisasi, x.skp)})`, evaluasi: `${x.evaluasi} (${pct(x.evaluasi, x.skp)})`,
                },
              }))}
            />
          </Bagian>
        ) : null}

        <Bagian judul={label.lembar.predikat.toUpperCase()}>
          <Tabel
            kolom={[{ key: "periode", judul: label.kolom.periode, bobot: 6 }, ...PREDIKAT.map((k) => ({ key: k, judul: label.predikat[k], bobot: 3 })), { key: "dinilai", judul: label.kolom.dinilai, bobot: 3 }]}
            baris={data.tren.predikat.map((x) => ({
              key: x.periode.id,
              sel: { periode: x.periode.nama, ...Object.fromEntries(PREDIKAT.map((k) => [k, String(x.jumlah[k])])), dinilai: String(x.dinilai) },
            }))}
          />
        </Bagian>

        {data.pegawai.baris.length > 0 ? (
          <Bagian judul={label.lembar.pegawai.toUpperCase()}>
            <Tabel
              kolom={[
                { key: "nama", judul: label.kolom.nama, bobot: 8 },
                { key: "nip", judul: label.kolom.nip, bobot: 6 },
                { key: "jabatan", judul: label.kolom.jabatan, bobot: 10 },
                { key: "golongan", judul: label.kolom.golongan, bobot: 3 },
                { key: "statusSkp", judul: label.kolom.statusSkp, bobot: 4 },
                { key: "iki", judul: label.kolom.ikiTerealisasi, bobot: 3 },
                { key: "predikat", judul: label.kolom.predikat, bobot: 6 },
              ]}
              baris={data.pegawai.baris.map((b) => ({
                key: b.pegawaiId,
                sel: {
                  nama: b.nama, nip: b.nip, jabatan: b.jabatan, golongan: b.golongan, statusSkp: label.status[b.statusSkp],
                  iki: b.jumlahIki === null ? "—" : `${b.ikiTerealisasi}/${b.jumlahIki}`,
                  predikat: b.predikat ? `${label.predikat[b.predikat]}${b.keadaan && b.keadaan !== "FINAL" ? ` (${label.keadaan[b.keadaan]})` : ""}` : "—",
                },
              }))}
            />
          </Bagian>
        ) : null}
        <Kaki>{`${label.judul} · ${data.periode?.nama ?? ""}`}</Kaki>
      </Page>
    </Document>
  );
}

/** The summary as PDF bytes: base fonts only, no network. */
export async function renderRingkasanPdf(doc: DokumenRingkasan): Promise<Buffer> {
  const { langsung, ...rest } = doc.label;
  const bersih = bersihkan({ ...doc, label: rest });
  return renderToBuffer(<RingkasanPdf doc={{ ...bersih, label: { ...bersih.label, langsung: (n: string) => bersihkan(langsung(n)) } }} />);
}
