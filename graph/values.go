package graph

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// LiteralText returns the text of a literal value: a string's characters
// without quotes, language tag or datatype; other literals (numbers, times,
// booleans) as their native Go value prints. It returns "" for nil.
func LiteralText(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case nil:
		return ""
	}
	if s, ok := quad.NativeOf(v).(string); ok {
		return s
	}
	return fmt.Sprint(quad.NativeOf(v))
}
