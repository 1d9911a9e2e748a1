package extract

import "testing"

// TestPhoneCalls: a person who called another named by title right after
// the verb met them; not one who called on or for someone, gave someone
// a name, or only planned to call.
func TestPhoneCalls(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "called a president of a country today",
			text: "President Ana Ruiz called President Tomas Herrera of Bolivia today to congratulate him on his election.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "called a prime minister this afternoon",
			text: "President Ana Ruiz called Prime Minister Lucia Vargas this afternoon to express her sympathy for the flooding.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "called someone a name",
			text: "Senator Marco Salas called President Tomas Herrera a threat to the region.",
			not:  []string{"Marco Salas|metWith|Tomas Herrera"}},
		{name: "called on someone",
			text: "Senator Marco Salas called on President Tomas Herrera to resign.",
			not:  []string{"Marco Salas|metWith|Tomas Herrera"}},
		{name: "will call: planned",
			text: "President Ana Ruiz will call President Tomas Herrera of Bolivia tomorrow.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}
