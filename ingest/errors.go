package ingest

import (
	"errors"
	"fmt"
)

// Reasons an input is rejected. Errors returned by Parse and reported by
// Walk wrap one of these (test with errors.Is) inside an *Error that names
// the input.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary data, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("too large")
	ErrNoText      = errors.New("no text after cleaning")
	ErrMalformed   = errors.New("malformed")
	ErrUnreadable  = errors.New("unreadable")
)

// Error is the failure of one input: a file, or one record of a file that
// holds many (a JSON lines line, an array element, a feed item).
type Error struct {
	Path string // the file, or "stdin"
	Line int    // 1-based line of a JSON lines record, or 0
	Item int    // 1-based index of an array element or feed item, or 0
	Err  error  // the reason, wrapping one of the Err* sentinels
}

// Error returns "path: reason", "path:line: reason" or "path[item]: reason".
func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	case e.Item > 0:
		return fmt.Sprintf("%s[%d]: %v", e.Path, e.Item, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

// Errors returns the individual errors of err: the *Error values joined by
// Parse when several records fail, or err itself.
func Errors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Errors(e)...)
		}
		return out
	}
	return []error{err}
}
