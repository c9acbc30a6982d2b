import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { Field, inputClass } from './field';

/** What `Field` needs, and what the control reports: its text, not the event. */
interface Wiring {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  onValueChange: (value: string) => void;
}
type Wired = 'id' | 'onChange' | 'aria-describedby' | 'aria-invalid';

function wired<P extends object>(
  { id, label, hint, error, className = inputClass, onValueChange, ...control }: Wiring & P,
  render: (props: Omit<P, keyof Wiring> & WiredProps) => ReactNode,
) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(wiring) =>
        render({
          ...(control as Omit<P, keyof Wiring>),
          id: wiring.id,
          'aria-describedby': wiring.describedBy,
          'aria-invalid': wiring.invalid,
          className,
          onChange: (event) => onValueChange(event.target.value),
        })
      }
    </Field>
  );
}

interface WiredProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  className: string;
  onChange: (event: { target: { value: string } }) => void;
}

/** A `Field` holding one text input, already wired to its hint and error. */
export function TextField(props: Wiring & Omit<InputHTMLAttributes<HTMLInputElement>, Wired>) {
  return wired(props, (input) => <input {...input} />);
}

/** A `Field` holding one select, wired like `TextField`; `children` are its options. */
export function SelectField(props: Wiring & Omit<SelectHTMLAttributes<HTMLSelectElement>, Wired>) {
  return wired(props, (select) => <select {...select} />);
}
