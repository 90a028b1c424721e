/**
 * English words whose polarity customer feedback makes plain but a general lexicon (AFINN-165,
 * which Kuulo also reads) leaves out or weighs otherwise: speed, price, waiting, things that break.
 * Written for Kuulo; −3 (very negative) … 3 (very positive).
 */
export const feedbackLexiconEn: Record<string, number> = {
  slow: -2, fast: 2, quick: 2, quickly: 2, speedy: 2, prompt: 2, late: -2, delay: -2, delayed: -2, overdue: -2,
  wait: -1, waiting: -1, queue: -1, forever: -1, expensive: -2, overpriced: -3, pricey: -2, cheap: 1, affordable: 2,
  rude: -3, unfriendly: -2, unhelpful: -2, helpful: 2, friendly: 2, polite: 2, courteous: 2, knowledgeable: 2,
  professional: 2, unprofessional: -3, broken: -2, damaged: -3, faulty: -3, defective: -3, crash: -2, crashes: -2,
  crashed: -2, bug: -2, buggy: -2, glitch: -2, laggy: -2, freezes: -2, outage: -2, error: -1, errors: -1,
  refund: -1, complaint: -2, missing: -2, lost: -2, wrong: -2, incorrect: -2, confusing: -2, complicated: -2,
  cumbersome: -2, clunky: -2, easy: 2, simple: 1, intuitive: 2, smooth: 2, seamless: 2, reliable: 2, unreliable: -2,
  worst: -3, terrible: -3, awful: -3, horrible: -3, useless: -3, poor: -2, mediocre: -1, disappointing: -2,
  disappointed: -2, frustrating: -2, frustrated: -2, annoying: -2, ignored: -2, unanswered: -2, scam: -3,
  overcharged: -3, hidden: -1, excellent: 3, great: 3, amazing: 3, awesome: 3, fantastic: 3, perfect: 3,
  wonderful: 3, superb: 3, love: 3, loved: 3, recommend: 2, recommended: 2, satisfied: 2, happy: 2, pleased: 2,
  good: 2, nice: 2, fine: 1, okay: 0, ok: 0, thanks: 2, thank: 2, appreciate: 2, impressed: 3, exceeded: 2,
  convenient: 2, inconvenient: -2, fresh: 1, stale: -2, cold: -1, dirty: -2, clean: 1, tidy: 1, noisy: -1,
  crowded: -1, spacious: 1, accurate: 1, inaccurate: -2, outdated: -1, improved: 1, worse: -2, better: 1,
};
