/** The sentences of a refused action, in an assertive live region that is always there. */
export function DaftarGalat({ galat, testId }: { galat: readonly string[]; testId: string }) {
  return (
    <div role="alert" aria-live="assertive" data-testid={testId}>
      {galat.length ? (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {galat.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
