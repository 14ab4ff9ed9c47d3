// Package rows holds the forms in which the backends store what is not a resource: a
// finding as columns plus its rule by id, a scan's rules, skipped checks and diagnostics,
// a drift entry's changes. Both backends use it, so a value stored by one reads back the same
// from the other. Every form round-trips exactly; the tests set every field of each type, so
// a field added to finding or resource and not stored here fails them.
//
// It imports store (for the value and path codec), finding and resource.
package rows
