// Command liaison-ferretdb runs embeddable FerretDB (v1) for local development and CI, with the
// PostgreSQL handler (default; filters on top-level fields are pushed down to SQL) or the SQLite
// handler (fallback; only `_id` equality is pushed down). It exists because `go install github.com/FerretDB/FerretDB/cmd/ferretdb` outside the
// FerretDB repository panics on missing build/version/version.txt; the embeddable package does not.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// ferretdbVersion must match the version required in go.mod.
const ferretdbVersion = "1.24.2"

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP listen address")
	handler := flag.String("handler", "postgresql", "backend handler: postgresql or sqlite")
	pgURL := flag.String("postgresql-url", "postgres://127.0.0.1:5432/ferretdb", "PostgreSQL URL (handler postgresql)")
	dir := flag.String("sqlite-dir", "data", "directory for SQLite database files (handler sqlite)")
	level := flag.String("log-level", "info", "log level: debug, info, warn, error")
	showVersion := flag.Bool("version", false, "print version and exit")
	flag.Parse()

	if *showVersion {
		fmt.Printf("FerretDB %s (embedded, handlers: postgresql, sqlite)\n", ferretdbVersion)
		return
	}

	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		fmt.Fprintf(os.Stderr, "invalid -log-level %q: %v\n", *level, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))

	cfg := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Logger:   logger,
		Handler:  *handler,
	}
	backend := ""
	switch *handler {
	case "postgresql":
		cfg.PostgreSQLURL = *pgURL
		backend = *pgURL
	case "sqlite":
		abs, err := filepath.Abs(*dir)
		if err != nil {
			logger.Error("bad sqlite dir", "err", err)
			os.Exit(2)
		}
		if err := os.MkdirAll(abs, 0o755); err != nil {
			logger.Error("cannot create sqlite dir", "err", err)
			os.Exit(1)
		}
		cfg.SQLiteURL = "file:" + abs + "/"
		backend = abs
	default:
		fmt.Fprintf(os.Stderr, "invalid -handler %q: want postgresql or sqlite\n", *handler)
		os.Exit(2)
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		logger.Error("cannot start FerretDB", "err", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := f.Run(ctx); err != nil {
			logger.Error("FerretDB stopped with error", "err", err)
		}
	}()

	logger.Info("FerretDB started", "version", ferretdbVersion, "listen", *listen, "handler", *handler, "backend", backend)
	<-done
	logger.Info("FerretDB stopped")
}
