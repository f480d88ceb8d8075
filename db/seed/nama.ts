/**
 * Believable Indonesian personal names from across the archipelago, and NIP generation.
 * Used by the Helvetia roster and by the synthetic generator. Pure and deterministic (takes an Rng).
 */
import type { Rng } from "./util";

type Daerah = {
  nama: string;
  bobot: number;
  /** First names (may be two words, e.g. "I Wayan", "Andi Muhammad"). */
  depanL: readonly string[];
  depanP: readonly string[];
  /** Second names / family names; the same list for both sexes when `belakangP` is absent. */
  belakangL: readonly string[];
  belakangP?: readonly string[];
};

export const DAERAH: readonly Daerah[] = [
  {
    nama: "Jawa",
    bobot: 28,
    depanL: ["Budi", "Agus", "Bambang", "Joko", "Dwi", "Eko", "Hadi", "Wahyu", "Slamet", "Teguh", "Rudi", "Arif", "Yudi", "Heru", "Sigit", "Bayu", "Fajar", "Rizky", "Dimas", "Galih", "Anton", "Ahmad", "Muhammad", "Nur"],
    depanP: ["Sri", "Dewi", "Endang", "Tri", "Wulan", "Ani", "Rina", "Yuni", "Dian", "Retno", "Ayu", "Indah", "Siti", "Fitri", "Novi", "Ratna", "Eka", "Nurul", "Ika", "Diah"],
    belakangL: ["Santoso", "Wibowo", "Setiawan", "Prasetyo", "Susanto", "Hidayat", "Nugroho", "Kurniawan", "Saputra", "Purnomo", "Widodo", "Gunawan", "Hartono", "Suryadi", "Pratama", "Firmansyah", "Wicaksono", "Sulistyo"],
    belakangP: ["Wahyuni", "Rahayu", "Lestari", "Handayani", "Utami", "Wulandari", "Susilowati", "Setyaningsih", "Puspitasari", "Kusumawati", "Rahmawati", "Anggraini", "Pertiwi", "Maharani", "Safitri", "Permatasari"],
  },
  {
    nama: "Sunda",
    bobot: 12,
    depanL: ["Asep", "Dede", "Ujang", "Cecep", "Dadang", "Yayan", "Iwan", "Deden", "Encep", "Ilham", "Rudi"],
    depanP: ["Euis", "Neneng", "Imas", "Lilis", "Nining", "Yanti", "Cucu", "Tati", "Rini", "Siti", "Nia"],
    belakangL: ["Saepudin", "Sunarya", "Hermawan", "Ruhiyat", "Suryana", "Supriatna", "Hidayat", "Kusnadi", "Permana", "Ramdani", "Sopian"],
    belakangP: ["Komariah", "Rohaeni", "Nurhayati", "Kurniasih", "Mulyani", "Rosita", "Nurjanah", "Sumiati", "Hayati"],
  },
  {
    nama: "Batak",
    bobot: 10,
    depanL: ["Hotman", "Roni", "Parulian", "Benny", "Togar", "Martua", "Daniel", "Jhonson", "Ricardo", "Sahat", "Poltak", "Fernando"],
    depanP: ["Maria", "Rosmawati", "Lasmaria", "Debora", "Friska", "Rotua", "Melati", "Tiurma", "Yohana", "Sondang"],
    belakangL: ["Simanjuntak", "Situmorang", "Siregar", "Nasution", "Harahap", "Lubis", "Sitompul", "Pardede", "Hutapea", "Simatupang", "Sinaga", "Panjaitan", "Sihombing", "Manurung", "Tambunan", "Silalahi"],
  },
  {
    nama: "Minang",
    bobot: 6,
    depanL: ["Rahmat", "Fauzan", "Zulkifli", "Irwan", "Afrizal", "Yusrizal", "Hendri", "Syafrizal", "Doni", "Rizal"],
    depanP: ["Fitri", "Yulia", "Rahmi", "Nofrita", "Desi", "Mairita", "Elvi", "Yossi", "Rika"],
    belakangL: ["Hidayat", "Putra", "Syahputra", "Fikri", "Chaniago", "Tanjung", "Koto", "Piliang", "Sikumbang"],
    belakangP: ["Yanti", "Yeni", "Fitriani", "Wahyuni", "Sari", "Novita", "Chaniago", "Tanjung", "Koto"],
  },
  {
    nama: "Bugis-Makassar",
    bobot: 7,
    depanL: ["Andi Muhammad", "Muhammad Ikhsan", "Andi Arief", "Syamsul", "Ansar", "Hasanuddin", "Irfan", "Andi Fahri", "Ridwan", "Akbar"],
    depanP: ["Andi Nurhaliza", "Nurul", "Sitti", "Hasnawati", "Andi Tenri", "Rosmini", "Haslinda", "Nurlaela", "Hasmiah"],
    belakangL: ["Rahman", "Saleh", "Amir", "Mappiare", "Basri", "Hamzah", "Rasyid", "Syarif", "Mappanyukki", "Latief"],
    belakangP: ["Hasanah", "Nurfadilah", "Ramlah", "Sulfiani", "Hasriani", "Nurjannah", "Ayuningsih", "Kartini"],
  },
  {
    nama: "Minahasa",
    bobot: 5,
    depanL: ["Stevanus", "Jefry", "Ronald", "Frangky", "Hendrik", "Marthen", "Jerry", "Alfred", "Reinhard"],
    depanP: ["Grace", "Vivi", "Meiske", "Christine", "Olivia", "Novita", "Jeane", "Stella", "Marlyn"],
    belakangL: ["Rumengan", "Lumempouw", "Mandagi", "Wenas", "Sondakh", "Tumbelaka", "Pangemanan", "Kalangi", "Runtuwene", "Rondonuwu", "Lengkong"],
  },
  {
    nama: "Maluku",
    bobot: 4,
    depanL: ["Johanis", "Abraham", "Marcus", "Yusuf", "Semuel", "Frans", "Rizal"],
    depanP: ["Elisabeth", "Agustina", "Sarah", "Fatma", "Jacqueline", "Nona", "Saleha"],
    belakangL: ["Pattiasina", "Latuconsina", "Tuhumury", "Latumahina", "Sahetapy", "Wattimena", "Tuasikal", "Pelupessy", "Sopacua", "Lewerissa"],
  },
  {
    nama: "Papua",
    bobot: 3,
    depanL: ["Yosias", "Yohanis", "Markus", "Benyamin", "Otniel", "Demianus", "Elieser"],
    depanP: ["Ester", "Yuliana", "Ribka", "Naomi", "Selvia", "Martha", "Dorkas"],
    belakangL: ["Wanggai", "Rumbiak", "Mandacan", "Kambu", "Yoku", "Rumaropen", "Kafiar", "Wonda", "Ayomi", "Kogoya"],
  },
  {
    nama: "Bali",
    bobot: 5,
    depanL: ["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Kadek", "I Komang"],
    depanP: ["Ni Luh Putu", "Ni Made", "Ni Wayan", "Ni Nyoman", "Ni Ketut", "Ni Kadek", "Ni Komang"],
    belakangL: ["Sudarsana", "Suarjana", "Artawan", "Wirawan", "Mahendra", "Suartika", "Sudiarta", "Adnyana", "Darmawan", "Budiarta", "Wiguna"],
    belakangP: ["Ariani", "Sukmawati", "Suryani", "Widiasih", "Astuti", "Ratnadewi", "Sudarmi", "Purnamasari", "Yuliantari", "Juliantari"],
  },
  {
    nama: "Nusa Tenggara Timur",
    bobot: 4,
    depanL: ["Yohanes", "Fransiskus", "Petrus", "Agustinus", "Kornelis", "Yakobus", "Alfons", "Dominikus"],
    depanP: ["Maria Goreti", "Yuliana", "Theresia", "Katarina", "Veronika", "Agnes", "Marselina", "Fransiska"],
    belakangL: ["Bria", "Nahak", "Seran", "Tallo", "Manafe", "Ndun", "Fanggidae", "Lema", "Nggadas", "Tefa", "Kolo", "Leki"],
  },
  {
    nama: "Aceh",
    bobot: 4,
    depanL: ["Teuku Muhammad", "Teuku Rizal", "Muhammad Iqbal", "Zulfikar", "Munawar", "Khairul", "Mukhlis", "Azhari"],
    depanP: ["Cut Meutia", "Cut Intan", "Nurul Huda", "Safrina", "Cut Rahmah", "Zuraida", "Mutia"],
    belakangL: ["Rizki", "Saputra", "Mahdi", "Ramadhan", "Fadli", "Syahputra", "Iskandar", "Abdullah"],
    belakangP: ["Zahra", "Maulida", "Husna", "Rahmi", "Yusra", "Safitri", "Aini"],
  },
  {
    nama: "Tionghoa",
    bobot: 4,
    depanL: ["Hendra", "Budi", "Andreas", "Sugianto", "Wilson", "Kevin", "Felix", "Hendrik", "Yohanes"],
    depanP: ["Linda", "Lily", "Meliana", "Susanti", "Yenny", "Cindy", "Vivian", "Fenny", "Angela"],
    belakangL: ["Wijaya", "Gunawan", "Tanoto", "Halim", "Salim", "Santoso", "Kurniawan", "Hartono", "Setiadi", "Susanto", "Tanuwijaya", "Sutanto"],
  },
  {
    nama: "Banjar",
    bobot: 4,
    depanL: ["Muhammad Arsyad", "Rahmadi", "Syahrani", "Fahrurrazi", "Akhmad", "Gusti Rizky", "Noor"],
    depanP: ["Noor Aida", "Siti Norhayati", "Rusmiati", "Mahrita", "Halimah", "Gusti Ayu", "Norjanah"],
    belakangL: ["Hidayatullah", "Fauzi", "Rahman", "Syarifuddin", "Anshari", "Mahfuzh", "Ramadhani"],
    belakangP: ["Hayati", "Norlaila", "Aulia", "Mariana", "Rahmawati", "Fitriani", "Noviyanti"],
  },
];

const DAERAH_BOBOT = DAERAH.map((d) => [d, d.bobot] as const);

export type NamaOrang = { nama: string; depan: string; belakang: string; daerah: string };

/** A name for a person of sex L/P from a weighted random region. */
export function namaAcak(rng: Rng, jk: "L" | "P"): NamaOrang {
  const d = rng.weighted(DAERAH_BOBOT);
  const depan = rng.pick(jk === "L" ? d.depanL : d.depanP);
  const belakang = rng.pick(jk === "L" ? d.belakangL : (d.belakangP ?? d.belakangL));
  return { nama: `${depan} ${belakang}`, depan, belakang, daerah: d.nama };
}

const HONORIFIK = new Set(["i", "ni", "luh", "putu", "teuku", "cut", "andi", "gusti", "muhammad", "noor", "nur", "siti", "sitti"]);

/** Local part of an e-mail address, firstname.lastname: "I Wayan Sudarsana" → "wayan.sudarsana". */
export function emailLocal(nama: string): string {
  const words = nama
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .split(/\s+/)
    .filter(Boolean);
  const last = words[words.length - 1] ?? "pegawai";
  const firstCandidates = words.slice(0, -1);
  const first = firstCandidates.find((w) => !HONORIFIK.has(w)) ?? firstCandidates[firstCandidates.length - 1] ?? "asn";
  return `${first}.${last}`;
}

// ---------------------------------------------------------------- NIP

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** The NIP reserved for "unknown identity" tests; never given to a pegawai. */
export const NIP_CADANGAN = "199001012015011999";

export type NipInput = {
  lahir: { y: number; m: number; d: number };
  /** TMT CPNS (PNS/CPNS) or year of the work agreement (PPPK, then `bulan` is the agreement code, e.g. 21). */
  tmt: { y: number; m: number };
  jk: "L" | "P";
  urut: number;
};

export function susunNip(x: NipInput): string {
  return `${pad(x.lahir.y, 4)}${pad(x.lahir.m, 2)}${pad(x.lahir.d, 2)}${pad(x.tmt.y, 4)}${pad(x.tmt.m, 2)}${x.jk === "L" ? "1" : "2"}${pad(x.urut, 3)}`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function tanggalAcak(rng: Rng, tahun: number): { y: number; m: number; d: number } {
  const m = rng.int(1, 12);
  const leap = (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
  const max = m === 2 && leap ? 29 : DAYS[m - 1]!;
  return { y: tahun, m, d: rng.int(1, max) };
}

/** Common TMT CPNS months (big recruitment waves start in January, March, April, December...). */
export const BULAN_TMT = [1, 1, 1, 2, 3, 3, 4, 4, 6, 10, 12, 12] as const;
