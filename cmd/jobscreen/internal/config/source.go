package config

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Source says where the value of a dotted key came from: "flag --fail-on",
// "env JOBSCREEN_FAIL_ON", "config file jobscreen.yaml", "points file
// calib.yaml" or "default". It follows viper's precedence.
func (l *Loaded) Source(key string) string {
	key = strings.ToLower(key)
	if name, ok := l.keyFlag[key]; ok && l.flags != nil {
		if f := l.flags.Lookup(name); f != nil && f.Changed {
			return "flag --" + name
		}
	}
	env := EnvName(key)
	if _, ok := os.LookupEnv(env); ok {
		return "env " + env
	}
	if l.v.InConfig(key) {
		return "config file " + l.File
	}
	if id, ok := strings.CutPrefix(key, "points."); ok && l.filePoints[id] {
		return "points file " + l.PointsFrom
	}
	return "default"
}

// EnvName is the environment variable that sets a dotted key.
func EnvName(key string) string {
	r := strings.NewReplacer(".", "_", "-", "_")
	return EnvPrefix + "_" + strings.ToUpper(r.Replace(key))
}

// Path resolves a path-valued setting: relative paths written in the config
// file are relative to that file, so a project's jobscreen.yaml works from
// any directory; paths from flags and env are relative to the working
// directory, as users expect of a command line.
func (l *Loaded) Path(key, p string) string {
	if p == "" || filepath.IsAbs(p) || l.File == "" || !strings.HasPrefix(l.Source(key), "config file") {
		return p
	}
	return filepath.Join(filepath.Dir(l.File), p)
}

// pointsFile is the format calibrate writes: only points.
type pointsFile struct {
	Points map[string]int `yaml:"points"`
}

// mergePointsFile lays points_file under points: a value written in the
// config (or env) is a deliberate choice and beats a calibrated one.
func (l *Loaded) mergePointsFile() error {
	path := l.Path("points_file", l.Config.PointsFile)
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("points_file %s (from %s): %w", path, l.Source("points_file"), unwrapPath(err))
	}
	var pf pointsFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&pf); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("points_file %s (from %s): %v (expected: points: {rule-id: n})", path, l.Source("points_file"), err)
	}
	merged := maps.Clone(pf.Points)
	if merged == nil {
		merged = map[string]int{}
	}
	l.filePoints = map[string]bool{}
	for id := range pf.Points {
		if _, set := l.Config.Points[id]; !set {
			l.filePoints[id] = true
		}
	}
	maps.Copy(merged, l.Config.Points)
	l.Config.Points = merged
	l.PointsFrom = path
	return nil
}
