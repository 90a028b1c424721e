import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { z } from 'zod';

/**
 * Optional bot protection: before a survey takes a new response, the browser proves it spent a
 * moment of work (ALTCHA, SHA-256; about a tenth of a second on a laptop, under a second on a
 * phone). Cheap for a person, costly for a script sending thousands. A solved challenge is
 * accepted once, within ten minutes.
 */
export const ProofOfWork = z.object({ challenge: z.record(z.string(), z.unknown()), solution: z.record(z.string(), z.unknown()) }).strict();
export type ProofOfWork = z.infer<typeof ProofOfWork>;

const validForMs = 10 * 60_000;

export function createProofOfWork(key: Buffer) {
  const signatureSecret = key.toString('base64url');
  const keySecret = `${signatureSecret}:derived`;
  const spent = new Map<string, number>();

  return {
    async challenge(): Promise<Challenge> {
      return createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        counter: randomInt(5_000, 20_000),
        deriveKey,
        hmacSignatureSecret: signatureSecret,
        hmacKeySignatureSecret: keySecret,
        expiresAt: new Date(Date.now() + validForMs),
      });
    },

    /** True when the solution is right, unexpired and not used before. */
    async verify(proof: ProofOfWork): Promise<boolean> {
      const challenge = proof.challenge as unknown as Challenge;
      const result = await verifySolution({ challenge, solution: proof.solution as unknown as Solution, deriveKey, hmacSignatureSecret: signatureSecret, hmacKeySignatureSecret: keySecret }).catch(() => null);
      if (!result?.verified || !challenge.signature) return false;
      const now = Date.now();
      for (const [signature, at] of spent) if (now - at > validForMs) spent.delete(signature);
      if (spent.has(challenge.signature)) return false;
      spent.set(challenge.signature, now);
      return true;
    },
  };
}
export type ProofOfWorkCheck = ReturnType<typeof createProofOfWork>;
