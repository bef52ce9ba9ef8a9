// The <option>s of a select over one of the domain's enumerations, from its label table.

interface Props {
  labels: Readonly<Record<string, string>>;
}

export function EnumOptions({ labels }: Props) {
  return (
    <>
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
