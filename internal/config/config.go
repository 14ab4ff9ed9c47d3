package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/finding"
)

// FileName is the config file Plumb looks for.
const FileName = ".plumb.yaml"

// Config is the content of .plumb.yaml. Keys mirror the scan flags with underscores.
type Config struct {
	// FailOn is --fail-on: the lowest severity that fails the run.
	FailOn string `yaml:"fail_on"`
	// Format is -o/--output.
	Format string `yaml:"format"`
	// Policy is --policy: directories of custom rules, relative to the config file.
	Policy []string `yaml:"policy"`
	// VarFile is --var-file, relative to the config file.
	VarFile []string `yaml:"var_file"`
	// Var is --var NAME=VALUE.
	Var []string `yaml:"var"`
	// HelmValues is --values: Helm values files, relative to the config file.
	HelmValues []string `yaml:"helm_values"`
	// HelmSet is --set: Helm values as KEY=VALUE.
	HelmSet []string `yaml:"helm_set"`
	// Rule is --rule: evaluate only these rule ids.
	Rule []string `yaml:"rule"`
	// SkipRule is --skip-rule: never evaluate these rule ids.
	SkipRule []string `yaml:"skip_rule"`
	// ShowSuppressed is --show-suppressed.
	ShowSuppressed *bool `yaml:"show_suppressed"`
	// NoColor is --no-color.
	NoColor *bool `yaml:"no_color"`
	// Rules holds per-rule settings by rule id (see RuleSettings for the shorthands).
	Rules RuleSettings `yaml:"rules"`
	// Suppress lists findings to suppress, each with a reason.
	Suppress []Suppression `yaml:"suppress"`
	// DB is --db: the store, a SQLite file (relative to the config file) or a postgres://
	// URL.
	DB string `yaml:"db"`
	// Waivers lists temporary exceptions, each with an owner, a reason and an expiry date.
	Waivers []finding.Waiver `yaml:"waivers"`
	// BaselineFile is --baseline-file, relative to the config file.
	BaselineFile string `yaml:"baseline_file"`

	// Path is the file this config was read from ("" when none was found).
	Path string `yaml:"-"`
}

// RuleConfig changes one rule for this repository.
type RuleConfig struct {
	Disabled bool           `yaml:"disabled"`
	Severity string         `yaml:"severity"`
	Params   map[string]any `yaml:"params"`
}

// Suppression is a config-file suppression.
type Suppression struct {
	Rule     string `yaml:"rule"`
	Resource string `yaml:"resource"`
	File     string `yaml:"file"`
	Reason   string `yaml:"reason"`
}

// Find looks for .plumb.yaml in start (a directory or a file's directory) and its parents.
// It returns "" when there is none.
func Find(start string) (string, error) {
	abs, err := filepath.Abs(start)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		abs = filepath.Dir(abs)
	}
	for dir := abs; ; dir = filepath.Dir(dir) {
		p := filepath.Join(dir, FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if filepath.Dir(dir) == dir {
			return "", nil
		}
	}
}

// Load reads a config file. Relative paths inside it are made relative to its directory.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c.Path = path
	dir := filepath.Dir(path)
	for i, p := range c.Policy {
		c.Policy[i] = relTo(dir, p)
	}
	for i, p := range c.VarFile {
		c.VarFile[i] = relTo(dir, p)
	}
	for i, p := range c.HelmValues {
		c.HelmValues[i] = relTo(dir, p)
	}
	if c.DB != "" && !strings.Contains(c.DB, "://") {
		if p, ok := strings.CutPrefix(c.DB, "sqlite:"); ok {
			c.DB = "sqlite:" + relTo(dir, p)
		} else {
			c.DB = relTo(dir, c.DB)
		}
	}
	if c.BaselineFile != "" {
		c.BaselineFile = relTo(dir, c.BaselineFile)
	}
	return c, nil
}

func relTo(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// Parse reads config YAML strictly: an unknown key is an error with its line.
func Parse(r io.Reader) (*Config, error) {
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	c := &Config{}
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return c, c.validate()
}

func (c *Config) validate() error {
	var errs []error
	if c.FailOn != "" {
		if _, err := finding.ParseSeverity(c.FailOn); err != nil {
			errs = append(errs, fmt.Errorf("fail_on: %w", err))
		}
	}
	for id, rc := range c.Rules {
		if rc.Severity != "" {
			if _, err := finding.ParseSeverity(rc.Severity); err != nil {
				errs = append(errs, fmt.Errorf("rules.%s.severity: %w", id, err))
			}
		}
	}
	return errors.Join(errs...)
}

// Suppressions converts the config's suppressions for triage.
func (c *Config) Suppressions() []finding.Suppression {
	out := make([]finding.Suppression, len(c.Suppress))
	for i, s := range c.Suppress {
		out[i] = finding.Suppression{Rule: s.Rule, Resource: s.Resource, File: s.File, Reason: s.Reason}
	}
	return out
}

// Params returns the rule parameters by rule id.
func (c *Config) Params() map[string]map[string]any {
	out := map[string]map[string]any{}
	for id, rc := range c.Rules {
		if len(rc.Params) > 0 {
			out[id] = rc.Params
		}
	}
	return out
}

// Disabled lists the rules the config turns off.
func (c *Config) Disabled() []string {
	var out []string
	for id, rc := range c.Rules {
		if rc.Disabled {
			out = append(out, id)
		}
	}
	return append(out, c.SkipRule...)
}

// Severities returns the severity overrides by rule id.
func (c *Config) Severities() map[string]finding.Severity {
	out := map[string]finding.Severity{}
	for id, rc := range c.Rules {
		if s, err := finding.ParseSeverity(rc.Severity); err == nil && rc.Severity != "" {
			out[id] = s
		}
	}
	return out
}
