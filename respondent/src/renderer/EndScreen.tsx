import { useEffect } from 'preact/hooks';
import { CheckIcon } from './icons.js';
import type { UiStrings } from './strings.js';

interface EndScreenProps {
  title: string;
  message: string;
  redirectUrl: string | undefined;
  ui: UiStrings;
}

const redirectDelayMs = 4000;

/** The thank-you screen. When the survey sends people on, it says so with a link and follows it after a moment. */
export function EndScreen({ title, message, redirectUrl, ui }: EndScreenProps) {
  useEffect(() => {
    if (!redirectUrl) return;
    const timer = setTimeout(() => location.assign(redirectUrl), redirectDelayMs);
    return () => clearTimeout(timer);
  }, [redirectUrl]);
  return (
    <section class="k-card k-end">
      <div class="k-end-mark">
        <CheckIcon />
      </div>
      <h1 class="k-end-title" tabIndex={-1}>
        {title || ui.thankYou}
      </h1>
      {message && <p class="k-end-message">{message}</p>}
      {redirectUrl && (
        <a class="k-button k-button--primary" href={redirectUrl}>
          {ui.continue}
        </a>
      )}
    </section>
  );
}
