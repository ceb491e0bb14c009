// A form's error sentence, announced to screen readers; nothing when there is none.
export function FormError({ message, id, field }: { message?: string; id?: string; field?: boolean }) {
  if (!message) return null;
  return (
    <p class={field ? 'field-error' : 'form-error'} id={id} role="alert">
      {message}
    </p>
  );
}
