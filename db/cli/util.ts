/** drizzle wraps driver errors ("Failed query: <the whole SQL and params>"); show the cause, briefly. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const head = error.message.length > 300 ? `${error.message.slice(0, 300)}…` : error.message;
  if (!(cause instanceof Error)) return head;
  const detail = (cause as { detail?: unknown }).detail;
  return `${head}\nCause: ${cause.message}${detail ? ` (${String(detail)})` : ""}`;
}

export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
