package main

import (
	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/screener"
)

func (a *app) configCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value came from",
		Long: `config prints the configuration jobscreen would use, as YAML that can be saved
as a jobscreen.yaml. The first line names the config file read. Each value
that differs from the default ends with a comment naming its source: a flag,
a JOBSCREEN_* environment variable, the config file or the points file.

It accepts check's flags, so you can see what a check command line would do.
Values, and the rule packs, points and registry they name, are checked as
check checks them: a problem is reported after the YAML and exits 2.`,
		Example: `  jobscreen config
  JOBSCREEN_FAIL_ON=medium jobscreen config --format json
  jobscreen config --config team.yaml > jobscreen.yaml`,
		Args: cobra.NoArgs,
		RunE: a.runConfig,
	}
	addOutputFlags(cmd, "report format check would use: text, json")
	f := cmd.Flags()
	f.String("fail-on", "high", "band at which check exits 1: low, medium, high or never")
	f.Int("max-text-bytes", screener.DefaultMaxTextBytes, "largest plain-text advert in bytes")
	f.StringSlice("disable", nil, "rule id to switch off (repeatable)")
	return cmd
}

func (a *app) runConfig(cmd *cobra.Command, _ []string) error {
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	out, err := l.YAML()
	if err != nil {
		return err
	}
	if _, err := a.stdout.Write(out); err != nil {
		return err
	}
	// Print first, then check what the values name (packs, registry, rule
	// ids): the user asking to see the config is often debugging it.
	_, err = a.newScreener(l)
	return err
}
