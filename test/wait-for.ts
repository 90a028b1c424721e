/** Reads until the value is what the test waits for, or the time is up (then returns the last value, for the assertion to explain). */
export async function waitFor<T>(read: () => Promise<T> | T, isDone: (value: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
