// Package postgres is the store in a PostgreSQL database (pgx, pgxpool): for a team, or
// for several Plumb servers that share one database.
//
// Every write is one transaction; snapshots are streamed in with COPY. When several
// processes open one database at once, an advisory lock lets one of them migrate the schema
// while the others wait; CreateBaseline and SetEnforcement take an advisory lock on the
// scope, so that "the active baseline" and "the setting before" are exact across servers.
// A process killed mid-write leaves nothing: the server rolls back the transaction of a
// connection that drops.
//
// It imports store and store's internal rows and migration packages.
package postgres
