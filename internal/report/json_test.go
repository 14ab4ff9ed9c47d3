package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Every field the JSON output has must be described in docs/output-json.md: the document is
// the compatibility promise, so a field missing from it is a field nobody promised.
func TestJSONFieldsDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "output-json.md"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, JSON, sampleResult(), sampleOptions); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	collectKeys(v, keys)
	var missing []string
	for k := range keys {
		if !strings.Contains(string(doc), "`"+k+"`") {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("fields not described in docs/output-json.md: %s", strings.Join(missing, ", "))
	}
	if len(keys) < 40 {
		t.Errorf("only %d keys found; the walk is broken", len(keys))
	}
}

// collectKeys gathers object keys, except those of controls, whose keys are data.
func collectKeys(v any, keys map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			keys[k] = true
			if k != "controls" {
				collectKeys(e, keys)
			}
		}
	case []any:
		for _, e := range x {
			collectKeys(e, keys)
		}
	}
}

// Empty lists are [] and never null, so consumers can iterate without checks.
func TestJSONEmptyListsAreArrays(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, JSON, emptyResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("null in JSON output:\n%s", buf.String())
	}
	res := sampleResult()
	r := *res.Findings[0].Rule
	r.Controls = nil
	res.Findings[0].Rule = &r
	buf.Reset()
	if err := Write(&buf, JSON, res, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("null in JSON output:\n%s", buf.String())
	}
}
