package main

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"
)

// countingWarm counts its runs and lets the test hold one open.
type countingWarm struct {
	runs    atomic.Int32
	started chan struct{}
	release chan struct{}
}

func (c *countingWarm) Warm(ctx context.Context, minDocs int) (int, error) {
	c.runs.Add(1)
	c.started <- struct{}{}
	select {
	case <-c.release:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	return 1, nil
}

// TestWarmer checks that kicks during a run make exactly one more run,
// and that stop ends a run in progress.
func TestWarmer(t *testing.T) {
	c := &countingWarm{started: make(chan struct{}, 10), release: make(chan struct{})}
	w := startWarmer(context.Background(), c, slog.New(slog.NewTextHandler(io.Discard, nil)))
	w.kick()
	<-c.started // first run open
	for range 5 {
		w.kick()
	}
	c.release <- struct{}{} // first run ends; the kicks make one more
	<-c.started
	c.release <- struct{}{}
	select {
	case <-c.started:
		t.Fatal("a third run: kicks during a run must make one more run, not one each")
	case <-time.After(50 * time.Millisecond):
	}
	if n := c.runs.Load(); n != 2 {
		t.Errorf("%d runs, want 2", n)
	}
	w.kick()
	<-c.started // a run in progress…
	done := make(chan struct{})
	go func() { w.stop(); close(done) }()
	select {
	case <-done: // …ends with stop
	case <-time.After(5 * time.Second):
		t.Fatal("stop did not end the run in progress")
	}
}
