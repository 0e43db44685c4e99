import type { Collection, Db } from 'mongodb';
import { isStaleVersionError } from '../mongo/compare-and-set';
import { isDuplicateKeyError } from '../mongo/errors';

/**
 * Which physical collections a read model's readers and writers use. Readers read `active`;
 * writers also keep `building` (a rebuild's shadow) and `retiring` (the generation readers
 * left a moment ago) up to date, so a rebuild never empties a list and nothing is missed.
 */
export interface GenerationState {
  active: number;
  building: number | null;
  retiring: number | null;
}

interface GenerationDocument extends GenerationState {
  _id: string;
  /** Raised by every change: the compare-and-set version (ADR 0008). */
  _v: number;
  changedAt: Date;
}

export const GENERATIONS_COLLECTION = 'projection_generations';

/**
 * How often every process re-reads the generation pointer. All processes of a deployment must
 * use the same value: a rebuild waits a few multiples of it so that every writer has seen each
 * change before it takes the next step.
 */
export const DEFAULT_GENERATION_REFRESH_MS = 500;

const INITIAL: GenerationState = { active: 0, building: null, retiring: null };

/** Generation 0 keeps the plain name, so existing data stays where it was. */
export const generationCollectionName = (logical: string, generation: number): string =>
  generation === 0 ? logical : `${logical}__g${generation}`;

export class GenerationConflictError extends Error {}

/** The generation pointer of one read model (`projection_generations/<name>`), cached. */
export class ProjectionGenerations {
  private state: GenerationDocument | null = null;
  private loadedAt = 0;
  private loading: Promise<GenerationDocument | null> | null = null;

  constructor(
    private readonly db: Db,
    readonly name: string,
    readonly refreshMs: number = DEFAULT_GENERATION_REFRESH_MS,
  ) {}

  private get pointers(): Collection<GenerationDocument> {
    return this.db.collection<GenerationDocument>(GENERATIONS_COLLECTION);
  }

  /** The state, re-read if the cached one is older than `refreshMs`. */
  async current(): Promise<GenerationState & { _v: number }> {
    if (this.state === null || Date.now() - this.loadedAt >= this.refreshMs) await this.reload();
    return this.state ?? { ...INITIAL, _v: 0 };
  }

  /** The cached state without waiting (for synchronous readers); a stale one is re-read in the background. */
  peek(): GenerationState {
    if (Date.now() - this.loadedAt >= this.refreshMs && !this.loading) void this.reload().catch(() => undefined);
    return this.state ?? INITIAL;
  }

  async reload(): Promise<GenerationState & { _v: number }> {
    this.loading ??= this.pointers
      .findOne({ _id: this.name })
      .then((doc) => {
        this.state = doc ?? { _id: this.name, ...INITIAL, _v: 0, changedAt: new Date(0) };
        this.loadedAt = Date.now();
        return this.state;
      })
      .finally(() => {
        this.loading = null;
      });
    return (await this.loading)!;
  }

  /** Compare-and-set from `from` (as read) to `to`; GenerationConflictError if someone else moved it. */
  async transition(from: GenerationState & { _v: number }, to: GenerationState): Promise<GenerationState & { _v: number }> {
    const next: GenerationDocument = { _id: this.name, ...to, _v: from._v + 1, changedAt: new Date() };
    const conflict = () =>
      new GenerationConflictError(`read model ${this.name}: its generations were changed concurrently (another rebuild?)`);
    try {
      if (from._v === 0) await this.pointers.insertOne(next);
      else if ((await this.pointers.replaceOne({ _id: this.name, _v: from._v }, next)).matchedCount !== 1) throw conflict();
    } catch (error) {
      if (isDuplicateKeyError(error) || isStaleVersionError(error)) throw conflict();
      throw error;
    }
    this.state = next;
    this.loadedAt = Date.now();
    return next;
  }
}

/** The generations writers keep up to date: active first, then a shadow or a retiring one. */
export const writeGenerations = (state: GenerationState): number[] =>
  [state.active, state.building, state.retiring].filter((g, i, all): g is number => g !== null && all.indexOf(g) === i);
