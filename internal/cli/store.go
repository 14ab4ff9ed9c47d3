package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/plumbsec/plumb/internal/config"
	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/store"
	// The backends register themselves with store.Open.
	_ "github.com/plumbsec/plumb/internal/store/postgres"
	_ "github.com/plumbsec/plumb/internal/store/sqlite"
)

// dbFlag is the root's persistent --db flag.
const dbFlag = "db"

// addDBFlag adds --db to the root, for every command that reads or writes the store.
func addDBFlag(root *cobra.Command) {
	root.PersistentFlags().String(dbFlag, "", "store: a SQLite file or a postgres:// URL (default: the db key of .plumb.yaml, then $XDG_DATA_HOME/plumb/plumb.db)")
}

// dsn is the store the command names: --db, then the config file's db key, then "" (the
// default SQLite file).
func dsn(cmd *cobra.Command, cfg *config.Config) string {
	if f := cmd.Flags().Lookup(dbFlag); f != nil && f.Changed {
		return f.Value.String()
	}
	if cfg != nil {
		return cfg.DB
	}
	return ""
}

// openStore opens the store the command names, creating it if needed.
func openStore(ctx context.Context, cmd *cobra.Command, cfg *config.Config) (store.Store, error) {
	st, err := store.Open(ctx, dsn(cmd, cfg))
	if err != nil {
		return nil, fmt.Errorf("open the store: %w", err)
	}
	return st, nil
}

// existingStore opens the store only when the user named one or the default SQLite file
// already exists: a scan never creates a database as a side effect. It returns nil, nil
// when there is none.
func existingStore(ctx context.Context, cmd *cobra.Command, cfg *config.Config) (store.Store, error) {
	d := dsn(cmd, cfg)
	if d == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return nil, nil
		}
		if _, err := os.Stat(p); err != nil {
			return nil, nil
		}
	}
	return openStore(ctx, cmd, cfg)
}

// cwdConfig reads .plumb.yaml found from the working directory upward, or the file given.
func cwdConfig(path string, none bool) (*config.Config, error) {
	if none {
		return &config.Config{}, nil
	}
	if path == "" {
		found, err := config.Find(".")
		if err != nil || found == "" {
			return &config.Config{}, err
		}
		path = found
	}
	return config.Load(path)
}

// liveFlags are the flags of the commands that read a scope's state: which scope, and how
// to reach it.
type liveFlags struct {
	scope, kubeconfig, endpoint, profile string
	configPath                           string
	noConfig                             bool
	policy                               []string
}

func (f *liveFlags) add(fl *pflag.FlagSet) {
	fl.StringVar(&f.scope, "scope", "", "scope: kubernetes:CONTEXT[/NAMESPACE], aws:ACCOUNT/REGION or tfstate:PATH (required)")
	fl.StringVar(&f.kubeconfig, "kubeconfig", "", "kubeconfig file for a kubernetes scope (default: $KUBECONFIG, ~/.kube/config, then in-cluster)")
	fl.StringVar(&f.endpoint, "endpoint", "", "AWS endpoint URL for an aws scope, for a local emulator (AWS_ENDPOINT_URL does the same)")
	fl.StringVar(&f.profile, "profile", "", "AWS shared-config profile for an aws scope (default: AWS_PROFILE)")
	fl.StringVar(&f.configPath, "config", "", "config file (default: .plumb.yaml found from the working directory upward)")
	fl.BoolVar(&f.noConfig, "no-config", false, "ignore .plumb.yaml")
}

// addPolicy adds --policy, for the commands that judge.
func (f *liveFlags) addPolicy(fl *pflag.FlagSet) {
	fl.StringArrayVar(&f.policy, "policy", nil, "directory of custom Rego policies (repeatable)")
}

// parseScope reads --scope. A tfstate path is made absolute, so that one state file has
// one scope wherever Plumb runs.
func (f *liveFlags) parseScope() (store.Scope, error) {
	if f.scope == "" {
		return store.Scope{}, errors.New("--scope is required: kubernetes:CONTEXT[/NAMESPACE], aws:ACCOUNT/REGION or tfstate:PATH")
	}
	sc, err := store.ParseScope(f.scope)
	if err != nil {
		return store.Scope{}, fmt.Errorf("--scope: %w", err)
	}
	if sc.Kind() == store.ScopeTFState && !strings.Contains(sc.Path(), "://") {
		abs, err := filepath.Abs(sc.Path())
		if err != nil {
			return store.Scope{}, err
		}
		return store.NewTFStateScope(abs)
	}
	return sc, nil
}

func (f *liveFlags) sources() drift.Sources {
	return drift.Sources{Kubeconfig: f.kubeconfig, AWSEndpoint: f.endpoint, AWSProfile: f.profile}
}

// collector is the function that reads the scope's state.
func (f *liveFlags) collector(sc store.Scope) (func(context.Context) (*drift.Snapshot, error), error) {
	return drift.Collector(sc, f.sources())
}

// engine compiles the rules as a scan would: the library, --policy and the config's rule
// settings.
func (f *liveFlags) engine(ctx context.Context, cfg *config.Config) (*policy.Engine, error) {
	dirs := f.policy
	if len(dirs) == 0 {
		dirs = cfg.Policy
	}
	return policy.Load(ctx, policy.Options{PolicyDirs: dirs, Params: cfg.Params(), Disabled: cfg.Disabled(), Severity: cfg.Severities()})
}

// approver is who approves a baseline when --approved-by is not given: git's user.email,
// then $USER.
func approver() string {
	if out, err := exec.Command("git", "config", "user.email").Output(); err == nil {
		if s := strings.TrimSpace(string(out)); s != "" {
			return s
		}
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return os.Getenv("USERNAME")
}

// fail wraps an error with exit status 2.
func fail(err error) error { return &exitError{code: ExitError, err: err} }
