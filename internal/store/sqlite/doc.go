// Package sqlite is the store in one SQLite file (modernc.org/sqlite, pure Go): Plumb's
// default, with nothing to set up.
//
// The file is in WAL mode with foreign keys on and synchronous=FULL, so a committed write
// survives a power cut and a process killed mid-write leaves only its uncommitted frames in
// the WAL, which the next open ignores. Writes go through one connection and take the write
// lock when they begin (BEGIN IMMEDIATE), so writers queue instead of failing on a lock
// upgrade; other processes wait up to BusyTimeout for it. Reads use a pool of read-only
// connections and see the last committed state.
//
// It imports store and store's internal rows and migration packages.
package sqlite
