import { v7 } from 'uuid';

/** A new time-ordered id (UUIDv7), generated in the app so the SQL stays portable across PostgreSQL versions. */
export const newId = (): string => v7();
