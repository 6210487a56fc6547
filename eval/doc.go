// Package eval scores dossier's stages against gold data sets, so that a
// change to a stage can be judged by a number rather than by a few pages
// looked at by eye.
//
// Each evaluation reads a development set from disk (see the README of
// ../shared/data), runs one stage on every item and reports the metric the
// published anchors for that set use, so that the numbers can be compared
// with them. The sets are never copied into the repository: tests that need
// them skip when they are absent.
package eval
