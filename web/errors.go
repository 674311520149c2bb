package web

import (
	"context"
	"errors"
	"net/http"

	"dossier"
)

// Errors of the HTTP layer, beside the store's dossier.ErrNotFound and
// dossier.ErrInvalid.
var (
	// ErrUnauthorized means a write came without the right bearer token.
	ErrUnauthorized = errors.New("unauthorized")
	// ErrMethod means the path exists but not for the request's method.
	ErrMethod = errors.New("method not allowed")
	// ErrMediaType means a request body of a type the endpoint does not read.
	ErrMediaType = errors.New("unsupported media type")
	// ErrUnavailable means the server cannot do this now (shutting down,
	// or writes are not configured).
	ErrUnavailable = errors.New("unavailable")
)

// apiError is the body of every error answer:
// {"error": {"code": "not_found", "message": "..."}}.
type apiError struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// classify maps an error to its HTTP status and stable code: the one place
// where errors become statuses, for the API and the web pages alike. The
// message is the error's text for a client's mistake, and a generic one for
// the server's own failures (which are logged instead).
func classify(err error) (status int, code, message string) {
	var tooLarge *http.MaxBytesError
	switch {
	case errors.Is(err, dossier.ErrNotFound):
		return http.StatusNotFound, "not_found", err.Error()
	case errors.Is(err, dossier.ErrInvalid):
		return http.StatusBadRequest, "invalid_argument", err.Error()
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized, "unauthorized", err.Error()
	case errors.Is(err, ErrMethod):
		return http.StatusMethodNotAllowed, "method_not_allowed", err.Error()
	case errors.Is(err, ErrMediaType):
		return http.StatusUnsupportedMediaType, "unsupported_media_type", err.Error()
	case errors.As(err, &tooLarge):
		return http.StatusRequestEntityTooLarge, "too_large", "the request body is larger than the limit"
	case errors.Is(err, ErrUnavailable):
		return http.StatusServiceUnavailable, "unavailable", err.Error()
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "unavailable", "the request was cancelled or took too long"
	}
	return http.StatusInternalServerError, "internal", "internal error"
}
