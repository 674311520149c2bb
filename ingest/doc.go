// Package ingest turns files into dossier Documents: it walks files and
// folders (Walk), reads plain text, HTML pages, JSON and JSON lines records
// and RSS/Atom feeds (Parse), cleans the text (Clean) and fills metadata
// the format does not give from the text itself (Metadata): title,
// publication date, dateline, publisher and language.
//
// A bad input is data, not a crash: every failure is an *Error naming the
// file (and line or item) and wrapping a sentinel reason such as ErrBinary
// or ErrInvalidUTF8, and Walk reports it as an Item and goes on.
//
// The cleaned text is the text of record: a Document's ID is the
// dossier.TextID of it, and every extraction offset points into it.
package ingest
