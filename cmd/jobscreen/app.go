package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/cmd/jobscreen/internal/config"
	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// Exit codes. Scripts and CI rely on them, so they never change meaning.
const (
	exitOK    = 0 // screened, and below --fail-on
	exitFail  = 1 // at or above --fail-on; or rule examples failed
	exitUsage = 2 // bad flag, config file or rule pack
	exitInput = 3 // unreadable, binary or oversized input
)

// version is set at build time: go build -ldflags "-X main.version=v1.2.3".
var version = "dev"

// exitError carries the exit code an error should end the run with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(err error) error { return &exitError{exitUsage, err} }
func inputError(err error) error { return &exitError{exitInput, err} }

// app is the state of one run: its streams and global flags. run builds a
// fresh one each call, so tests run commands in-process and in parallel.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	configFile     string
	code           int // the worst status a command reported without failing
}

// run executes one jobscreen command line and returns its exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		a.printError(err)
		return codeOf(err)
	}
	return a.code
}

// codeOf maps an error to its exit code. Errors cobra raises itself (an
// unknown command, a wrong number of arguments) are usage errors.
func codeOf(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitUsage
}

// printError writes each line of err prefixed, so multi-line rule-pack
// errors stay greppable one problem per line.
func (a *app) printError(err error) {
	for line := range strings.SplitSeq(strings.TrimRight(err.Error(), "\n"), "\n") {
		fmt.Fprintln(a.stderr, "jobscreen: "+line)
	}
}

// warn writes a message that does not stop the run.
func (a *app) warn(format string, args ...any) {
	fmt.Fprintf(a.stderr, "jobscreen: warning: "+format+"\n", args...)
}

// report raises the run's exit code to at least code.
func (a *app) report(code int) { a.code = max(a.code, code) }

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "jobscreen",
		Short: "Screen job adverts for signs of recruitment scams",
		Long: `jobscreen screens job adverts for the signs of recruitment scams and explains
each sign it finds: why it matters and what to do about it.

Settings come from flags, then JOBSCREEN_* environment variables, then a
config file (--config, ./jobscreen.yaml, or jobscreen/jobscreen.yaml in the
user config directory), then defaults. "jobscreen config" shows them.`,
		Example: `  jobscreen check advert.txt
  pbpaste | jobscreen check --format json
  jobscreen rules explain no-degree-needed`,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError(fmt.Errorf("%w (see '%s --help')", err, c.CommandPath()))
	})
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "config file (default ./jobscreen.yaml, then the user config dir's jobscreen/jobscreen.yaml)")
	pf.StringSlice("rule-pack", nil, "extra rule pack file or directory (repeatable; config: rule_packs)")
	pf.Bool("no-default-packs", false, "do not load the built-in rule packs (config: no_default_packs)")
	root.AddCommand(a.checkCmd(), a.configCmd(), a.rulesCmd(), a.serveCmd(), a.batchCmd(), a.evalCmd(), a.calibrateCmd())
	return root
}

// flagKeys maps flag names to the config keys they set. A function, not a
// package variable, so no run can change another's.
func flagKeys() map[string]string {
	return map[string]string{
		"fail-on": "fail_on", "format": "format", "color": "color",
		"rule-pack": "rule_packs", "no-default-packs": "no_default_packs",
		"max-text-bytes": "max_text_bytes", "disable": "disabled_rules",
		"addr": "serve.addr", "max-body-bytes": "serve.max_body_bytes", "max-concurrent": "serve.max_concurrent",
	}
}

// loadConfig reads the configuration for the command being run, with its
// flags bound at the top of the precedence.
func (a *app) loadConfig(cmd *cobra.Command) (*config.Loaded, error) {
	return a.loadConfigWith(cmd, nil)
}

// loadConfigWith is loadConfig for a command whose flag of the same name
// sets another key (batch's --format is batch.format, not format).
func (a *app) loadConfigWith(cmd *cobra.Command, override map[string]string) (*config.Loaded, error) {
	keys := flagKeys()
	maps.Copy(keys, override)
	l, err := config.Load(config.Request{Flags: cmd.Flags(), FlagKeys: keys, ConfigFile: a.configFile})
	if err != nil {
		return nil, usageError(err)
	}
	return l, nil
}

// newScreener builds the screener the configuration describes, with extra
// pack paths on top. Every failure here is the configuration's fault.
func (a *app) newScreener(l *config.Loaded, extra ...string) (*screener.Screener, error) {
	opts, err := l.Options(extra...)
	if err != nil {
		return nil, usageError(err)
	}
	s, err := screener.New(opts)
	var es rules.Errors
	if err != nil && !errors.As(err, &es) && l.File != "" {
		// Rule-pack errors name their files; the rest (an unknown rule id
		// in points, bad thresholds) are the configuration's, so say which.
		err = fmt.Errorf("%w (config file in use: %s)", err, l.File)
	}
	if err != nil {
		return nil, usageError(err)
	}
	return s, nil
}
