/** Seeded randomness for the demo data: the same seed gives the same demo on every machine. */

export type Rng = () => number;

const DAY = 86_400_000;
const PSEUDONYM_ALPHABET = [...'23456789ABCDEFGHJKLMNPQRSTUVWXYZ'];

/** mulberry32: small, fast and good enough for demo data. */
export function random(seed: number): Rng {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(next: Rng, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
export const between = (next: Rng, min: number, max: number) => Math.round(min + next() * (max - min));
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A pseudonym in the register's format ("WB-7K3Q9P"). */
export function demoPseudonym(next: Rng): string {
  return `WB-${Array.from({ length: 6 }, () => pick(next, PSEUDONYM_ALPHABET)).join('')}`;
}
