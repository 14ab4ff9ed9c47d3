package policy

import (
	"strings"
	"testing"
)

// A Dockerfile fix is checked when the rule loads: an unknown operation, a key the operation
// does not take, a missing key or a bad program pattern is an error naming the problem.
func TestReadDockerfileFix(t *testing.T) {
	good := []map[string]any{
		{"op": "use-copy"},
		{"op": "add-flag", "programs": []any{"apt-get", "apt"}, "subcommand": "install", "flag": "--no-install-recommends"},
		{"op": "append", "command": "rm -rf /var/lib/apt/lists/*"},
		{"op": "append", "command": "rm -rf /x", "programs": []any{"apt"}, "subcommand": "update"},
		{"op": "to-label", "label": "org.opencontainers.image.authors"},
		{"op": "comment-out"},
	}
	for _, g := range good {
		fx, err := readFix(map[string]any{"fix": map[string]any{"dockerfile": g}})
		if err != nil || fx.Dockerfile == nil || fx.Dockerfile.Op != g["op"] {
			t.Errorf("%v: %v, %+v", g, err, fx)
		}
	}
	bad := map[string]map[string]any{
		"unknown operation":  {"op": "rewrite"},
		"takes no key":       {"op": "use-copy", "flag": "-x"},
		"needs flag":         {"op": "add-flag", "programs": []any{"apk"}, "subcommand": "add"},
		"regular expression": {"op": "add-flag", "programs": []any{"pip("}, "subcommand": "install", "flag": "-x"},
		"together":           {"op": "append", "command": "rm -rf /x", "programs": []any{"apt"}},
		"one-line string":    {"op": "append", "command": "rm -rf /x\nreboot"},
	}
	for want, b := range bad {
		_, err := readFix(map[string]any{"fix": map[string]any{"dockerfile": b}})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%v: got %v, want an error saying %q", b, err, want)
		}
	}
}
