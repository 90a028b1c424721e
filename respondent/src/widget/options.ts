import type { Moment } from '../loader/memory.js';
import type { Identity } from '../loader/rules.js';

/** What the loader hands the widget when a survey's trigger fires. */
export interface MountOptions {
  /** Where Kuulo is: the folder widget.js came from, ending in "/". */
  base: string;
  survey: { surveyId: string; slug: string };
  identity: Identity | null;
  /** The page the survey was answered on, as sent with the response. */
  pageUrl: string;
  /** Told when the survey appeared, was answered, or was closed before it was answered. */
  onMoment: (moment: Moment) => void;
  /** The widget is gone (closed, or it had nothing to show). */
  onClose: () => void;
}
