import { describe, expect, it } from "vitest";
import { BERAKHLAK_INDIKATOR, NILAI_BERAKHLAK } from "./constants";
import {
  BAGIAN_LAMPIRAN,
  bandingkanSkp,
  bentukUntuk,
  formatNilai,
  formatTarget,
  judulSkp,
  perilakuDenganEkspektasi,
  syaratPengajuan,
  type IkiDokumen,
  type RhkDokumen,
  type SkpDokumen,
  type SkpUntukDiperiksa,
} from "./skp";

// ---------------------------------------------------------------- builders

const iki = (over: Partial<IkiDokumen> = {}): IkiDokumen => ({
  id: "k-1",
  urutan: 1,
  aspek: "KUANTITAS",
  indikator: "Jumlah dokumen",
  targetMin: 12,
  targetMax: null,
  satuan: "dokumen",
  targetKualitatif: null,
  ...over,
});

const rhk = (over: Partial<RhkDokumen> = {}): RhkDokumen => ({
  id: "r-1",
  jenis: "UTAMA",
  urutan: 1,
  uraian: "Tersusunnya laporan",
  perspektif: null,
  rhkAtasanId: "ra-1",
  rhkAtasanUraian: "Meningkatnya layanan",
  iki: [iki()],
  ...over,
});

type Bandingan = Pick<SkpDokumen, "pendekatan" | "rhk" | "perilaku" | "lampiran">;
const dok = (over: Partial<Bandingan> = {}): Bandingan => ({
  pendekatan: "KUANTITATIF",
  rhk: [rhk()],
  perilaku: perilakuDenganEkspektasi({ AKUNTABEL: "Tepat waktu" }),
  lampiran: { DUKUNGAN_SUMBER_DAYA: ["Anggaran"], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: ["Teguran"] },
  ...over,
});

const periksa = (over: Partial<SkpUntukDiperiksa> = {}): SkpUntukDiperiksa => ({
  bentuk: "NON_JPT",
  pendekatan: "KUANTITATIF",
  rhk: [{ id: "r-1", jenis: "UTAMA", rhkAtasanId: "ra-1", perspektif: null, iki: [{ id: "k-1", targetMin: 10, targetKualitatif: null }] }],
  ...over,
});

// ---------------------------------------------------------------- title and form

describe("judulSkp", () => {
  it("names the pendekatan and the form", () => {
    expect(judulSkp("KUANTITATIF", "NON_JPT")).toBe(
      "SASARAN KINERJA PEGAWAI (PENDEKATAN HASIL KERJA KUANTITATIF) BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
    );
    expect(judulSkp("KUALITATIF", "JPT")).toBe(
      "SASARAN KINERJA PEGAWAI (PENDEKATAN HASIL KERJA KUALITATIF) BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
    );
  });
  it("gives four distinct titles for the four combinations", () => {
    const all = (["KUANTITATIF", "KUALITATIF"] as const).flatMap((p) => (["JPT", "NON_JPT"] as const).map((b) => judulSkp(p, b)));
    expect(new Set(all).size).toBe(4);
    expect(judulSkp("KUALITATIF", "NON_JPT")).toContain("KUALITATIF");
    expect(judulSkp("KUALITATIF", "NON_JPT")).not.toContain("KUANTITATIF");
    expect(judulSkp("KUANTITATIF", "JPT")).toContain("PIMPINAN TINGGI");
  });
});

describe("bentukUntuk", () => {
  it("gives the JPT form to JPT holders only", () => {
    expect(bentukUntuk("JPT")).toBe("JPT");
    for (const j of ["ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"] as const) expect(bentukUntuk(j)).toBe("NON_JPT");
  });
});

// ---------------------------------------------------------------- targets

describe("formatNilai", () => {
  it("prints a value with its unit the Indonesian way, and a dash for none", () => {
    expect(formatNilai(1960, "rekaman")).toBe("1.960 rekaman");
    expect(formatNilai(84.66, "%")).toBe("84,66 %");
    expect(formatNilai(4321, null)).toBe("4.321");
    expect(formatNilai(null, "laporan")).toBe("—");
  });
});

describe("formatTarget", () => {
  it("prints a single number with its unit", () => {
    expect(formatTarget({ targetMin: 12, targetMax: null, satuan: "dokumen", targetKualitatif: null })).toBe("12 dokumen");
  });
  it("prints a range with an en dash", () => {
    expect(formatTarget({ targetMin: 90, targetMax: 100, satuan: "%", targetKualitatif: null })).toBe("90–100 %");
  });
  it("prints a range whose ends are equal as one number", () => {
    expect(formatTarget({ targetMin: 5, targetMax: 5, satuan: "laporan", targetKualitatif: null })).toBe("5 laporan");
  });
  it("prints decimals the Indonesian way, with at most two digits", () => {
    expect(formatTarget({ targetMin: 12.5, targetMax: null, satuan: "jam", targetKualitatif: null })).toBe("12,5 jam");
    expect(formatTarget({ targetMin: 1.25, targetMax: 2.75, satuan: "hari", targetKualitatif: null })).toBe("1,25–2,75 hari");
    expect(formatTarget({ targetMin: 0.333, targetMax: null, satuan: "x", targetKualitatif: null })).toBe("0,33 x");
  });
  it("groups thousands the Indonesian way, integers and decimals alike (budget targets are large)", () => {
    expect(formatTarget({ targetMin: 1500, targetMax: null, satuan: "dokumen", targetKualitatif: null })).toBe("1.500 dokumen");
    expect(formatTarget({ targetMin: 2_500_000, targetMax: null, satuan: "rupiah", targetKualitatif: null })).toBe("2.500.000 rupiah");
    expect(formatTarget({ targetMin: 1500, targetMax: 2500.5, satuan: "rupiah", targetKualitatif: null })).toBe("1.500–2.500,5 rupiah");
    expect(formatTarget({ targetMin: 999, targetMax: 1000, satuan: "x", targetKualitatif: null })).toBe("999–1.000 x");
  });
  it("prints zero as a number, not as missing", () => {
    expect(formatTarget({ targetMin: 0, targetMax: null, satuan: "temuan", targetKualitatif: null })).toBe("0 temuan");
  });
  it("prints a number without unit without a trailing space", () => {
    expect(formatTarget({ targetMin: 3, targetMax: null, satuan: null, targetKualitatif: null })).toBe("3");
  });
  it("prints the described criterion for kualitatif, or nothing", () => {
    expect(formatTarget({ targetMin: null, targetMax: null, satuan: null, targetKualitatif: "Sesuai standar layanan" })).toBe("Sesuai standar layanan");
    expect(formatTarget({ targetMin: null, targetMax: null, satuan: null, targetKualitatif: null })).toBe("");
  });
});

// ---------------------------------------------------------------- behaviour

describe("perilakuDenganEkspektasi", () => {
  it("lists the seven values in order with their three official indicators", () => {
    const p = perilakuDenganEkspektasi({});
    expect(p.map((x) => x.nilai)).toEqual([...NILAI_BERAKHLAK]);
    for (const x of p) {
      expect(x.label).toBe(BERAKHLAK_INDIKATOR[x.nilai].label);
      expect(x.indikator).toHaveLength(3);
      expect(x.ekspektasi).toBe("");
    }
    expect(p[0]!.label).toBe("Berorientasi Pelayanan");
  });
  it("fills in the given expectations and leaves the others empty", () => {
    const p = perilakuDenganEkspektasi({ KOLABORATIF: "Aktif dalam tim", AKUNTABEL: "Jujur" });
    expect(Object.fromEntries(p.map((x) => [x.nilai, x.ekspektasi]))).toEqual({
      BERORIENTASI_PELAYANAN: "",
      AKUNTABEL: "Jujur",
      KOMPETEN: "",
      HARMONIS: "",
      LOYAL: "",
      ADAPTIF: "",
      KOLABORATIF: "Aktif dalam tim",
    });
  });
});

// ---------------------------------------------------------------- submission rules

describe("syaratPengajuan", () => {
  it("accepts a complete non-JPT kuantitatif plan", () => {
    expect(syaratPengajuan(periksa())).toEqual([]);
  });

  it("requires at least one Utama RHK", () => {
    expect(syaratPengajuan(periksa({ rhk: [] }))).toEqual([{ kode: "TANPA_RHK_UTAMA" }]);
    const hanyaTambahan = periksa({ rhk: [{ id: "r-t", jenis: "TAMBAHAN", rhkAtasanId: null, perspektif: null, iki: [{ id: "k", targetMin: 1, targetKualitatif: null }] }] });
    expect(syaratPengajuan(hanyaTambahan)).toEqual([{ kode: "TANPA_RHK_UTAMA" }]);
  });

  it("requires an IKI on every RHK, Utama and Tambahan", () => {
    const s = periksa({
      rhk: [
        { id: "r-1", jenis: "UTAMA", rhkAtasanId: "ra", perspektif: null, iki: [] },
        { id: "r-2", jenis: "TAMBAHAN", rhkAtasanId: null, perspektif: null, iki: [] },
      ],
    });
    expect(syaratPengajuan(s)).toEqual([
      { kode: "RHK_TANPA_IKI", rhkId: "r-1" },
      { kode: "RHK_TANPA_IKI", rhkId: "r-2" },
    ]);
  });

  it("requires the cascade link on every Utama RHK of a non-JPT plan, not on Tambahan", () => {
    const s = periksa({
      rhk: [
        { id: "r-1", jenis: "UTAMA", rhkAtasanId: null, perspektif: null, iki: [{ id: "k-1", targetMin: 1, targetKualitatif: null }] },
        { id: "r-2", jenis: "UTAMA", rhkAtasanId: "ra", perspektif: null, iki: [{ id: "k-2", targetMin: 1, targetKualitatif: null }] },
        { id: "r-3", jenis: "TAMBAHAN", rhkAtasanId: null, perspektif: null, iki: [{ id: "k-3", targetMin: 1, targetKualitatif: null }] },
      ],
    });
    expect(syaratPengajuan(s)).toEqual([{ kode: "RHK_TANPA_INTERVENSI", rhkId: "r-1" }]);
  });

  it("asks a JPT plan for a perspektif on every RHK instead of a cascade link", () => {
    const s = periksa({
      bentuk: "JPT",
      rhk: [
        { id: "r-1", jenis: "UTAMA", rhkAtasanId: null, perspektif: "PENERIMA_LAYANAN", iki: [{ id: "k-1", targetMin: 1, targetKualitatif: null }] },
        { id: "r-2", jenis: "UTAMA", rhkAtasanId: null, perspektif: null, iki: [{ id: "k-2", targetMin: 1, targetKualitatif: null }] },
        { id: "r-3", jenis: "TAMBAHAN", rhkAtasanId: null, perspektif: null, iki: [{ id: "k-3", targetMin: 1, targetKualitatif: null }] },
      ],
    });
    expect(syaratPengajuan(s)).toEqual([
      { kode: "RHK_TANPA_PERSPEKTIF", rhkId: "r-2" },
      { kode: "RHK_TANPA_PERSPEKTIF", rhkId: "r-3" },
    ]);
  });

  it("does not ask a non-JPT plan for a perspektif", () => {
    expect(syaratPengajuan(periksa())).not.toContainEqual(expect.objectContaining({ kode: "RHK_TANPA_PERSPEKTIF" }));
  });

  it("requires a numeric target under kuantitatif (zero counts as a target)", () => {
    const s = periksa({
      rhk: [{
        id: "r-1", jenis: "UTAMA", rhkAtasanId: "ra", perspektif: null,
        iki: [
          { id: "k-1", targetMin: null, targetKualitatif: "ada teks, tetapi kuantitatif" },
          { id: "k-2", targetMin: 0, targetKualitatif: null },
        ],
      }],
    });
    expect(syaratPengajuan(s)).toEqual([{ kode: "IKI_TANPA_TARGET", ikiId: "k-1" }]);
  });

  it("requires a non-blank described target under kualitatif", () => {
    const s = periksa({
      pendekatan: "KUALITATIF",
      rhk: [{
        id: "r-1", jenis: "UTAMA", rhkAtasanId: "ra", perspektif: null,
        iki: [
          { id: "k-1", targetMin: 5, targetKualitatif: null },
          { id: "k-2", targetMin: null, targetKualitatif: "   " },
          { id: "k-3", targetMin: null, targetKualitatif: "Sesuai SOP" },
        ],
      }],
    });
    expect(syaratPengajuan(s)).toEqual([
      { kode: "IKI_TANPA_TARGET", ikiId: "k-1" },
      { kode: "IKI_TANPA_TARGET", ikiId: "k-2" },
    ]);
  });

  it("reports every problem at once, in document order", () => {
    const s: SkpUntukDiperiksa = {
      bentuk: "NON_JPT",
      pendekatan: "KUANTITATIF",
      rhk: [
        { id: "r-1", jenis: "TAMBAHAN", rhkAtasanId: null, perspektif: null, iki: [{ id: "k-1", targetMin: null, targetKualitatif: null }] },
        { id: "r-2", jenis: "TAMBAHAN", rhkAtasanId: null, perspektif: null, iki: [] },
      ],
    };
    expect(syaratPengajuan(s)).toEqual([
      { kode: "TANPA_RHK_UTAMA" },
      { kode: "IKI_TANPA_TARGET", ikiId: "k-1" },
      { kode: "RHK_TANPA_IKI", rhkId: "r-2" },
    ]);
  });

  it("accepts a complete JPT kualitatif plan without cascade links", () => {
    const s: SkpUntukDiperiksa = {
      bentuk: "JPT",
      pendekatan: "KUALITATIF",
      rhk: [{ id: "r-1", jenis: "UTAMA", rhkAtasanId: null, perspektif: "ANGGARAN", iki: [{ id: "k-1", targetMin: null, targetKualitatif: "Serapan sesuai rencana" }] }],
    };
    expect(syaratPengajuan(s)).toEqual([]);
  });
});

// ---------------------------------------------------------------- differences

describe("bandingkanSkp", () => {
  it("finds nothing between equal documents, or a document and its deep copy", () => {
    const a = dok();
    expect(bandingkanSkp(a, a)).toEqual([]);
    expect(bandingkanSkp(a, JSON.parse(JSON.stringify(a)) as Bandingan)).toEqual([]);
  });

  it("ignores the order of RHK and IKI (matched by id, not position)", () => {
    const a = dok({ rhk: [rhk({ id: "r-1" }), rhk({ id: "r-2", uraian: "Kedua", iki: [iki({ id: "k-2" }), iki({ id: "k-3", indikator: "Lain" })] })] });
    const b = dok({ rhk: [rhk({ id: "r-2", uraian: "Kedua", urutan: 1, iki: [iki({ id: "k-3", indikator: "Lain" }), iki({ id: "k-2" })] }), rhk({ id: "r-1", urutan: 2 })] });
    expect(bandingkanSkp(a, b)).toEqual([]);
  });

  it("reads an added RHK as added and a removed one as removed", () => {
    const a = dok({ rhk: [rhk({ id: "r-1", uraian: "Lama" })] });
    const b = dok({ rhk: [rhk({ id: "r-2", uraian: "Baru" })] });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "RHK_DITAMBAH", rhk: "Baru" },
      { jenis: "RHK_DIHAPUS", rhk: "Lama" },
    ]);
  });

  it("reads an RHK with the same id but new text as edited, not removed and added", () => {
    const a = dok({ rhk: [rhk({ uraian: "Tersusunnya laporan" })] });
    const b = dok({ rhk: [rhk({ uraian: "Tersusunnya laporan bulanan" })] });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "RHK_DIUBAH", rhk: "Tersusunnya laporan bulanan", kolom: "uraian", sebelum: "Tersusunnya laporan", sesudah: "Tersusunnya laporan bulanan" },
    ]);
  });

  it("reports jenis, perspektif and cascade-link changes of an RHK", () => {
    const a = dok({ rhk: [rhk({ jenis: "UTAMA", perspektif: null, rhkAtasanUraian: "Meningkatnya layanan" })] });
    const b = dok({ rhk: [rhk({ jenis: "TAMBAHAN", perspektif: "ANGGARAN", rhkAtasanId: null, rhkAtasanUraian: null })] });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "RHK_DIUBAH", rhk: "Tersusunnya laporan", kolom: "jenis", sebelum: "UTAMA", sesudah: "TAMBAHAN" },
      { jenis: "RHK_DIUBAH", rhk: "Tersusunnya laporan", kolom: "perspektif", sebelum: "", sesudah: "ANGGARAN" },
      { jenis: "RHK_DIUBAH", rhk: "Tersusunnya laporan", kolom: "rhkAtasan", sebelum: "Meningkatnya layanan", sesudah: "" },
    ]);
  });

  it("reports added, removed and edited IKI matched by id", () => {
    const a = dok({ rhk: [rhk({ iki: [iki({ id: "k-1", indikator: "Jumlah dokumen" }), iki({ id: "k-2", indikator: "Dihapus" })] })] });
    const b = dok({
      rhk: [rhk({ iki: [iki({ id: "k-1", indikator: "Jumlah dokumen final", aspek: "KUALITAS" }), iki({ id: "k-3", indikator: "Ditambah" })] })],
    });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "IKI_DIUBAH", rhk: "Tersusunnya laporan", iki: "Jumlah dokumen final", kolom: "indikator", sebelum: "Jumlah dokumen", sesudah: "Jumlah dokumen final" },
      { jenis: "IKI_DIUBAH", rhk: "Tersusunnya laporan", iki: "Jumlah dokumen final", kolom: "aspek", sebelum: "KUANTITAS", sesudah: "KUALITAS" },
      { jenis: "IKI_DITAMBAH", rhk: "Tersusunnya laporan", iki: "Ditambah" },
      { jenis: "IKI_DIHAPUS", rhk: "Tersusunnya laporan", iki: "Dihapus" },
    ]);
  });

  it("formats a changed target as printed", () => {
    const a = dok({ rhk: [rhk({ iki: [iki({ targetMin: 12, targetMax: null, satuan: "dokumen" })] })] });
    const b = dok({ rhk: [rhk({ iki: [iki({ targetMin: 12.5, targetMax: 15, satuan: "dokumen" })] })] });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "IKI_DIUBAH", rhk: "Tersusunnya laporan", iki: "Jumlah dokumen", kolom: "target", sebelum: "12 dokumen", sesudah: "12,5–15 dokumen" },
    ]);
    const satuan = dok({ rhk: [rhk({ iki: [iki({ satuan: "laporan" })] })] });
    expect(bandingkanSkp(a, satuan)).toEqual([
      expect.objectContaining({ jenis: "IKI_DIUBAH", kolom: "target", sebelum: "12 dokumen", sesudah: "12 laporan" }),
    ]);
  });

  it("does not report IKI of a removed or added RHK one by one", () => {
    const a = dok({ rhk: [rhk({ id: "r-1", uraian: "Lama", iki: [iki({ id: "k-1" }), iki({ id: "k-2" })] })] });
    const b = dok({ rhk: [rhk({ id: "r-2", uraian: "Baru", iki: [iki({ id: "k-3" })] })] });
    const out = bandingkanSkp(a, b);
    expect(out.map((p) => p.jenis)).toEqual(["RHK_DITAMBAH", "RHK_DIHAPUS"]);
  });

  it("reports changed ekspektasi per value", () => {
    const a = dok({ perilaku: perilakuDenganEkspektasi({ AKUNTABEL: "Tepat waktu" }) });
    const b = dok({ perilaku: perilakuDenganEkspektasi({ AKUNTABEL: "Tepat waktu dan jujur", ADAPTIF: "Terbuka pada perubahan" }) });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "EKSPEKTASI_DIUBAH", nilai: "AKUNTABEL", sebelum: "Tepat waktu", sesudah: "Tepat waktu dan jujur" },
      { jenis: "EKSPEKTASI_DIUBAH", nilai: "ADAPTIF", sebelum: "", sesudah: "Terbuka pada perubahan" },
    ]);
  });

  it("treats a value missing from an old copy as empty", () => {
    const a = dok({ perilaku: [] });
    const b = dok({ perilaku: perilakuDenganEkspektasi({ LOYAL: "Menjaga rahasia" }) });
    expect(bandingkanSkp(a, b)).toEqual([{ jenis: "EKSPEKTASI_DIUBAH", nilai: "LOYAL", sebelum: "", sesudah: "Menjaga rahasia" }]);
  });

  it("reports a changed lampiran section with its lines", () => {
    const a = dok();
    const b = dok({ lampiran: { DUKUNGAN_SUMBER_DAYA: ["Anggaran", "Laptop"], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: [] } });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "LAMPIRAN_DIUBAH", bagian: "DUKUNGAN_SUMBER_DAYA", sebelum: "Anggaran", sesudah: "Anggaran\nLaptop" },
      { jenis: "LAMPIRAN_DIUBAH", bagian: "KONSEKUENSI", sebelum: "Teguran", sesudah: "" },
    ]);
    // a section missing from an old copy reads as empty
    const tanpa = { ...dok(), lampiran: { DUKUNGAN_SUMBER_DAYA: ["Anggaran"], KONSEKUENSI: ["Teguran"] } } as unknown as Bandingan;
    expect(bandingkanSkp(tanpa, dok())).toEqual([]);
    expect(BAGIAN_LAMPIRAN).toHaveLength(3);
  });

  it("reports a changed pendekatan first", () => {
    const a = dok();
    const b = dok({
      pendekatan: "KUALITATIF",
      rhk: [rhk({ iki: [iki({ targetMin: null, targetMax: null, satuan: null, targetKualitatif: "Sesuai standar" })] })],
    });
    expect(bandingkanSkp(a, b)).toEqual([
      { jenis: "PENDEKATAN_DIUBAH", sebelum: "KUANTITATIF", sesudah: "KUALITATIF" },
      { jenis: "IKI_DIUBAH", rhk: "Tersusunnya laporan", iki: "Jumlah dokumen", kolom: "target", sebelum: "12 dokumen", sesudah: "Sesuai standar" },
    ]);
  });
});
