package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dossier"
)

// StdinPath is the path of documents and errors read from "-".
const StdinPath = "stdin"

// Item is the outcome of one input of Walk: a document, a failure, or a
// file skipped for its unknown extension. Exactly one of Doc, Err and
// Skipped is set.
type Item struct {
	// Path is the file the item comes from, or StdinPath.
	Path string
	// Doc is a document read from Path.
	Doc *dossier.Document
	// Err is why Path (or one record of it) gave no document. It is an
	// *Error wrapping ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge,
	// ErrNoText, ErrMalformed or ErrUnreadable (and then the fs error).
	Err error
	// Skipped is set for a file found in a folder whose extension is not
	// one Parse knows. Such files are not read.
	Skipped bool
	// Seq is the 1-based number of the file the item comes from, counting
	// files as CountFiles does, so Seq of CountFiles(paths) is the progress
	// of a walk. Skipped files and unreadable folders do not count.
	Seq int
}

// Walk reads paths and calls fn with an Item for every document, every
// failure and every skipped file, in order: paths in the order given,
// folder contents in lexical order, the documents of a file before its
// failures.
//
// A path is a file, a folder, or "-" for opt.Stdin. Folders are walked
// recursively; hidden files and folders (names starting with a dot) are
// ignored, symbolic links to folders are not followed, and files with an
// extension Parse does not know are reported as Skipped. A file named
// explicitly is read whatever its extension (unknown ones are sniffed, see
// Options.Parse). Files larger than opt.MaxBytes fail with ErrTooLarge
// without being read.
//
// A failure of one input is an Item, never the end of the walk: Walk
// returns an error only when ctx is done (ctx.Err()) or fn returns one
// (that error, unchanged).
func Walk(ctx context.Context, paths []string, opt Options, fn func(Item) error) error {
	w := walker{ctx: ctx, opt: opt, fn: fn}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

// CountFiles returns the number of files Walk would read for paths:
// explicit files (even missing ones, which yield an error item), "-", and
// the files of known extension in folders. It reads only folder listings.
func CountFiles(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			n++
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d == nil {
				return nil
			}
			if path != p && hidden(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && format(path) != "" && isFile(path, d) {
				n++
			}
			return nil
		})
	}
	return n
}

type walker struct {
	ctx context.Context
	opt Options
	fn  func(Item) error
	seq int
}

// fnError marks an error returned by the caller's fn, to pass it through
// filepath.WalkDir unchanged.
type fnError struct{ err error }

func (e fnError) Error() string { return e.err.Error() }

func (w *walker) emit(it Item) error {
	it.Seq = w.seq
	if err := w.fn(it); err != nil {
		return fnError{err}
	}
	return nil
}

func (w *walker) path(p string) error {
	err := w.walkPath(p)
	var fe fnError
	if errors.As(err, &fe) {
		return fe.err
	}
	return err
}

func (w *walker) walkPath(p string) error {
	if p == "-" {
		w.seq++
		in := w.opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		return w.read(StdinPath, in, -1)
	}
	info, err := os.Stat(p)
	if err != nil {
		w.seq++
		return w.emit(Item{Path: p, Err: unreadable(p, err)})
	}
	if !info.IsDir() {
		return w.file(p)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return w.emit(Item{Path: path, Err: unreadable(path, err)})
		}
		if path != p && hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if format(path) == "" {
			return w.emit(Item{Path: path, Skipped: true})
		}
		if !isFile(path, d) {
			return nil
		}
		return w.file(path)
	})
}

// hidden reports whether a file name is hidden.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}

// isFile reports whether a folder entry is a regular file or a symbolic
// link to one.
func isFile(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// file reads and parses one file.
func (w *walker) file(path string) error {
	w.seq++
	f, err := os.Open(path)
	if err != nil {
		return w.emit(Item{Path: path, Err: unreadable(path, err)})
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return w.read(path, f, size)
}

// read reads r (of the given size, or -1 if unknown) and emits its items.
func (w *walker) read(path string, r io.Reader, size int64) error {
	limit := w.opt.maxBytes()
	if size > limit {
		return w.emit(Item{Path: path, Err: tooLarge(path, size, limit)})
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return w.emit(Item{Path: path, Err: unreadable(path, err)})
	}
	if int64(len(data)) > limit {
		return w.emit(Item{Path: path, Err: tooLarge(path, -1, limit)})
	}
	docs, err := w.opt.Parse(path, data)
	for _, d := range docs {
		if err := w.emit(Item{Path: path, Doc: d}); err != nil {
			return err
		}
	}
	for _, e := range Errors(err) {
		if err := w.emit(Item{Path: path, Err: e}); err != nil {
			return err
		}
	}
	return nil
}

func tooLarge(path string, size, limit int64) error {
	if size < 0 {
		return &Error{Path: path, Err: fmt.Errorf("%w: over the %d-byte limit", ErrTooLarge, limit)}
	}
	return &Error{Path: path, Err: fmt.Errorf("%w: %d bytes, over the %d-byte limit", ErrTooLarge, size, limit)}
}

// unreadable wraps a file system error, dropping the path it repeats.
func unreadable(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: path, Err: fmt.Errorf("%w: %w", ErrUnreadable, err)}
}
