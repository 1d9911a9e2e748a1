package ask

import (
	"encoding/json"
	"fmt"
	"io"
)

// EncodeJSON writes v as indented JSON followed by a newline: the one form
// both the CLI's --json and the HTTP endpoints use.
func EncodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode JSON: %w", err)
	}
	return nil
}
