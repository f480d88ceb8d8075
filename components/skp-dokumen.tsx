/**
 * The SKP in the official layout (PermenPANRB 6/2022) as a print-friendly page: same sections,
 * order and Indonesian wording as the PDF (lib/documents/skp-pdf.tsx), from the same SkpDokumen
 * and the same text helpers. A server component without client JS. On a phone only the wide
 * tables scroll sideways, inside their own box; on paper everything is black on white.
 */
import { BagianTabel, SEL, SelPerilaku, SelRhk, TabelHasilKerja, TabelIdentitas, TtdPegawaiPpk } from "@/components/dokumen-cetak";
import { TANDA_KONSEP, ikiUrut, periodeBerlaku, tempatTanggal } from "@/lib/documents/skp-teks";
import { LABEL_ASPEK_IKI } from "@/lib/domain/constants";
import { BAGIAN_LAMPIRAN, LABEL_BAGIAN_LAMPIRAN, formatTarget, judulSkp, type RhkDokumen, type SkpDokumen } from "@/lib/domain/skp";
import { cn } from "@/lib/utils";

function BarisRhk({ doc, rhk, nomor }: { doc: SkpDokumen; rhk: RhkDokumen; nomor: number }) {
  const iki = ikiUrut(rhk);
  const baris = iki.length > 0 ? iki : [null];
  const rowSpan = baris.length > 1 ? baris.length : undefined;
  return (
    <>
      {baris.map((k, j) => (
        <tr key={k?.id ?? "tanpa-iki"} data-testid={j === 0 ? `rhk-${rhk.id}` : undefined} className="break-inside-avoid">
          {j === 0 ? <SelRhk rhk={rhk} nomor={nomor} jpt={doc.bentuk === "JPT"} rowSpan={rowSpan} /> : null}
          <td className={SEL}>{k ? LABEL_ASPEK_IKI[k.aspek] : "—"}</td>
          <td className={SEL}>{k ? k.indikator : "—"}</td>
          <td className={SEL}>{(k && formatTarget(k)) || "—"}</td>
        </tr>
      ))}
    </>
  );
}

function HasilKerja({ doc, id }: { doc: SkpDokumen; id: string }) {
  const jpt = doc.bentuk === "JPT";
  const kolom = [
    { judul: "NO", kelas: "w-10" },
    ...(jpt ? [{ judul: "PERSPEKTIF", kelas: "w-[11%]" }] : []),
    { judul: "RHK ATASAN YANG DIINTERVENSI", kelas: jpt ? "w-[16%]" : "w-[20%]" },
    { judul: "RENCANA HASIL KERJA", kelas: jpt ? "w-[19%]" : "w-[23%]" },
    { judul: "ASPEK", kelas: "w-[9%]" },
    { judul: "INDIKATOR KINERJA INDIVIDU", kelas: "" },
    { judul: "TARGET", kelas: doc.pendekatan === "KUALITATIF" ? "w-[17%]" : "w-[12%]" },
  ];
  return (
    <TabelHasilKerja
      id={id}
      kolom={kolom}
      lebarMin={jpt ? "min-w-[56rem]" : "min-w-[48rem]"}
      rhk={doc.rhk}
      barisRhk={(r, nomor) => <BarisRhk doc={doc} rhk={r} nomor={nomor} />}
    />
  );
}

function PerilakuKerja({ doc, id }: { doc: SkpDokumen; id: string }) {
  return (
    <BagianTabel id={id} judul="PERILAKU KERJA" label="Perilaku kerja" kelasTabel="w-full min-w-[18rem] border-collapse print:min-w-0">
      <tbody>
        {doc.perilaku.map((p, i) => (
          <tr key={p.nilai} className="break-inside-avoid">
            <td className={cn(SEL, "w-10 text-center")}>{i + 1}</td>
            <SelPerilaku label={p.label} indikator={p.indikator} kelas="sm:w-[55%]" />
            <td className={SEL}>
              <span className="block font-bold">Ekspektasi Khusus Pimpinan:</span>
              <span className="whitespace-pre-line">{p.ekspektasi.trim() || "—"}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </BagianTabel>
  );
}

function Lampiran({ doc, id }: { doc: SkpDokumen; id: string }) {
  return (
    <section aria-labelledby={id} className="mt-8 print:mt-6">
      <h2 id={id} className="mb-2 text-center text-sm font-bold uppercase break-after-avoid">
        LAMPIRAN SASARAN KINERJA PEGAWAI
      </h2>
      <ol className="list-decimal space-y-2 pl-5 marker:font-bold">
        {BAGIAN_LAMPIRAN.map((bagian) => {
          const baris = (doc.lampiran[bagian] ?? []).filter((b) => b.trim() !== "");
          return (
            <li key={bagian} className="break-inside-avoid">
              <h3 className="font-bold">{LABEL_BAGIAN_LAMPIRAN[bagian]}</h3>
              {baris.length === 0 ? (
                <p>—</p>
              ) : (
                <ol className="list-decimal pl-5 break-words marker:font-normal">
                  {baris.map((b, j) => (
                    <li key={j}>{b}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function SkpDokumenView({ doc }: { doc: SkpDokumen }) {
  const id = (bagian: string) => `skp-${doc.id}-${bagian}`;
  return (
    <article
      data-testid="skp-dokumen"
      lang="id"
      aria-labelledby={id("judul")}
      className={cn(
        "mx-auto w-full max-w-5xl min-w-0 bg-white p-4 text-sm leading-snug text-black shadow-sm ring-1 ring-black/10 sm:p-8",
        "print:max-w-none print:p-0 print:text-[10pt] print:shadow-none print:ring-0",
      )}
    >
      <header className="text-center">
        <h1 id={id("judul")} className="mx-auto max-w-3xl text-sm font-bold uppercase sm:text-base print:text-[11pt]">
          {judulSkp(doc.pendekatan, doc.bentuk)}
        </h1>
        <p className="mt-1">PERIODE: {periodeBerlaku(doc)}</p>
        {doc.versi > 1 ? <p>Versi {doc.versi}</p> : null}
        {doc.status !== "DISETUJUI" ? (
          <p role="note" className="mt-2 inline-block border-2 border-black px-3 py-0.5 font-bold tracking-wide">
            {TANDA_KONSEP}
          </p>
        ) : null}
      </header>

      <div className="mt-6">
        <TabelIdentitas pegawai={doc.pegawai} ppk={doc.ppk} />
      </div>

      <HasilKerja doc={doc} id={id("hasil-kerja")} />
      <PerilakuKerja doc={doc} id={id("perilaku-kerja")} />
      <Lampiran doc={doc} id={id("lampiran")} />

      <section aria-label="Tanda tangan" className="mt-10 grid grid-cols-2 gap-4 break-inside-avoid print:mt-8">
        <TtdPegawaiPpk pegawai={doc.pegawai} ppk={doc.ppk} tempatTanggal={tempatTanggal(doc)} />
      </section>
    </article>
  );
}
