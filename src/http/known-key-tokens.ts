import { createHash } from 'node:crypto';

/** Bearer tokens already authenticated, by their hash: bounded, oldest forgotten first. */
export class KnownKeyTokens {
  private readonly keys = new Map<string, number>();
  constructor(private readonly capacity = 10_000) {}

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  remember(token: string, keyId: number): void {
    const hash = KnownKeyTokens.hash(token);
    this.keys.delete(hash);
    this.keys.set(hash, keyId);
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.keys().next().value!);
  }

  keyOf(token: string): number | undefined {
    return this.keys.get(KnownKeyTokens.hash(token));
  }
}
