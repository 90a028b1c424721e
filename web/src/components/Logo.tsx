/** The Kuulo mark: a "K" in a rounded square (same drawing as the favicon). */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="logo-bg" />
      <path d="M11 9v14M11 16l8-7M13.5 14l6.5 9" className="logo-mark" />
    </svg>
  );
}
