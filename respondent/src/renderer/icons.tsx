/** Small inline icons: decorative, hidden from assistive technology, drawn in currentColor. */

const star = 'M12 2.8l2.8 5.8 6.3.8-4.6 4.4 1.2 6.3L12 17l-5.7 3.1 1.2-6.3L2.9 9.4l6.3-.8z';

export function StarIcon({ isFilled }: { isFilled: boolean }) {
  return (
    <svg class="k-icon k-star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={star} fill={isFilled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}

/** A face from frowning (mood -1) to beaming (mood 1). */
export function SmileyIcon({ mood }: { mood: number }) {
  // A quadratic curve bends half as far as its control point: 7 gives a clear smile or frown.
  const y = 15 + (mood < 0 ? 1.5 : 0);
  const curve = (y + 7 * mood).toFixed(2);
  return (
    <svg class="k-icon k-smiley" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.6" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="8.8" cy="9.6" r="1.25" fill="currentColor" />
      <circle cx="15.2" cy="9.6" r="1.25" fill="currentColor" />
      <path d={`M7.8 ${y}Q12 ${curve} 16.2 ${y}`} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

export function ArrowIcon({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg class="k-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={direction === 'up' ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg class="k-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
