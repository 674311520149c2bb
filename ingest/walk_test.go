package ingest

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const article = "VARNOK, Esteria — Fighters of the Red Heron Brigade attacked a police post on the edge of Varnok on Monday night, officials said, and two officers were wounded in the exchange of fire.\n"

// tree writes files (path → content) under a new temporary folder.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// collect walks paths and returns the items, with paths made relative to
// root.
func collect(t *testing.T, root string, paths []string, opt Options) []Item {
	t.Helper()
	var items []Item
	err := Walk(context.Background(), paths, opt, func(it Item) error {
		if rel, err := filepath.Rel(root, it.Path); err == nil && !strings.HasPrefix(rel, "..") {
			it.Path = filepath.ToSlash(rel)
		}
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

// summary describes items as "path: doc", "path: skipped" or "path: error".
func summary(items []Item) []string {
	var out []string
	for _, it := range items {
		switch {
		case it.Doc != nil:
			out = append(out, it.Path+": doc")
		case it.Skipped:
			out = append(out, it.Path+": skipped")
		default:
			out = append(out, it.Path+": "+it.Err.Error())
		}
	}
	return out
}

func TestWalk(t *testing.T) {
	root := tree(t, map[string]string{
		"a.txt":              article,
		"b/page.HTML":        "<html><body><p>" + article + "</p></body></html>",
		"b/records.ndjson":   `{"text": "` + strings.TrimSpace(article) + `"}` + "\n{oops\n",
		"b/notes.docx":       "PK\x03\x04 whatever",
		"b/empty.txt":        "",
		".hidden/c.txt":      article,
		"b/.draft.txt":       article,
		"b/.git/HEAD.txt":    article,
		"README":             article, // named explicitly below
		"stdin-like/x.jsonl": `{"text": "` + strings.TrimSpace(article) + `"}`,
	})
	paths := []string{
		root,
		filepath.Join(root, "README"),
		filepath.Join(root, "missing.txt"),
		filepath.Join(root, "b", ".draft.txt"), // hidden, but named
		"-",
	}
	opt := Options{Stdin: strings.NewReader(`{"title": "From stdin", "text": "` + strings.TrimSpace(article) + `"}` + "\n")}
	items := collect(t, root, paths, opt)
	got := summary(items)
	want := []string{
		"README: skipped", // in the folder walk: unknown extension
		"a.txt: doc",
		"b/empty.txt: b/empty.txt: empty file",
		"b/notes.docx: skipped",
		"b/page.HTML: doc",
		"b/records.ndjson: doc",
		"b/records.ndjson: b/records.ndjson:2: malformed JSON: invalid character 'o' looking for beginning of object key string",
		"stdin-like/x.jsonl: doc",
		"README: doc", // named explicitly: sniffed as text
		"missing.txt: missing.txt: unreadable: no such file or directory",
		"b/.draft.txt: doc",
		"stdin: doc",
	}
	// Error messages hold absolute paths; compare with root removed.
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], root+string(filepath.Separator), "")
	}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	last := items[len(items)-1]
	if last.Path != StdinPath || last.Doc == nil || *last.Doc.Title != "From stdin" || last.Doc.Format != FormatJSON {
		t.Errorf("stdin item = %+v", last)
	}
	for _, it := range items {
		if it.Doc != nil {
			checkDoc(t, it.Doc)
			if it.Doc.Path != it.Path && it.Doc.Path != filepath.Join(root, it.Path) {
				t.Errorf("doc path %q, item path %q", it.Doc.Path, it.Path)
			}
		}
		if it.Err != nil {
			var pe *Error
			if !errors.As(it.Err, &pe) {
				t.Errorf("error %v is not an *Error", it.Err)
			}
		}
	}
	if errors.Is(items[9].Err, fs.ErrNotExist) == false {
		t.Errorf("missing file error %v does not wrap fs.ErrNotExist", items[9].Err)
	}

	// Seq counts files as CountFiles does.
	n := CountFiles(paths)
	if n != 9 {
		t.Errorf("CountFiles = %d, want 9", n)
	}
	if s := items[len(items)-1].Seq; s != n {
		t.Errorf("last Seq = %d, CountFiles = %d", s, n)
	}
}

func TestWalkUnreadable(t *testing.T) {
	root := tree(t, map[string]string{
		"locked/a.txt": article,
		"open/b.txt":   article,
		"secret.txt":   article,
	})
	locked := filepath.Join(root, "locked")
	secret := filepath.Join(root, "secret.txt")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(secret, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	if _, err := os.ReadDir(locked); err == nil {
		t.Skip("permissions are not enforced (running as root?)")
	}
	got := summary(collect(t, root, []string{root}, Options{}))
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], root+string(filepath.Separator), "")
	}
	want := []string{
		"locked: locked: unreadable: permission denied",
		"open/b.txt: doc",
		"secret.txt: secret.txt: unreadable: permission denied",
	}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkTooLarge(t *testing.T) {
	root := t.TempDir()
	big := filepath.Join(root, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 100 MB file: no disk blocks, no memory.
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	items := collect(t, root, []string{big}, Options{})
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Fatalf("items = %+v, want one ErrTooLarge", items)
	}
	if msg := items[0].Err.Error(); !strings.Contains(msg, "104857600 bytes, over the 52428800-byte limit") {
		t.Errorf("message %q", msg)
	}

	// The size check comes before any read.
	w := walker{ctx: context.Background(), fn: func(Item) error { return nil }}
	if err := w.read("x", failReader{t}, 100<<20); err != nil {
		t.Fatal(err)
	}

	// Input of unknown size (a pipe) is cut at the limit.
	var got []Item
	err = Walk(context.Background(), []string{"-"}, Options{MaxBytes: 1000, Stdin: strings.NewReader(strings.Repeat("word ", 1000))},
		func(it Item) error { got = append(got, it); return nil })
	if err != nil || len(got) != 1 || !errors.Is(got[0].Err, ErrTooLarge) {
		t.Errorf("stdin over the limit: %v, %+v", err, got)
	}
}

type failReader struct{ t *testing.T }

func (r failReader) Read([]byte) (int, error) {
	r.t.Error("an oversized file was read")
	return 0, io.EOF
}

func TestWalkStops(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": article, "b.txt": article + " b", "c.txt": article + " c"})
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{root}, Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("Walk = %v after %d items, want the fn error after 2", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{root, root}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("Walk = %v after %d items, want context.Canceled after 1", err, n)
	}
}
