package rows

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/plumbsec/plumb/internal/store"
)

type wireChange struct {
	Path   json.RawMessage `json:"path"`
	Before json.RawMessage `json:"before"`
	After  json.RawMessage `json:"after"`
}

// MarshalChanges encodes a drift entry's changes as one JSON array; values are in the form
// resources use, so Unknown stays Unknown.
func MarshalChanges(changes []store.Change) ([]byte, error) {
	if changes == nil {
		return []byte("null"), nil
	}
	var b bytes.Buffer
	b.WriteByte('[')
	for i, c := range changes {
		if i > 0 {
			b.WriteByte(',')
		}
		before, err := store.MarshalValue(c.Before)
		if err != nil {
			return nil, fmt.Errorf("change at %s: before: %w", c.Path, err)
		}
		after, err := store.MarshalValue(c.After)
		if err != nil {
			return nil, fmt.Errorf("change at %s: after: %w", c.Path, err)
		}
		b.WriteString(`{"path":`)
		b.Write(store.MarshalPath(c.Path))
		b.WriteString(`,"before":`)
		b.Write(before)
		b.WriteString(`,"after":`)
		b.Write(after)
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// UnmarshalChanges decodes what MarshalChanges encoded.
func UnmarshalChanges(data []byte) ([]store.Change, error) {
	var w []wireChange
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("stored changes: %w", err)
	}
	if w == nil {
		return nil, nil
	}
	changes := make([]store.Change, len(w))
	for i, c := range w {
		p, err := store.UnmarshalPath(c.Path)
		if err != nil {
			return nil, err
		}
		before, err := store.UnmarshalValue(c.Before)
		if err != nil {
			return nil, err
		}
		after, err := store.UnmarshalValue(c.After)
		if err != nil {
			return nil, err
		}
		changes[i] = store.Change{Path: p, Before: before, After: after}
	}
	return changes, nil
}

// MarshalStrings encodes a list of strings (a drift entry's rules), nil as null.
func MarshalStrings(s []string) ([]byte, error) { return json.Marshal(s) }

// UnmarshalStrings decodes what MarshalStrings encoded.
func UnmarshalStrings(data []byte) ([]string, error) {
	var s []string
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("stored list: %w", err)
	}
	return s, nil
}
