package text_test

import (
	"fmt"

	"dossier/text"
)

func ExampleNewDoc() {
	article := "“We did not fire first,” Gen. Ada Vorne told reporters in the U.S. " +
		"The ministry disagreed.\n\n" +
		"“It is absurd.\n\n“Nobody believes it,” a spokesman said."
	d := text.NewDoc(article)
	for _, s := range d.Sentences {
		fmt.Printf("paragraph %d: %s\n", s.Paragraph, s.Span.Of(article))
	}
	for _, q := range d.Quotes {
		fmt.Printf("quote %d-%d closed=%v continued=%d: %q\n", q.Span.Start, q.Span.End, q.Closed, len(q.Continued), q.Span.Of(article))
	}
	// Output:
	// paragraph 0: “We did not fire first,” Gen. Ada Vorne told reporters in the U.S.
	// paragraph 0: The ministry disagreed.
	// paragraph 1: “It is absurd.
	// paragraph 2: “Nobody believes it,” a spokesman said.
	// quote 0-28 closed=true continued=0: "“We did not fire first,”"
	// quote 96-139 closed=true continued=1: "“It is absurd.\n\n“Nobody believes it,”"
}

func ExampleTokenize() {
	s := "Ukraine’s envoy didn't call it ‘ludicrous’."
	for _, t := range text.Tokenize(s) {
		fmt.Printf("%s %v\n", t.Text(s), t.Kind)
	}
	// Output:
	// Ukraine Word
	// ’s Word
	// envoy Word
	// did Word
	// n't Word
	// call Word
	// it Word
	// ‘ QuoteMark
	// ludicrous Word
	// ’ QuoteMark
	// . Punct
}
