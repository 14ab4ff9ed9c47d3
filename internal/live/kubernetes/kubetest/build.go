package kubetest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Version is the Kubernetes release the harness builds and starts. The client-go in go.mod is
// the matching v0.MINOR.PATCH, so client and server are the same release.
const Version = "1.34.4"

// Binaries are the paths of a built etcd and kube-apiserver.
type Binaries struct {
	Dir           string // ${PLUMB_CACHE}/k8s-<version>
	Etcd          string
	KubeAPIServer string
}

// CacheDir is where built binaries live: ${PLUMB_CACHE:-$HOME/.cache/plumb}.
func CacheDir() (string, error) {
	if d := os.Getenv("PLUMB_CACHE"); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("kubetest: no PLUMB_CACHE and no home directory: %w", err)
	}
	return filepath.Join(home, ".cache", "plumb"), nil
}

// Build returns etcd and kube-apiserver for version, building them from the Go module proxy
// the first time. Concurrent callers (several test packages, the warm-up script) wait on one
// file lock, so only one of them builds; the others find the result. The build runs in a
// scratch module under the cache directory, never in the repository. log receives progress
// lines (nil for none).
func Build(ctx context.Context, version string, log func(string)) (Binaries, error) {
	if log == nil {
		log = func(string) {}
	}
	cache, err := CacheDir()
	if err != nil {
		return Binaries{}, err
	}
	dir := filepath.Join(cache, "k8s-"+version)
	bins := Binaries{
		Dir:           dir,
		Etcd:          filepath.Join(dir, "etcd"),
		KubeAPIServer: filepath.Join(dir, "kube-apiserver"),
	}
	if built(dir) {
		return bins, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Binaries{}, fmt.Errorf("kubetest: %w", err)
	}
	unlock, err := lockFile(ctx, filepath.Join(dir, ".lock"), log)
	if err != nil {
		return Binaries{}, err
	}
	defer unlock()
	if built(dir) { // another process built them while we waited
		return bins, nil
	}
	start := time.Now()
	log(fmt.Sprintf("building etcd and kube-apiserver %s into %s (first run only; minutes)", version, dir))
	if err := buildIn(ctx, version, dir, log); err != nil {
		return Binaries{}, err
	}
	stamp := fmt.Sprintf("kubernetes v%s built %s in %s\n", version, time.Now().UTC().Format(time.RFC3339), time.Since(start).Round(time.Second))
	if err := os.WriteFile(filepath.Join(dir, "built"), []byte(stamp), 0o644); err != nil {
		return Binaries{}, fmt.Errorf("kubetest: %w", err)
	}
	log(strings.TrimSpace(stamp))
	return bins, nil
}

// built reports whether a complete build is in dir: the stamp is written only after both
// binaries were renamed into place.
func built(dir string) bool {
	for _, f := range []string{"built", "etcd", "kube-apiserver"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return false
		}
	}
	return true
}

func buildIn(ctx context.Context, version, dir string, log func(string)) error {
	mod := filepath.Join(dir, "build")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		return fmt.Errorf("kubetest: %w", err)
	}
	// go.mod of the scratch module; kubernetes' own go.mod tells which staging modules to map.
	goMod, err := downloadGoMod(ctx, mod, "k8s.io/kubernetes@v"+version)
	if err != nil {
		return err
	}
	staging, err := stagingModules(goMod)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), scratchGoMod(version, staging), 0o644); err != nil {
		return fmt.Errorf("kubetest: %w", err)
	}
	const tools = "//go:build tools\n\npackage tools\n\nimport (\n\t_ \"go.etcd.io/etcd/server/v3\"\n\t_ \"k8s.io/kubernetes/cmd/kube-apiserver\"\n)\n"
	if err := os.WriteFile(filepath.Join(mod, "tools.go"), []byte(tools), 0o644); err != nil {
		return fmt.Errorf("kubetest: %w", err)
	}
	log("go mod tidy (resolves etcd at the version kubernetes pins)")
	if err := goCmd(ctx, mod, "mod", "tidy"); err != nil {
		return err
	}
	minor := strings.SplitN(version, ".", 3)[1]
	const vp = "k8s.io/component-base/version"
	apiLD := strings.Join([]string{"-s -w",
		"-X " + vp + ".gitVersion=v" + version,
		"-X " + vp + ".gitMajor=1",
		"-X " + vp + ".gitMinor=" + minor,
		"-X " + vp + ".gitTreeState=clean",
	}, " ")
	etcdVersion, _ := moduleVersion(ctx, mod, "go.etcd.io/etcd/server/v3")
	for _, b := range []struct{ name, pkg, ldflags string }{
		{"etcd", "go.etcd.io/etcd/server/v3", "-s -w"},
		{"kube-apiserver", "k8s.io/kubernetes/cmd/kube-apiserver", apiLD},
	} {
		what := b.pkg
		if b.name == "etcd" {
			what += " " + etcdVersion
		}
		log("go build " + what)
		// A name of this process's own: a build orphaned by a killed test must not write
		// into the file of the build that replaces it.
		tmp := filepath.Join(dir, fmt.Sprintf("%s.tmp-%d", b.name, os.Getpid()))
		if err := goCmd(ctx, mod, "build", "-trimpath", "-ldflags", b.ldflags, "-o", tmp, b.pkg); err != nil {
			os.Remove(tmp)
			return err
		}
		if err := os.Rename(tmp, filepath.Join(dir, b.name)); err != nil {
			return fmt.Errorf("kubetest: %w", err)
		}
	}
	return nil
}

// downloadGoMod fetches module@version's go.mod through the module proxy and returns it.
func downloadGoMod(ctx context.Context, dir, modVersion string) ([]byte, error) {
	out, err := goOutput(ctx, dir, "mod", "download", "-json", modVersion)
	if err != nil {
		return nil, err
	}
	var info struct{ GoMod, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		return nil, fmt.Errorf("kubetest: go mod download %s: %w", modVersion, err)
	}
	if info.Error != "" {
		return nil, fmt.Errorf("kubetest: go mod download %s: %s", modVersion, info.Error)
	}
	b, err := os.ReadFile(info.GoMod)
	if err != nil {
		return nil, fmt.Errorf("kubetest: %w", err)
	}
	return b, nil
}

// stagingRe matches kubernetes' "k8s.io/X => ./staging/src/k8s.io/X" replace lines.
var stagingRe = regexp.MustCompile(`^\s*(?:replace\s+)?(k8s\.io/[A-Za-z0-9._-]+)\s+=>\s+\./staging/src/`)

// stagingModules lists the k8s.io modules that kubernetes' go.mod points at its staging tree.
// Those paths do not exist in the module zip, so a dependent module must map each one to the
// published v0.MINOR.PATCH instead.
func stagingModules(goMod []byte) ([]string, error) {
	var mods []string
	sc := bufio.NewScanner(bytes.NewReader(goMod))
	for sc.Scan() {
		if m := stagingRe.FindStringSubmatch(sc.Text()); m != nil {
			mods = append(mods, m[1])
		}
	}
	if len(mods) == 0 {
		return nil, errors.New("kubetest: kubernetes' go.mod has no staging replace lines; its layout changed")
	}
	return mods, nil
}

func scratchGoMod(version string, staging []string) []byte {
	sv := "v0." + strings.SplitN(version, ".", 2)[1]
	var b strings.Builder
	fmt.Fprintf(&b, "module plumb.local/kubetest-build\n\ngo 1.24.0\n\nrequire k8s.io/kubernetes v%s\n\nreplace (\n", version)
	for _, m := range staging {
		fmt.Fprintf(&b, "\t%s => %s %s\n", m, m, sv)
	}
	b.WriteString(")\n")
	return []byte(b.String())
}

func moduleVersion(ctx context.Context, dir, mod string) (string, error) {
	out, err := goOutput(ctx, dir, "list", "-m", "-f", "{{.Version}}", mod)
	return strings.TrimSpace(string(out)), err
}

// goEnv isolates the scratch build from the caller's module settings: no workspace, the
// local toolchain, no cgo (both binaries are pure Go), the module proxy as configured.
func goEnv() []string {
	env := os.Environ()
	return append(env, "GOWORK=off", "GOTOOLCHAIN=local", "CGO_ENABLED=0", "GOFLAGS=-mod=mod -buildvcs=false")
}

func goCmd(ctx context.Context, dir string, args ...string) error {
	_, err := goOutput(ctx, dir, args...)
	return err
}

func goOutput(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, goBinary(), args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("kubetest: go %s: %w\n%s", strings.Join(args, " "), err, tail(stderr.String(), 40))
	}
	return out, nil
}

// goBinary is the go command that runs this process's tests when it can be found, so the
// scratch build uses the same toolchain.
func goBinary() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	if root := os.Getenv("GOROOT"); root != "" {
		if p := filepath.Join(root, "bin", "go"); isFile(p) {
			return p
		}
	}
	return "go"
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
