package eval

import (
	"testing"

	"github.com/newsgraph/newsgraph/loaders/extract"
)

// floors are the F1 scores the extractor must keep on data/eval and on the
// tuned-on holdout articles 30-79, by gold file set, set a little under what
// was measured (80-87, the last blind set, has none). They only ever rise.
// "parties" is scored as recall, as the extraction format asks.
//
// Lowered once, for statements only (1x–2x 0.99 -> 0.89, 3x 0.98 -> 0.81,
// 4x 0.99 -> 0.83): the gold of real published text (../shared/gold-real,
// the reference) counts only text in quotation marks as statements, not
// the labelled turns of transcripts and Q&As, which the gold of 11, 14,
// 33, 34, 42 and 48 (written for the project) counts. The extractor follows
// the real gold; those written articles' turns are now misses.
//
// Lowered for 0x entities and roles (0.99 -> 0.98, 0.99 -> 0.95) at
// 9f3bebb: "Air Force Gen. X" gives X no role at the Air Force, and the
// Air Force no entity, as the gold of real published text never does for
// a service written before a rank (eleven times); the gold of 05 and 06
// here does, twice.
//
// Lowered for 3x roles (0.95 -> 0.93) on 2026-12-05: the gold was
// reconciled to the convention that a member of Congress holds Senator or
// Representative at the United States, a committee post being a role of
// its own (data/real/README.md, "Gold reconciled on 2026-12-05"); 34's two
// senators, named only as "Sen. X" in a hearing's header, are now misses.
// Likewise 1x-2x roles (0.98 -> 0.97): 21's "Representative Daniel
// Whitmore, a member of the House Foreign Affairs Committee" now holds the
// seat at the United States and the committee post apart, and the seat,
// named with no US cue the extractor reads, is a miss.
//
// "relations" (1x, 2x and 3x-7x): the gold of these sets was migrated on
// 2026-12-03 from the old free-form relation vocabulary to the closed
// PLOVER/CAMEO one of extraction-format.md, annotated from the article text
// only; the extractor was not tuned on it. Floors set a little under the
// F1 measured right after the migration (1x-2x 0.277, 3x 0.267, 4x 0.098,
// 5x 0.244, 6x 0.400, 7x 0.333; 8x, the blind set, gets none).
var floors = []struct {
	name, dir, pattern string
	f1                 map[string]float64
}{
	{"development (0x)", "../../data/eval", "0*.gold.json", map[string]float64{
		"entities": 0.98, "roles": 0.95, "statements": 0.99, "agreements": 0.99, "parties": 0.99}},
	{"held-out (1x, 2x)", "../../data/eval", "[12]*.gold.json", map[string]float64{
		"entities": 0.98, "roles": 0.97, "statements": 0.89, "agreements": 0.99, "parties": 0.99,
		"relations": 0.25}},
	// tuned on after its single blind run: no longer a measure of generality
	{"holdout (3x)", "../../data/holdout", "3*.gold.json", map[string]float64{
		"entities": 0.95, "roles": 0.93, "statements": 0.81, "agreements": 0.99, "parties": 0.99,
		"relations": 0.24}},
	// blind-run once (roles 0.515, statements 0.796), then studied for
	// general mechanisms: no longer a measure of generality
	{"holdout (4x)", "../../data/holdout", "4*.gold.json", map[string]float64{
		"entities": 0.945, "roles": 0.88, "statements": 0.83, "agreements": 0.99, "parties": 0.99,
		"relations": 0.08}},
	// blind-run once at 46b1405 (entities 0.906, roles 0.816, agreements
	// 0.636, parties 0.565), then studied for general mechanisms: no longer
	// a measure of generality
	{"holdout (5x)", "../../data/holdout", "5*.gold.json", map[string]float64{
		"entities": 0.99, "roles": 0.99, "statements": 0.99, "agreements": 0.99, "parties": 0.99,
		"relations": 0.22}},
	// blind-run once at c0d4712 (entities 0.878, roles 0.816, agreements
	// 0.538, parties 0.346), then studied for the agreement grammar and
	// parties: no longer a measure of generality
	{"holdout (6x)", "../../data/holdout", "6*.gold.json", map[string]float64{
		"entities": 0.91, "roles": 0.88, "statements": 0.96, "agreements": 0.99, "parties": 0.99,
		"relations": 0.37}},
	// blind-run once at 906e62a (entities 0.958, roles 0.864, agreements
	// 0.818, parties 0.458), then studied for discourse-level agreement
	// parties: no longer a measure of generality
	{"holdout (7x)", "../../data/holdout", "7*.gold.json", map[string]float64{
		"entities": 0.97, "roles": 0.87, "statements": 0.97, "agreements": 0.99, "parties": 0.99,
		"relations": 0.30}},
}

func TestFloors(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New() error: %v", err)
	}
	for _, set := range floors {
		r, err := ScoreGlob(set.dir, set.pattern, ex)
		if err != nil {
			t.Fatalf("ScoreGlob(%s): %v", set.pattern, err)
		}
		for field, floor := range set.f1 {
			c := r.Field(field)
			got := c.F1()
			if field == "parties" {
				got = c.Recall()
			}
			if got < floor {
				t.Errorf("%s %s = %.3f, below the floor %.3f", set.name, field, got, floor)
			}
		}
		t.Logf("%s:\n%s", set.name, r.Table())
	}
}
