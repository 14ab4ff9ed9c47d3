package migration

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"m/0002_more.sql": {Data: []byte("B")},
		"m/0001_init.sql": {Data: []byte("A")},
	}
	ms, err := Load(fsys, "m")
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Name != "init" || ms[1].SQL != "B" {
		t.Errorf("got %+v", ms)
	}
	for name, bad := range map[string]fstest.MapFS{
		"gap":      {"m/0001_a.sql": {}, "m/0003_c.sql": {}},
		"repeat":   {"m/0001_a.sql": {}, "m/0001_b.sql": {}},
		"bad name": {"m/1_a.sql": {}},
	} {
		if _, err := Load(bad, "m"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestPending(t *testing.T) {
	all := []Migration{{Version: 1}, {Version: 2}, {Version: 3}}
	p, err := Pending(all, map[int]bool{1: true})
	if err != nil || len(p) != 2 || p[0].Version != 2 {
		t.Errorf("got %+v, %v", p, err)
	}
	if _, err := Pending(all, map[int]bool{4: true}); err == nil || !strings.Contains(err.Error(), "upgrade Plumb") {
		t.Errorf("error = %v", err)
	}
}
