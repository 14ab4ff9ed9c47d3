// Package storetest is the one test suite every store backend passes. A backend's test
// calls Run with a function that makes a DSN for a new, empty store; the suite opens it with
// store.Open, so the backend must be linked in (imported) by the test.
//
// It imports store, resource and finding, and testing; nothing imports it but tests.
package storetest
