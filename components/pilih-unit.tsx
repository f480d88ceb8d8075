import { NativeSelect } from "@/components/ui/input";

/** A unit picker for a GET filter form: the units of a subtree, indented by their depth below the first. */
export function PilihUnit(props: { id: string; label: string; units: ReadonlyArray<{ id: string; nama: string; level: number }>; nilai: string }) {
  const { id, label, units, nilai } = props;
  const dasar = units[0]?.level ?? 0;
  return (
    <>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <NativeSelect id={id} name="unit" defaultValue={nilai}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {`${"\u00a0\u00a0".repeat(Math.max(0, u.level - dasar))}${u.nama}`}
          </option>
        ))}
      </NativeSelect>
    </>
  );
}
