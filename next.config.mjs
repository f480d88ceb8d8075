import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "nodemailer"],
  poweredByHeader: false,
  // a second development server (another KINERJA_TODAY, say) needs its own output folder
  ...(process.env.KINERJA_DIST_DIR ? { distDir: process.env.KINERJA_DIST_DIR } : {}),
  // evidence files travel through server actions; the service enforces its own 10 MiB limit by content
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};

export default withNextIntl(nextConfig);
