// Package migration reads a backend's embedded schema migrations: files named
// NNNN_what.sql, numbered from 0001 without gaps, each applied once and in order. A
// migration, once released, is never edited: a change to the schema is a new file.
package migration
