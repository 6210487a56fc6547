package lang

import (
	"fmt"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", Und},
		{"spaces", "   \n\t ", Und},
		{"digits", "2024-05-01 12:30 +0200 1,234,567", Und},
		{"very short", "Hello world", Und},
		{"short name", "Angela Merkel", Und},
		{"en", "The government said on Monday that it would raise taxes on fuel, and the opposition has promised to fight the plan in parliament.", "en"},
		{"en quoting de", "The chancellor told reporters in Berlin that the coalition was stable. “Wir schaffen das, und wir werden nicht aufgeben,” she said, repeating a phrase that has become famous. Critics said the plan was not enough and that the party would lose votes in the east.", "en"},
		{"de", "Die Regierung hat am Montag angekündigt, dass die Steuern auf Kraftstoff steigen werden. Die Opposition will sich im Bundestag gegen den Plan wehren.", "de"},
		{"fr", "Le gouvernement a annoncé lundi une hausse des taxes sur les carburants. L'opposition a promis de se battre contre ce projet dans les rues et au Parlement.", "fr"},
		{"es", "El gobierno anunció el lunes que subirá los impuestos sobre el combustible, y la oposición ha prometido luchar contra el plan en el Congreso.", "es"},
		{"it", "Il governo ha annunciato lunedì un aumento delle tasse sul carburante, e l'opposizione ha promesso di combattere il piano in Parlamento con tutte le sue forze.", "it"},
		{"pt", "O governo anunciou na segunda-feira que vai aumentar os impostos sobre os combustíveis, e a oposição prometeu lutar contra o plano no Congresso.", "pt"},
		{"nl", "De regering heeft maandag aangekondigd dat de belasting op brandstof omhoog gaat. De oppositie wil het plan in de Tweede Kamer tegenhouden.", "nl"},
		{"sv", "Regeringen meddelade på måndagen att skatten på bränsle ska höjas, och oppositionen har lovat att kämpa mot förslaget i riksdagen.", "sv"},
		{"pl", "Rząd ogłosił w poniedziałek, że podatki na paliwo wzrosną, a opozycja zapowiedziała, że nie zgodzi się na ten plan w Sejmie.", "pl"},
		{"tr", "Hükümet pazartesi günü akaryakıt vergilerinin artırılacağını açıkladı ve muhalefet bu plana karşı mecliste mücadele edeceğini söyledi. Bu karar için çok tartışma var ve daha fazla protesto bekleniyor.", "tr"},
		{"id", "Pemerintah mengumumkan pada hari Senin bahwa pajak bahan bakar akan dinaikkan, dan oposisi berjanji untuk melawan rencana itu di parlemen.", "id"},
		{"ru", "Правительство в понедельник объявило о повышении налогов на топливо, а оппозиция пообещала бороться с этим планом в парламенте.", "ru"},
		{"uk", "Уряд у понеділок оголосив про підвищення податків на пальне, а опозиція пообіцяла боротися з цим планом у парламенті.", "uk"},
		{"ar", "أعلنت الحكومة يوم الاثنين أنها سترفع الضرائب على الوقود، وتعهدت المعارضة بمحاربة الخطة في البرلمان.", "ar"},
		{"zh", "政府周一宣布将提高燃油税，反对派承诺在议会中反对这一计划。", "zh"},
		{"ja", "政府は月曜日、燃料税を引き上げると発表し、野党は議会でこの計画に反対すると約束した。", "ja"},
		{"ko", "정부는 월요일 연료세를 인상하겠다고 발표했고 야당은 의회에서 이 계획에 맞서 싸우겠다고 약속했다.", "ko"},
		{"el", "Η κυβέρνηση ανακοίνωσε τη Δευτέρα αύξηση των φόρων στα καύσιμα και η αντιπολίτευση υποσχέθηκε να πολεμήσει το σχέδιο.", "el"},
		{"he", "הממשלה הודיעה ביום שני כי תעלה את המסים על הדלק, והאופוזיציה הבטיחה להילחם בתוכנית בכנסת.", "he"},
		{"hi", "सरकार ने सोमवार को घोषणा की कि ईंधन पर कर बढ़ाया जाएगा, और विपक्ष ने संसद में इस योजना का विरोध करने का वादा किया।", "hi"},
		{"ru with latin names", "Компания Apple и Microsoft заявили в Москве, что новые правила вступят в силу в следующем году.", "ru"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := Detect(tt.text)
			if got != tt.want {
				t.Errorf("Detect(%q) = %q (%.2f), want %q", tt.text, got, conf, tt.want)
			}
			if got == Und && conf != 0 || got != Und && (conf <= 0 || conf > 1) {
				t.Errorf("confidence %v for %q", conf, got)
			}
		})
	}
}

func TestName(t *testing.T) {
	if Name("de") != "German" || Name("xx") != "xx" {
		t.Errorf("Name: %q %q", Name("de"), Name("xx"))
	}
}

func TestDetectAllocs(t *testing.T) {
	text := strings.Repeat("Die Regierung hat am Montag angekündigt, dass die Steuern steigen. ", 50)
	if n := testing.AllocsPerRun(20, func() { Detect(text) }); n != 0 {
		t.Errorf("Detect allocates %v times per call", n)
	}
}

var sink string

func benchText() string {
	return strings.Repeat("The government said on Monday that it would raise taxes on fuel, and the opposition has promised to fight the plan in parliament. ", 2000)
}

func BenchmarkDetect(b *testing.B) {
	for _, size := range []int{1, 10, 2000} {
		text := benchText()[:size*130]
		b.Run(fmt.Sprintf("%dB", len(text)), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				sink, _ = Detect(text)
			}
		})
	}
}
