package dev.ivsinspector.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void everyBidiControlIsWrittenOutVisibly() {
        assertThat(DisplayText.visible("invoice-\u202Egpj.exe")).isEqualTo("invoice-⟨U+202E⟩gpj.exe");
        String all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        assertThat(DisplayText.visible(all)).isEqualTo("⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩⟨U+2066⟩⟨U+2067⟩"
                + "⟨U+2068⟩⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "prod-recordings ünïcødé 録画 שלום";
        assertThat(DisplayText.visible(text)).isSameAs(text);
        assertThat(DisplayText.visible(null)).isNull();
    }

    @Test
    void aValueAtTheShownBoundIsWholeAndOneMoreCharacterIsCutWithItsLength() {
        String atBound = "x".repeat(Bounds.SHOWN_VALUE_CHARS);
        assertThat(DisplayText.shown(atBound)).isEqualTo(atBound);
        String over = atBound + "y";
        assertThat(DisplayText.shown(over)).isEqualTo(atBound + String.format("… (cut: %,d characters)", over.length()));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "a".repeat(9) + "😀" + "b";
        assertThat(DisplayText.cut(text, 10)).startsWith("a".repeat(9) + "…");
    }
}
