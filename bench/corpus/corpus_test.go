package corpus_test

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/bench/corpus"
	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// The count a scan reports is the one the generator promised: every stack's count method
// mirrors its templates, including which resources adapt merges away.
func TestGeneratedCountIsWhatTheLoaderFinds(t *testing.T) {
	for _, n := range []int{20, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			dir := t.TempDir()
			st, err := corpus.Generate(dir, corpus.Options{Resources: n, Seed: 7})
			if err != nil {
				t.Fatal(err)
			}
			if st.Resources != n {
				t.Errorf("Stats.Resources = %d, want %d", st.Resources, n)
			}
			res, err := terraform.Load(dir, terraform.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diagnostics {
				t.Errorf("diagnostic on a valid corpus: %s", d)
			}
			got := adapt.Canonical(res.Resources)
			if len(got) != st.Resources {
				t.Errorf("canonical resources = %d, generator expected %d; by type: %v",
					len(got), st.Resources, byType(got))
			}
		})
	}
}

func byType(rs []*resource.Resource) map[string]int {
	m := map[string]int{}
	for _, r := range rs {
		m[r.Type]++
	}
	return m
}

// Planning alone must land on the requested count for any size at least one minimal stack.
func TestCountsLandOnTheRequestedSize(t *testing.T) {
	for _, n := range []int{16, 99, 151, 449, 2_500, 10_000, 100_000} {
		if testing.Short() && n > 10_000 {
			continue
		}
		dir := t.TempDir()
		st, err := corpus.Generate(dir, corpus.Options{Resources: n, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		if st.Resources != n {
			t.Errorf("n=%d: generated %d resources", n, st.Resources)
		}
		if n >= 10_000 && st.Stacks < n/300 {
			t.Errorf("n=%d: %d stacks; stacks should stay team-sized", n, st.Stacks)
		}
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	sum := func(seed uint64) string {
		dir := t.TempDir()
		if _, err := corpus.Generate(dir, corpus.Options{Resources: 600, Seed: seed}); err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			fmt.Fprintf(h, "%s\x00%s\x00", rel, b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", h.Sum(nil))
	}
	if a, b := sum(1), sum(1); a != b {
		t.Errorf("seed 1 gave two corpora: %s, %s", a, b)
	}
	if a, b := sum(1), sum(2); a == b {
		t.Errorf("seeds 1 and 2 gave the same corpus")
	}
}

func TestRefusesANonEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.Generate(dir, corpus.Options{Resources: 100, Seed: 1}); err == nil {
		t.Error("Generate wrote into a non-empty directory")
	}
}
