package scan

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/plumbsec/plumb/internal/iac"
)

// inputs are the files under a scan root, sorted by the format that reads them.
type inputs struct {
	// files holds single-file formats: absolute paths by format.
	files map[iac.Format][]string
	// dirs holds directory formats (Helm charts, Kustomize directories): absolute paths.
	dirs map[iac.Format][]string
	// terraform is true when any .tf file was seen.
	terraform bool
}

// collect walks root once and classifies every file by content. Hidden directories and
// node_modules are not walked. A Helm chart's directory belongs to the chart (its templates
// are not YAML until rendered); a Kustomize directory's files belong to the kustomization.
// With forced set, every file that any loader could read goes to that format.
func collect(root string, forced iac.Format) (*inputs, error) {
	in := &inputs{files: map[iac.Format][]string{}, dirs: map[iac.Format][]string{}}
	st, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		in.add(root, forced)
		return in, nil
	}
	var owned []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable entry is reported by the loader that needs it
		}
		if d.IsDir() {
			return in.enterDir(root, p, d, forced, &owned)
		}
		for _, o := range owned {
			if strings.HasPrefix(p, o+string(filepath.Separator)) {
				return nil
			}
		}
		in.add(p, forced)
		return nil
	})
	for f := range in.files {
		sort.Strings(in.files[f])
	}
	return in, err
}

func (in *inputs) enterDir(root, p string, d fs.DirEntry, forced iac.Format, owned *[]string) error {
	if p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
		return filepath.SkipDir
	}
	if forced != "" && forced != iac.Helm && forced != iac.Kustomize {
		return nil
	}
	if exists(filepath.Join(p, "Chart.yaml")) && (forced == "" || forced == iac.Helm) {
		in.dirs[iac.Helm] = append(in.dirs[iac.Helm], p)
		return filepath.SkipDir
	}
	for _, k := range []string{"kustomization.yaml", "kustomization.yml", "Kustomization"} {
		if exists(filepath.Join(p, k)) && (forced == "" || forced == iac.Kustomize) {
			in.dirs[iac.Kustomize] = append(in.dirs[iac.Kustomize], p)
			*owned = append(*owned, p)
			break
		}
	}
	return nil
}

func (in *inputs) add(p string, forced iac.Format) {
	f := iac.Detect(p, head(p))
	if f == iac.Terraform {
		in.terraform = true
		return
	}
	if forced != "" {
		if f == "" && !looksReadable(p) {
			return
		}
		f = forced
	}
	if f == "" || f == iac.Helm || f == iac.Kustomize {
		return
	}
	in.files[f] = append(in.files[f], p)
}

// looksReadable keeps --type from feeding binaries and unrelated files to a loader.
func looksReadable(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".json", ".yaml", ".yml", ".template", "":
		return true
	}
	return false
}

func head(p string) []byte {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".json", ".yaml", ".yml", ".template":
	default:
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, iac.HeadSize)
	n, _ := io.ReadFull(f, buf)
	return buf[:n]
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
