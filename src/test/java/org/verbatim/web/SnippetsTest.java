package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Insertion;

class SnippetsTest {

  @Test
  void lets_the_highlighters_marks_and_escapes_through() {
    assertThat(Snippets.safe("the <mark>Arctic</mark> shelf &amp; &lt;b&gt; &#39;x&#39;"))
        .isEqualTo("the <mark>Arctic</mark> shelf &amp; &lt;b&gt; &#39;x&#39;");
  }

  @Test
  void escapes_any_other_markup_and_bare_ampersands() {
    assertThat(Snippets.safe("<script>alert(1)</script> <mark onclick=\"x\">a</mark> R&D"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &lt;mark onclick=&quot;x&quot;&gt;a"
            + "&lt;/mark&gt; R&amp;D");
  }

  @Test
  void keeps_marks_balanced() {
    assertThat(Snippets.safe("</mark>a <mark>b")).isEqualTo("&lt;/mark&gt;a <mark>b</mark>");
    assertThat(Snippets.safe("<mark><mark>c</mark>"))
        .isEqualTo("<mark>&lt;mark&gt;c</mark>");
  }

  @Test
  void cuts_a_paragraph_at_its_editorial_insertions() {
    String paragraph = "We discussed the [postponing of the] talks [sic].";
    assertThat(Segment.of(paragraph, 1, List.of(new Insertion(1, 17, 36, "[postponing of the]"),
        new Insertion(1, 43, 48, "[sic]"), new Insertion(0, 0, 2, "We"))))
        .containsExactly(new Segment("We discussed the ", false),
            new Segment("[postponing of the]", true), new Segment(" talks ", false),
            new Segment("[sic]", true), new Segment(".", false));
  }

  @Test
  void shows_a_bad_insertion_span_as_plain_text() {
    assertThat(Segment.of("Short.", 0, List.of(new Insertion(0, 2, 40, "[x]"))))
        .containsExactly(new Segment("Short.", false));
  }

  @Test
  void links_keep_other_parameters_and_encode_values() {
    Link link = Link.to("/search").with("q", "Arctic shelf").with("kind", "interview")
        .with("kind", "briefing");
    assertThat(link.toString()).isEqualTo("/search?q=Arctic+shelf&kind=interview&kind=briefing");
    assertThat(link.without("kind", "interview").set("cursor", "AoE=").toString())
        .isEqualTo("/search?q=Arctic+shelf&kind=briefing&cursor=AoE%3D");
    assertThat(Link.segment("И.П. Петров")).isEqualTo("%D0%98.%D0%9F.%20%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2");
  }
}
