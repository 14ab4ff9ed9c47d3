// Package pgtest starts a real PostgreSQL server for tests, from the machine's own
// binaries (Debian's postgresql package puts them in /usr/lib/postgresql/N/bin): initdb into
// a temporary directory, then pg_ctl start on a free loopback port with fsync off. Nothing
// is mocked, and nothing outside the temporary directory is touched.
//
// PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
// postgres system user (created if missing) through runuser.
//
// A test package starts one Server in TestMain and gives each test its own database.
package pgtest
