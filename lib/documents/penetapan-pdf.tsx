/**
 * Penetapan predikat kinerja pegawai of one unit for one period (spec §5): the organisation rating with
 * its reason, the distribution of the employees' annual predikat against the curve, every breach with its
 * numbers and the leader's justification, the list of employees with their predikat, and the signature
 * of the leader who finalised it. A4 portrait, base fonts only (no network), like the other documents.
 */
import { Document, Page, StyleSheet, View, renderToBuffer } from "@react-pdf/renderer";
import { LABEL_PREDIKAT, LABEL_PREDIKAT_ORGANISASI, PREDIKAT } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import type { DokumenPenetapan } from "@/lib/services/kalibrasi";
import { HITAM, INFO_DOKUMEN, bersihkan, perangkatPdf, ukuranPenilaian } from "./pdf-dasar";
import { pangkatGolongan, tanggalPanjang, tempatDanTanggal } from "./skp-teks";

const MARGIN_X = 36;

const { g, T, Sel, Blok, Bagian, BarisKepala, BlokTtd, Kaki } = perangkatPdf(ukuranPenilaian(MARGIN_X));

const s = StyleSheet.create({
  ...g,
  page: { paddingTop: 32, paddingBottom: 44, paddingHorizontal: MARGIN_X, fontFamily: "Helvetica", color: HITAM },
  judul: { fontFamily: "Helvetica-Bold", fontSize: 11, textAlign: "center" },
  subjudul: { textAlign: "center", marginTop: 3 },
  paragraf: { marginTop: 3 },
  ttdKanan: { flexDirection: "row", justifyContent: "flex-end", marginTop: 18 },
});

/** A share as printed: one decimal with a comma, e.g. "83,3%". */
const persen = (n: number, total: number) => (total ? `${String(Math.round((n * 1000) / total) / 10).replace(".", ",")}%` : "—");

export const JUDUL_PENETAPAN = "PENETAPAN PREDIKAT KINERJA PEGAWAI";

export function namaBerkasPenetapan(doc: Pick<DokumenPenetapan, "unit" | "periode">): string {
  const unit = doc.unit.nama.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `Penetapan-Predikat-${unit}-${doc.periode.tahun}.pdf`;
}

function Ringkasan({ label, children }: { label: string; children: string }) {
  return (
    <View style={g.baris}>
      <Sel w="32%" teks={g.tebal}>
        {label}
      </Sel>
      <Sel w="68%">{children}</Sel>
    </View>
  );
}

/** The calendar date in Jakarta of a moment, as YYYY-MM-DD. */
const tanggalWib = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

/** `tanggal`: the dates of the organisation rating and of the finalisation (Date fields do not survive `bersihkan`). */
export function PenetapanPdf({ doc, tanggal }: { doc: DokumenPenetapan; tanggal: { organisasi: string; penetapan: string | null } }) {
  const kolomSebaran = [
    { w: "46%", judul: "PREDIKAT KINERJA PEGAWAI" },
    { w: "27%", judul: "JUMLAH PEGAWAI" },
    { w: "27%", judul: "PERSENTASE" },
  ];
  const kolomPegawai = [
    { w: "6%", judul: "NO" },
    { w: "30%", judul: "NAMA / NIP" },
    { w: "16%", judul: "PANGKAT/GOL." },
    { w: "32%", judul: "JABATAN / UNIT" },
    { w: "16%", judul: "PREDIKAT" },
  ];
  const org = doc.predikatOrganisasi;
  const tempat = doc.instansi.nama.replace(/^Pemerintah\s+/i, "");
  return (
    <Document title={`${JUDUL_PENETAPAN} — ${doc.unit.nama} ${doc.periode.tahun}`} subject={JUDUL_PENETAPAN} author={doc.penetapan?.nama ?? doc.instansi.nama} {...INFO_DOKUMEN}>
      <Page size="A4" orientation="portrait" style={s.page} wrap>
        <T style={s.judul}>{JUDUL_PENETAPAN}</T>
        <T style={[s.subjudul, g.tebal]}>{doc.unit.nama.toUpperCase()}</T>
        <T style={s.subjudul}>{`${doc.instansi.nama} · PERIODE: ${tanggalPanjang(doc.periode.mulai)} s.d. ${tanggalPanjang(doc.periode.selesai)}`}</T>

        <Bagian judul="A. PREDIKAT KINERJA ORGANISASI">
          <Blok utuh>
            <Ringkasan label="PREDIKAT">{LABEL_PREDIKAT_ORGANISASI[org.predikat]}</Ringkasan>
            <Ringkasan label="ALASAN">{org.alasan ?? "—"}</Ringkasan>
            {org.buktiTautan ? <Ringkasan label="BUKTI">{org.buktiTautan}</Ringkasan> : null}
            <Ringkasan label="DITETAPKAN OLEH">{`${org.olehNama}, ${tanggalPanjang(tanggal.organisasi)}`}</Ringkasan>
          </Blok>
        </Bagian>

        <Bagian judul="B. SEBARAN PREDIKAT KINERJA PEGAWAI DAN KURVA DISTRIBUSI">
          <BarisKepala kolom={kolomSebaran} />
          {PREDIKAT.map((p) => (
            <Blok utuh key={p}>
              <View style={g.baris}>
                <Sel w="46%">{LABEL_PREDIKAT[p]}</Sel>
                <Sel w="27%" teks={g.tengah}>{String(doc.jumlah[p])}</Sel>
                <Sel w="27%" teks={g.tengah}>{persen(doc.jumlah[p], doc.total)}</Sel>
              </View>
            </Blok>
          ))}
          <Blok utuh>
            <View style={g.baris}>
              <Sel w="46%" teks={g.tebal}>JUMLAH PEGAWAI DINILAI</Sel>
              <Sel w="27%" teks={[g.tengah, g.tebal]}>{String(doc.total)}</Sel>
              <Sel w="27%" teks={g.tengah}>{doc.total ? "100%" : "—"}</Sel>
            </View>
          </Blok>
        </Bagian>
        <T style={s.paragraf}>
          {doc.kurva.kecil
            ? `Unit kecil: hanya ${doc.total} pegawai dinilai (kurang dari ${doc.ruleSet.kurvaMinimumPegawai}); persentase kurva hanya sebagai saran.`
            : doc.pelanggaran.length === 0
              ? "Sebaran predikat sesuai dengan kurva distribusi."
              : "Pelanggaran kurva distribusi:"}
        </T>
        {doc.pelanggaran.map((b) => (
          <View style={g.butir} key={b.rule}>
            <T style={g.butirTanda}>-</T>
            <T style={g.butirIsi}>{b.message}</T>
          </View>
        ))}
        {doc.penetapan?.justifikasi ? <T style={s.paragraf}>{`Justifikasi pimpinan: ${doc.penetapan.justifikasi}`}</T> : null}
        {doc.belumDitetapkan ? <T style={s.paragraf}>{`${doc.belumDitetapkan} evaluasi tahunan belum ditetapkan dan tidak dihitung.`}</T> : null}

        <Bagian judul="C. DAFTAR PREDIKAT KINERJA PEGAWAI">
          <BarisKepala kolom={kolomPegawai} />
          {doc.pegawai.map((p, i) => (
            <Blok utuh key={`${p.nip}-${i}`}>
              <View style={g.baris}>
                <Sel w="6%" teks={g.tengah}>{String(i + 1)}</Sel>
                <Sel w="30%">
                  <T>{p.nama}</T>
                  <T>{`NIP. ${formatNip(p.nip)}`}</T>
                </Sel>
                <Sel w="16%">{pangkatGolongan({ pangkat: null, golongan: p.golongan })}</Sel>
                <Sel w="32%">
                  <T>{p.jabatan}</T>
                  <T>{p.unit}</T>
                </Sel>
                <Sel w="16%">{`${LABEL_PREDIKAT[p.predikat]}${p.status === "KEBERATAN" ? " (dalam keberatan)" : ""}`}</Sel>
              </View>
            </Blok>
          ))}
        </Bagian>

        {doc.penetapan ? (
          <View style={s.ttdKanan} wrap={false}>
            <BlokTtd
              atas={tempatDanTanggal(tempat, tanggal.penetapan)}
              peran={doc.penetapan.jabatan}
              orang={{ id: "", nama: doc.penetapan.nama, nip: doc.penetapan.nip, pangkat: null, golongan: doc.penetapan.golongan, jabatan: doc.penetapan.jabatan, unit: doc.unit.nama }}
            />
          </View>
        ) : (
          <T style={s.paragraf}>Belum ditetapkan oleh pimpinan.</T>
        )}
        <Kaki>{`${JUDUL_PENETAPAN} · ${doc.unit.nama} · ${doc.periode.tahun}`}</Kaki>
      </Page>
    </Document>
  );
}

/** The determination as PDF bytes. */
export async function renderPenetapanPdf(doc: DokumenPenetapan): Promise<Buffer> {
  const tanggal = { organisasi: tanggalWib(doc.predikatOrganisasi.at), penetapan: doc.penetapan ? tanggalWib(doc.penetapan.at) : null };
  return renderToBuffer(<PenetapanPdf doc={bersihkan(doc)} tanggal={tanggal} />);
}
