import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from './empty-state';

/** A list left empty by its filters: say so, and offer to clear them. */
export function NoMatch({
  title,
  body,
  clearLabel,
  onClear,
}: {
  title: ReactNode;
  body: ReactNode;
  clearLabel: ReactNode;
  onClear: () => void;
}) {
  return (
    <EmptyState
      title={title}
      body={body}
      action={
        <button type="button" className={buttonClass('secondary')} onClick={onClear}>
          {clearLabel}
        </button>
      }
    />
  );
}
