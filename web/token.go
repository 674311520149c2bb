package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"strings"
)

// MinTokenLength is the shortest bearer token the server accepts.
const MinTokenLength = 16

// LoadOrCreateToken returns the bearer token kept in the file at path,
// creating the file (mode 0600) with a new random token when there is none.
// created reports whether it made a new one. A token file readable by group
// or others is refused.
func LoadOrCreateToken(path string) (token string, created bool, err error) {
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		fi, err := os.Stat(path)
		if err != nil {
			return "", false, fmt.Errorf("token file: %w", err)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			return "", false, fmt.Errorf("token file %s: permissions %v let others read it; chmod 600 it", path, fi.Mode().Perm())
		}
		token = strings.TrimSpace(string(b))
		if len(token) < MinTokenLength {
			return "", false, fmt.Errorf("token file %s: the token is shorter than %d characters", path, MinTokenLength)
		}
		return token, false, nil
	case !errors.Is(err, fs.ErrNotExist):
		return "", false, fmt.Errorf("token file: %w", err)
	}
	token = NewToken()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", false, fmt.Errorf("token file: %w", err)
	}
	if _, err := f.WriteString(token + "\n"); err != nil {
		f.Close()
		return "", false, fmt.Errorf("token file: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", false, fmt.Errorf("token file: %w", err)
	}
	return token, true, nil
}

// NewToken returns a random token: 32 bytes from crypto/rand, in hex.
func NewToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand panics instead)
	return hex.EncodeToString(b)
}

// authorized reports whether r carries "Authorization: Bearer TOKEN" with
// the server's token, compared in constant time.
func authorized(r *http.Request, token string) bool {
	if token == "" {
		return false
	}
	h := r.Header.Get("Authorization")
	scheme, got, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	a := sha256.Sum256([]byte(strings.TrimSpace(got)))
	b := sha256.Sum256([]byte(token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}
