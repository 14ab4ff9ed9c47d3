package dockerfile

import (
	"regexp"
	"strings"
)

// Masked replaces a secret's value in the model. Plumb never echoes a secret found in a
// scanned file: not in findings, reports, or the resources a custom policy sees.
const Masked = "***"

// secretName says that an ENV, ARG or LABEL name announces a secret. It errs on the side of
// masking: hiding a value that was not secret costs a rule some precision, echoing one that
// was is a leak. Names of files, paths and endpoints that lead to a secret are not secrets.
var (
	secretName    = regexp.MustCompile(`(?i)(passw(or)?d|passphrase|(^|_)pass$|(^|_)pwd$|secret|token|api_?key|apikey|private_?key|access_?key|auth_?key|signing_?key|encryption_?key|master_?key|credential|(^|_)key$|(^|_)auth$|(^|_)cert_?key)`)
	notSecretName = regexp.MustCompile(`(?i)_(file|path|dir|directory|url|uri|endpoint|host|port|name|type|version|length|id)$`)
)

func isSecretName(name string) bool {
	return secretName.MatchString(name) && !notSecretName.MatchString(name) ||
		strings.HasSuffix(strings.ToUpper(name), "ACCESS_KEY_ID")
}

// onlyReferences matches a value made only of variable references, which hold no secret
// themselves.
var onlyReferences = regexp.MustCompile(`^(\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*\})+$`)

// maskNamed returns the value to store for a variable called name.
func maskNamed(name, value string) (string, bool) {
	if value == "" || onlyReferences.MatchString(value) || !isSecretName(name) {
		return maskText(value), false
	}
	return Masked, true
}

// credential patterns that are secrets wherever they appear: the whole match is masked.
var tokenPatterns = regexp.MustCompile(strings.Join([]string{
	`\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b`, // AWS access key ids
	`\bgh[pousr]_[A-Za-z0-9]{30,}`,            // GitHub tokens
	`\bgithub_pat_[A-Za-z0-9_]{30,}`,
	`\bglpat-[A-Za-z0-9_\-]{20,}`, // GitLab
	`\bxox[abposr]-[A-Za-z0-9-]{10,}`,
	`\b[sr]k_live_[A-Za-z0-9]{16,}`,
	`\bAIza[0-9A-Za-z_\-]{35}`,
	`\bnpm_[A-Za-z0-9]{36}`,
	`\bdckr_pat_[A-Za-z0-9_\-]{20,}`,
	`-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----(?s:.*?)(?:-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----|$)`,
}, "|"))

// tokenTriggers are substrings one of which every tokenPatterns match contains.
var tokenTriggers = []string{"AKIA", "ASIA", "ABIA", "ACCA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
	"glpat-", "xox", "_live_", "AIza", "npm_", "dckr_pat_", "PRIVATE KEY"}

// contextPattern finds a secret (group 2) after a prefix that is kept (group 1). The regular
// expression runs only on text holding one of its triggers: most strings hold none, and
// masking runs on every string of the model.
type contextPattern struct {
	re       *regexp.Regexp
	triggers []string
}

var contextPatterns = []contextPattern{
	{ // user:password@ in a URL
		regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://[^/\s:@'"]*:)([^@\s/'"]+)@`),
		[]string{"://"},
	},
	{ // --password=x, --token x, …
		regexp.MustCompile(`(?i)(--?(?:password|passwd|pass|token|secret|api-?key|access-?token|auth-?token|client-?secret)(?:=|[ \t]+))("[^"]*"|'[^']*'|[^\s"';&|]+)`),
		[]string{"-pass", "-token", "-secret", "-api", "-access", "-auth", "-client", "-PASS", "-TOKEN", "-SECRET"},
	},
	{ // curl -u user:password, --user=user:password
		regexp.MustCompile(`((?:^|\s)(?:-u|--user)(?:=|[ \t]+)["']?[^\s:"'$]+:)([^\s"']+)`),
		[]string{"-u ", "-u\t", "--user"},
	},
	{ // Authorization headers
		regexp.MustCompile(`(?i)(authorization:\s*(?:bearer|basic|token)\s+)([^\s"'\\]+)`),
		[]string{"uthorization", "UTHORIZATION"},
	},
	{ // NAME_WITH_PASSWORD=x assignments in shell text
		regexp.MustCompile(`(?i)\b([A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)[A-Z0-9_]*=)("[^"]*"|'[^']*'|[^\s"';&|]+)`),
		[]string{"PASSWORD=", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "password", "passwd", "secret", "token", "api_key", "apikey", "private_key"},
	},
}

// maskText masks every credential found in s, keeping the text around it.
func maskText(s string) string {
	if len(s) < 8 {
		return s
	}
	if containsAny(s, tokenTriggers) {
		s = tokenPatterns.ReplaceAllString(s, Masked)
	}
	for _, p := range contextPatterns {
		if !containsAny(s, p.triggers) {
			continue
		}
		re := p.re
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			g := re.FindStringSubmatch(m)
			v := strings.Trim(g[2], `"'`)
			if v == "" || strings.HasPrefix(v, "$") || v == Masked {
				return m // a reference or nothing: no secret here
			}
			return g[1] + Masked + strings.TrimPrefix(m, g[1]+g[2])
		})
	}
	return s
}

func containsAny(s string, subs []string) bool {
	for _, t := range subs {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// maskTree masks credentials in every string of an attribute tree, in place.
func maskTree(v any) any {
	switch x := v.(type) {
	case string:
		return maskText(x)
	case map[string]any:
		for k, e := range x {
			x[k] = maskTree(e)
		}
	case []any:
		for i, e := range x {
			x[i] = maskTree(e)
		}
	}
	return v
}

// secretFlag is an option whose next word is a secret.
var secretFlag = regexp.MustCompile(`(?i)^--?(password|passwd|pass|token|secret|api-?key|access-?token|auth-?token|client-?secret)$`)

// maskArgv masks, in place, the values of secret options given as separate words
// ("--password", "x"; "-u", "user:x"), which no pattern over a single word can see.
func maskArgv(argv []string) {
	for i := 1; i < len(argv); i++ {
		prev, v := argv[i-1], argv[i]
		switch {
		case strings.HasPrefix(v, "$") || v == Masked:
		case secretFlag.MatchString(prev):
			argv[i] = Masked
		case prev == "-u" || prev == "--user":
			if user, _, ok := strings.Cut(v, ":"); ok {
				argv[i] = user + ":" + Masked
			}
		}
	}
}
