// A form's error message, shown where the form is and announced by assistive technology.

/** A form's error, announced to assistive technology; renders nothing without a message. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="form-error">
      {message}
    </p>
  );
}
