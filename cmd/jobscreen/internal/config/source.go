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
	if l.fromFile[key] {
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

// pointsFile is the format calibrate writes: the fitted points and the
// scoring curve they were fitted for. Scoring is optional, so that a
// hand-written file of points alone still loads.
type pointsFile struct {
	Scoring *fileScoring   `yaml:"scoring"`
	Points  map[string]int `yaml:"points"`
}

// fileScoring holds pointers so that a value written as 0 is told apart
// from one not written at all.
type fileScoring struct {
	Offset *float64 `yaml:"offset"`
	Scale  *float64 `yaml:"scale"`
}

// mergePointsFile lays points_file under the config: a value written in the
// config (or env, or a flag) is a deliberate choice and beats a calibrated
// one. That holds for each point and for each of scoring.offset and
// scoring.scale.
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
		return fmt.Errorf("points_file %s (from %s): %v (expected: points: {rule-id: n}, and optionally scoring: {offset: x, scale: y})",
			path, l.Source("points_file"), err)
	}
	merged := maps.Clone(pf.Points)
	if merged == nil {
		merged = map[string]int{}
	}
	l.fromFile = map[string]bool{}
	for id := range pf.Points {
		if _, set := l.Config.Points[id]; !set {
			l.fromFile["points."+id] = true
		}
	}
	maps.Copy(merged, l.Config.Points)
	l.Config.Points = merged
	l.mergeScoring(pf.Scoring)
	l.PointsFrom = path
	return nil
}

// mergeScoring takes the points file's scoring values that nothing above
// it (flag, env, config file) has set.
func (l *Loaded) mergeScoring(fs *fileScoring) {
	if fs == nil {
		return
	}
	for key, pair := range map[string]struct {
		from *float64
		to   *float64
	}{
		"scoring.offset": {fs.Offset, &l.Config.Scoring.Offset},
		"scoring.scale":  {fs.Scale, &l.Config.Scoring.Scale},
	} {
		if pair.from != nil && l.Source(key) == "default" {
			*pair.to = *pair.from
			l.fromFile[key] = true
		}
	}
}
