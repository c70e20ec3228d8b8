// Command jobscreen screens job adverts for the signs of recruitment scams
// and explains each sign it finds.
//
//	jobscreen check advert.txt
//	jobscreen rules explain no-degree-needed
//
// Run `jobscreen --help` for every command.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
