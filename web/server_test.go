package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier"
)

// slowIngester holds each ingest until released, then stores it.
type slowIngester struct {
	inner   Ingester
	started chan struct{}
	release chan struct{}
}

func (s *slowIngester) Ingest(ctx context.Context, name string, data []byte) ([]IngestResult, error) {
	close(s.started)
	<-s.release
	return s.inner.Ingest(ctx, name, data)
}

// TestGracefulShutdown cancels the server's context while an ingest is in
// flight: the ingest completes, its answer arrives, the document is
// stored, Serve returns nil, and new connections are refused.
func TestGracefulShutdown(t *testing.T) {
	var slow *slowIngester
	f := newFixture(t, func(o *Options) {
		slow = &slowIngester{inner: o.Ingester, started: make(chan struct{}), release: make(chan struct{})}
		o.Ingester = slow
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- f.srv.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	type answer struct {
		status int
		body   string
		err    error
	}
	done := make(chan answer, 1)
	go func() {
		req, _ := http.NewRequest("POST", base+"/api/v1/documents", strings.NewReader("The Ashen Circle burned a customs office in Orvane."))
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Authorization", "Bearer "+testToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- answer{status: resp.StatusCode, body: string(b)}
	}()
	<-slow.started
	cancel() // SIGINT
	// the server stops accepting; the request in flight goes on
	time.Sleep(50 * time.Millisecond)
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v with a request in flight", err)
	default:
	}
	close(slow.release)
	a := <-done
	if a.err != nil || a.status != http.StatusCreated {
		t.Fatalf("the request in flight: %d %s %v", a.status, a.body, a.err)
	}
	if err := <-served; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	res, err := f.st.Search(context.Background(), "Ashen", 5)
	if err != nil || len(res.Documents) != 1 {
		t.Errorf("the ingested document is not stored: %+v, %v", res, err)
	}
	if _, err := http.Get(base + "/"); err == nil {
		t.Error("the server still answers after shutdown")
	}
}

func TestServeReturnsListenErrors(t *testing.T) {
	f := newFixture(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if err := f.srv.Serve(context.Background(), ln); err == nil {
		t.Error("Serve on a closed listener returned nil")
	}
}

func TestLoadOrCreateToken(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kb.db.token")
	tok, created, err := LoadOrCreateToken(path)
	if err != nil || !created || len(tok) < MinTokenLength {
		t.Fatalf("first start: %q, %v, %v", tok, created, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("token file mode %v, want 0600", fi.Mode().Perm())
	}
	again, created, err := LoadOrCreateToken(path)
	if err != nil || created || again != tok {
		t.Errorf("second start: %q, %v, %v; want the same token", again, created, err)
	}
	os.Chmod(path, 0o644)
	if _, _, err := LoadOrCreateToken(path); err == nil {
		t.Error("a token file others can read was accepted")
	}
	short := filepath.Join(dir, "short.token")
	os.WriteFile(short, []byte("abc\n"), 0o600)
	if _, _, err := LoadOrCreateToken(short); err == nil {
		t.Error("a short token was accepted")
	}
	if _, _, err := LoadOrCreateToken(filepath.Join(dir, "no", "such", "dir", "t")); err == nil {
		t.Error("a token file in a missing folder was made")
	}
	if a, b := NewToken(), NewToken(); a == b {
		t.Error("NewToken repeats")
	}
}

func TestAuthorized(t *testing.T) {
	for _, tc := range []struct {
		header, token string
		want          bool
	}{
		{"Bearer " + testToken, testToken, true},
		{"bearer " + testToken, testToken, true},
		{"Bearer  " + testToken + " ", testToken, true},
		{"Bearer " + testToken + "x", testToken, false},
		{"Basic " + testToken, testToken, false},
		{testToken, testToken, false},
		{"", testToken, false},
		{"Bearer ", "", false},
		{"Bearer x", "", false},
	} {
		r, _ := http.NewRequest("POST", "/", nil)
		if tc.header != "" {
			r.Header.Set("Authorization", tc.header)
		}
		if got := authorized(r, tc.token); got != tc.want {
			t.Errorf("authorized(%q, %q) = %v, want %v", tc.header, tc.token, got, tc.want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err    error
		status int
		code   string
	}{
		{fmt.Errorf("entity 3: %w", dossier.ErrNotFound), 404, "not_found"},
		{fmt.Errorf("x: %w", dossier.ErrInvalid), 400, "invalid_argument"},
		{ErrUnauthorized, 401, "unauthorized"},
		{fmt.Errorf("%w: PUT", ErrMethod), 405, "method_not_allowed"},
		{ErrMediaType, 415, "unsupported_media_type"},
		{&http.MaxBytesError{Limit: 10}, 413, "too_large"},
		{fmt.Errorf("read: %w", &http.MaxBytesError{Limit: 10}), 413, "too_large"},
		{ErrUnavailable, 503, "unavailable"},
		{context.DeadlineExceeded, 503, "unavailable"},
		{errors.New("disk on fire"), 500, "internal"},
	} {
		status, code, msg := classify(tc.err)
		if status != tc.status || code != tc.code || msg == "" {
			t.Errorf("classify(%v) = %d %s %q, want %d %s", tc.err, status, code, msg, tc.status, tc.code)
		}
		if status == 500 && strings.Contains(msg, "fire") {
			t.Errorf("an internal error's text is shown: %q", msg)
		}
	}
}

func TestNewRefusesShortToken(t *testing.T) {
	f := newFixture(t)
	if _, err := New(Options{Store: f.st, Token: "short"}); err == nil {
		t.Error("New took a 5-character token")
	}
	if _, err := New(Options{}); err == nil {
		t.Error("New took no store")
	}
}
