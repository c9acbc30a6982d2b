/** A control's error under it; the control names `id` in its aria-describedby. Nothing when all is well. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  return message ? (
    <p id={id} className="mt-1 text-xs text-rose-700">
      {message}
    </p>
  ) : null;
}
