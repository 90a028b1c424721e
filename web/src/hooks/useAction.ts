import { useState } from 'react';

export interface Action<A extends unknown[]> {
  /** Runs the action; resolves to false when it failed (the error is kept). */
  run: (...args: A) => Promise<boolean>;
  isBusy: boolean;
  error: unknown;
}

/** A request a button or form starts: whether it is running, and how it failed. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>): Action<A> {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (...args: A) => {
    setIsBusy(true);
    setError(null);
    try {
      await action(...args);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setIsBusy(false);
    }
  };
  return { run, isBusy, error };
}
