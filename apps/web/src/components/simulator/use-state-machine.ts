'use client';

import { type RefObject, useCallback, useRef, useState } from 'react';

interface Step<S, O> {
  state: S;
  log: readonly string[];
  opening: O | null;
}

/**
 * Runs a desk's pure state machine: renders its state, writes its log lines, and hands back what the
 * step opens. The ref gives event handlers the current state between renders. `addLog` must be stable.
 */
export function useStateMachine<S, E, O>(
  transition: (state: S, event: E) => Step<S, O>,
  initial: S,
  addLog: (text: string) => void,
): [S, RefObject<S>, (event: E) => O | null] {
  const [state, setState] = useState(initial);
  const stateRef = useRef(initial);
  const apply = useCallback(
    (event: E) => {
      const step = transition(stateRef.current, event);
      stateRef.current = step.state;
      setState(step.state);
      for (const text of step.log) addLog(text);
      return step.opening;
    },
    [transition, addLog],
  );
  return [state, stateRef, apply];
}
