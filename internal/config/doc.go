// Package config reads .plumb.yaml, the file that holds every scan flag's default for a
// repository plus what only a file can say well: rule parameters, disabled rules, severity
// changes and suppressions with their reasons. The file is found from the scanned path
// upward; unknown keys are errors naming the file and line, so a typo never silently turns
// a setting off. It imports only finding.
package config
