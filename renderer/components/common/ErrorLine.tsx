// A refusal of the services under a panel's action, announced as an alert; nothing when there is none.
export function ErrorLine({ error }: { error: string | null }) {
  return error ? (
    <p className="field-error" role="alert">
      {error}
    </p>
  ) : null;
}
