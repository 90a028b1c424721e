import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';

/** A calm full-page message: not found, closed, not open yet, could not load. */
export function MessageScreen({ title, text, language, children }: { title: string; text: string; language: string; children?: ComponentChildren }) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
  return (
    <main class="k-page">
      <div class="k-survey">
        <section class="k-card k-message">
          <h1 class="k-title">{title}</h1>
          <p class="k-welcome">{text}</p>
          {children}
        </section>
      </div>
    </main>
  );
}
