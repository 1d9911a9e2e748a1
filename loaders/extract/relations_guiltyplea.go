// A guilty plea that names no court, in a release filed from a U.S. city:
// "HOUSTON – X, 45, pleaded guilty on Monday".

package extract

// domesticPleaCourt is the government whose court took a guilty plea that
// names no court or place: the United States when the article carries a
// domestic U.S. dateline ("HOUSTON – … X pleaded guilty today"), as a
// federal prosecutor's release does; nil otherwise (a foreign dateline
// may report a plea taken abroad).
func (d *doc) domesticPleaCourt() []*entity {
	if !d.datelineUS {
		return nil
	}
	if us := d.govNamed("United States"); us != nil {
		return []*entity{us}
	}
	return nil
}
