// Package redact masks secrets in text that Plumb prints: code snippets read from scanned
// files and finding messages. Plumb never echoes a secret it found: a credential-looking
// token (an AWS access key id, a private key block, a GitHub or Slack token, a JWT) and the
// value of any assignment whose name says it holds a secret (password, token, api_key, …)
// are replaced with "****". It imports nothing of Plumb's.
package redact

import (
	"regexp"
	"strings"
)

// Mask is what a secret is replaced with.
const Mask = "****"

var tokens = regexp.MustCompile(`` +
	`\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b` + // AWS key ids
	`|-----BEGIN [A-Z ]*PRIVATE KEY-----` +
	`|\bgh[pousr]_[A-Za-z0-9]{30,}\b` + // GitHub tokens
	`|\bxox[abprs]-[A-Za-z0-9-]{10,}` + // Slack tokens
	`|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`) // JWTs

// assignment finds NAME <sep> VALUE where NAME says it holds a secret. The value is a quoted
// string or a bare word; separators cover HCL (=), YAML (:), JSON ("k": "v"), env and
// Dockerfile (ENV K=V) and CLI flags (--password=x).
var assignment = regexp.MustCompile(`(?i)` +
	`((?:[a-z0-9_.-]*)(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth)` +
	`[a-z0-9_.-]*["']?\s*(?:=|:)\s*)` +
	`("[^"]*"|'[^']*'|[^\s"',}\]]+)`)

// spaced finds the one assignment written with a space, Dockerfile's legacy `ENV NAME value`;
// elsewhere a secret-like word followed by another word ("passwords shorter than 14",
// "DB_PASSWORD holds a literal") is prose, not an assignment.
var spaced = regexp.MustCompile(`(?i)` +
	`(^\s*ENV[ \t]+[A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)[A-Z0-9_]*[ \t]+)` +
	`("[^"]*"|'[^']*'|[^\s"',}\]]+)`)

// hints are substrings (lower-cased) that every secret the patterns find contains: a line
// without any of them is returned as it is, without running the regular expressions.
var hints = []string{"pass", "pwd", "secret", "token", "key", "credential", "auth", "private",
	"akia", "asia", "agpa", "aida", "aroa", "anpa", "anva", "aipa", "gh", "xox", "eyj"}

func mayHoldSecret(s string) bool {
	lower := strings.ToLower(s)
	for _, h := range hints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

// Line masks the secrets in one line of text.
func Line(s string) string {
	if !mayHoldSecret(s) {
		return s
	}
	s = tokens.ReplaceAllString(s, Mask)
	s = maskValues(assignment, s)
	return maskValues(spaced, s)
}

// maskValues replaces the value group of each match of re, unless it names a reference.
func maskValues(re *regexp.Regexp, s string) string {
	return re.ReplaceAllStringFunc(s, func(m string) string {
		sub := re.FindStringSubmatch(m)
		value := sub[2]
		if isReference(value) {
			return m
		}
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') {
			return sub[1] + value[:1] + Mask + value[len(value)-1:]
		}
		return sub[1] + Mask
	})
}

// references name where a secret comes from, not the secret: var.db_password,
// ${SECRET}, secretKeyRef, a boolean or an empty value.
var reference = regexp.MustCompile(`^["']?(?:\$\{?[A-Za-z_]|var\.|local\.|data\.|module\.|aws_|(?i:true|false|null|none)["']?$|["']{2}$|\{\{)`)

func isReference(v string) bool { return reference.MatchString(v) }

// Value masks the whole value part of a "key: value" or "key = value" line: for the data
// of a Kubernetes Secret, where every value is secret whatever its key is called.
var keyValue = regexp.MustCompile(`^(\s*[^:=#]+?\s*[:=]\s*)(\S.*)$`)

// AllValues masks the value of every key: value line.
func AllValues(s string) string {
	return keyValue.ReplaceAllString(s, "${1}"+Mask)
}
