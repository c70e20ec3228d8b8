package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// FileName is the config file looked for in the working directory and in
// os.UserConfigDir()/jobscreen/.
const FileName = "jobscreen.yaml"

// EnvPrefix starts every environment variable jobscreen reads:
// thresholds.high is JOBSCREEN_THRESHOLDS_HIGH, fail_on is JOBSCREEN_FAIL_ON.
const EnvPrefix = "JOBSCREEN"

// Request says what to load: the running command's flags, which of them
// set which config key, and an explicit --config file if one was given.
type Request struct {
	Flags      *pflag.FlagSet
	FlagKeys   map[string]string // flag name → config key
	ConfigFile string            // --config; "" searches the usual places
}

// Loaded is a validated configuration and where each value came from.
type Loaded struct {
	Config Config
	// File is the config file used; "" when there was none.
	File string
	// PointsFrom is the resolved points_file when one was merged.
	PointsFrom string

	v        *viper.Viper
	flags    *pflag.FlagSet
	keyFlag  map[string]string // config key → flag name
	fromFile map[string]bool   // keys whose value came from points_file
}

// Load builds the run's one viper instance, reads the config file, decodes
// strictly and validates. Every error names the file or flag at fault.
func Load(req Request) (*Loaded, error) {
	l := &Loaded{v: viper.New(), flags: req.Flags, keyFlag: map[string]string{}}
	for key, val := range defaultKeys() {
		l.v.SetDefault(key, val)
	}
	l.v.SetEnvPrefix(EnvPrefix)
	l.v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	l.v.AutomaticEnv()
	if err := l.bindFlags(req); err != nil {
		return nil, err
	}
	file, err := findFile(req.ConfigFile)
	if err != nil {
		return nil, err
	}
	if file != "" {
		if err := l.readFile(file); err != nil {
			return nil, err
		}
	}
	if err := l.decode(); err != nil {
		return nil, err
	}
	if err := l.mergePointsFile(); err != nil {
		return nil, err
	}
	if err := l.validate(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Loaded) bindFlags(req Request) error {
	if req.Flags == nil {
		return nil
	}
	for name, key := range req.FlagKeys {
		f := req.Flags.Lookup(name)
		if f == nil {
			continue // this command does not offer that flag
		}
		if err := l.v.BindPFlag(key, f); err != nil {
			return err
		}
		l.keyFlag[key] = name
	}
	return nil
}

// findFile returns the explicit file, or the first of ./jobscreen.yaml and
// the user config dir's jobscreen/jobscreen.yaml that exists, or "".
func findFile(explicit string) (string, error) {
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", fmt.Errorf("config file %s: %w", explicit, unwrapPath(err))
		}
		return explicit, nil
	}
	candidates := []string{FileName}
	if dir, err := os.UserConfigDir(); err == nil {
		candidates = append(candidates, filepath.Join(dir, "jobscreen", FileName))
	}
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && st.Mode().IsRegular() {
			return c, nil
		}
	}
	return "", nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (l *Loaded) readFile(file string) error {
	l.File = file
	l.v.SetConfigFile(file)
	l.v.SetConfigType("yaml") // whatever the extension: the format is YAML
	if err := l.v.ReadInConfig(); err != nil {
		var pe viper.ConfigParseError
		if errors.As(err, &pe) {
			return fmt.Errorf("config file %s: not valid YAML: %v", file, errors.Unwrap(pe))
		}
		return fmt.Errorf("config file %s: %w", file, unwrapPath(err))
	}
	return nil
}

// invalidKeys picks the parent and keys out of mapstructure's
// "'thresholds' has invalid keys: mediun" so the message can name the
// full dotted key.
var invalidKeys = regexp.MustCompile(`'([^']*)' has invalid keys?: ([^\n]*)`)

func (l *Loaded) decode() error {
	cfg := Defaults()
	err := l.v.UnmarshalExact(&cfg)
	if err == nil {
		cfg.Countries = upperKeys(cfg.Countries)
		l.Config = cfg
		return nil
	}
	where := "configuration"
	if l.File != "" {
		where = "config file " + l.File
	}
	var bad []string
	for _, m := range invalidKeys.FindAllStringSubmatch(err.Error(), -1) {
		for _, k := range strings.Split(m[2], ", ") {
			bad = append(bad, joinKey(m[1], strings.TrimSpace(k)))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s: unknown key %s (allowed top-level keys: %s)", where,
			strings.Join(bad, ", "), strings.Join(TopKeys(), ", "))
	}
	return l.typeErrors(err)
}

// quotedKey finds the key mapstructure names in "'max_text_bytes' cannot
// parse value as 'int'".
var quotedKey = regexp.MustCompile(`^'([^']+)'`)

// typeErrors rewrites mapstructure's multi-line report into one line per
// bad value, each naming where the value came from, since a bad value may
// come from an environment variable as easily as from the file.
func (l *Loaded) typeErrors(err error) error {
	body := strings.TrimPrefix(err.Error(), "decoding failed due to the following error(s):")
	var errs []error
	for line := range strings.SplitSeq(body, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if m := quotedKey.FindStringSubmatch(line); m != nil {
			line = fmt.Sprintf("%s (from %s)", line, l.Source(m[1]))
		}
		errs = append(errs, errors.New(line))
	}
	if len(errs) == 0 {
		return err
	}
	return errors.Join(errs...)
}

func joinKey(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}
