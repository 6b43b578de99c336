package org.smriti.data.interop.anki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnkiHtmlTest {

    private static String text(String html) {
        return AnkiHtml.convert(html, true).text();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "a<br>b|'a\nb'",
            "a<br/><BR />b|'a\n\nb'",
            "first<div>second</div><div>third</div>|'first\nsecond\nthird'",
            "a<div><br></div>b|'a\n\nb'",
            "<p>one</p> <p>two</p>|'one\ntwo'",
            "<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>|'xy\nz'",
            "<b>bold</b> and <i>italic</i>|bold and italic",
            "'a  b\n c'|a  b  c",
            "caf&eacute; &mdash; na&iuml;ve &hellip;|café — naïve …",
            "x&nbsp;y&#160;z|x y z",
            "&unknown; &#0; &#xD800; AT&T|&unknown; &#0; &#xD800; AT&T",
            "&lt;script&gt;alert(1)&lt;/script&gt;|<script>alert(1)</script>",
            "<!-- hidden -->shown|shown",
            "<SCRIPT type=x>evil()</SCRIPT>ok<style>.a{}</style>|ok",
            "before<script>never closed|before",
            "<a href=\"https://x\">link</a>|link"})
    void htmlBecomesPlainText(String html, String expected) {
        assertThat(text(html)).isEqualTo(expected);
    }

    @Test
    void quotesAndMarkupCharactersAreDecoded() {
        assertThat(text("&amp;&lt;&gt;&quot;&#39;&#x27;&apos;")).isEqualTo("&<>\"'''");
    }

    @Test
    void mediaAreDroppedAndCounted() {
        AnkiHtml.Converted c = AnkiHtml.convert("<img src=a.png>Q <IMG SRC='b.jpg'/>[sound:a.mp3]"
                + "<audio controls><source src=c.ogg></audio><video src=d.mp4>fallback</video>", true);
        assertThat(c).isEqualTo(new AnkiHtml.Converted("Q", 2, 3));
    }

    @Test
    void textThatIsNotHtmlIsKeptAsWrittenExceptSoundTags() {
        AnkiHtml.Converted c = AnkiHtml.convert("a <b>&amp;</b>\r\nb [sound:x.mp3]", false);
        assertThat(c).isEqualTo(new AnkiHtml.Converted("a <b>&amp;</b>\nb", 0, 1));
    }
}
