package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void drops_scripts_styles_navigation_header_footer_and_keeps_paragraphs_and_line_breaks() {
    String html = """
        <!DOCTYPE html>
        <html><head><title>Site</title><style>p { color: red }</style>
        <script>var question = "Question: not this";</script></head>
        <body>
          <header><a href="/">Ministry</a> <span>Print</span></header>
          <nav><ul><li>Home</li><li>Press</li></ul></nav>
          <main>
            <h1>Interview of Foreign Minister Ivan Petrov to the Evening Post, Moscow, May 3, 2021</h1>
            <p>Question: How   was
               the trip?</p>
            <p>Ivan Petrov: Long.<br>Then short.<br/>Then over.</p>
            <script>document.write("Share")</script>
            <noscript>Enable scripts</noscript>
            <form><input value="Search"><button>Go</button></form>
          </main>
          <aside><p>Related: another interview</p></aside>
          <footer><p>© Ministry</p></footer>
        </body></html>
        """;

    assertThat(HtmlText.extract(html)).isEqualTo("""
        Interview of Foreign Minister Ivan Petrov to the Evening Post, Moscow, May 3, 2021

        Question: How was the trip?

        Ivan Petrov: Long.
        Then short.
        Then over.

        """);
  }

  @Test
  void finds_the_main_content_without_a_main_element_by_its_paragraph_text() {
    String html = """
        <body>
          <div class="top"><a href="/">Home</a> › <a href="/press">Press</a></div>
          <div class="layout">
            <div class="left"><p>Latest:</p><p>Weather report</p></div>
            <div class="body-wrap">
              <div class="transcript">
                <p>Question: Did the committee meet on Tuesday as planned?</p>
                <p>Anna Smirnova: It met on Wednesday, because the room was being painted.</p>
                <p>Question: What did it decide about the new bridge?</p>
                <p>Anna Smirnova: To build it next year, after the river freezes.</p>
              </div>
            </div>
            <div class="right"><p>Subscribe</p></div>
          </div>
        </body>
        """;

    assertThat(HtmlText.extract(html)).isEqualTo("""
        Question: Did the committee meet on Tuesday as planned?

        Anna Smirnova: It met on Wednesday, because the room was being painted.

        Question: What did it decide about the new bridge?

        Anna Smirnova: To build it next year, after the river freezes.

        """);
  }

  @Test
  void drops_elements_whose_class_or_id_say_they_are_chrome() {
    String html = """
        <body><div id="content">
          <div class="breadcrumbs">Home / Press / Interviews</div>
          <ul class="share-buttons"><li>Facebook</li><li>Print</li></ul>
          <div id="cookie-consent">We use cookies</div>
          <div class="top-banner">Subscribe now</div>
          <div class="main-menu"><a>News</a></div>
          <p>Question: Is the museum open on Mondays?</p>
          <p>Answer: Only in summer.</p>
          <div class="social_links">Follow us</div>
          <div class="site-footer">Contacts</div>
        </div></body>
        """;

    assertThat(HtmlText.extract(html)).isEqualTo("""
        Question: Is the museum open on Mondays?

        Answer: Only in summer.

        """);
  }

  @Test
  void decodes_entities_and_keeps_no_break_spaces_inside_a_line() {
    String html = "<main><p>Q&amp;A: Petrov&rsquo;s &laquo;view&raquo; &mdash; 10&nbsp;000"
        + " &#8220;tonnes&#x201D;&nbsp;</p><p>&nbsp;</p><p>&lt;b&gt; is &quot;bold&quot;</p></main>";

    assertThat(HtmlText.extract(html))
        .isEqualTo("Q&A: Petrov’s «view» — 10\u00a0000 “tonnes”\n\n<b> is \"bold\"\n\n");
  }

  @Test
  void puts_the_date_line_title_and_language_versions_first_as_a_text_page_does() {
    String html = """
        <body>
          <nav class="langs"><ul><li><a href="/en">en-GB</a><sup>1</sup></li>
            <li><a href="/ru">ru-RU</a><sup>1</sup></li></ul></nav>
          <article>
            <h1>Briefing by Foreign Ministry Spokesperson Anna Smirnova, Moscow, March 3, 2021</h1>
            <div class="date"><span>3 March 2021</span><span>12:30</span></div>
            <ol><li>Weather in the capital</li><li>Answers to media questions</li></ol>
            <h3>Weather in the capital</h3>
            <p>It will rain on Thursday.</p>
          </article>
        </body>
        """;

    assertThat(HtmlText.extract(html)).isEqualTo("""
        3 March 202112:30

        Briefing by Foreign Ministry Spokesperson Anna Smirnova, Moscow, March 3, 2021

        • en-GB1 ru-RU1

        Weather in the capital

        Answers to media questions

        Weather in the capital

        It will rain on Thursday.

        """);
  }

  @Test
  void takes_language_versions_from_hreflang_links_and_the_title_from_the_page_title() {
    String html = """
        <html><head><title>Statement by the Ministry on the harvest</title></head><body>
          <div class="versions"><a hreflang="en-GB" href="/en">English</a>
            <a hreflang="fr-FR" href="/fr">Français</a></div>
          <main><time datetime="2020-09-22T10:00">2020-09-22 10:00</time>
            <p>The harvest was good this year.</p></main>
        </body></html>
        """;

    assertThat(HtmlText.extract(html)).isEqualTo("""
        2020-09-22 10:00

        Statement by the Ministry on the harvest

        • en-GB fr-FR

        The harvest was good this year.

        """);
  }

  @Test
  void keeps_every_article_of_a_listing_page() {
    String html = """
        <body><div class="list">
          <article><h2>Interview with the Morning Post</h2><p>2 March 2021</p><p>Short text.</p></article>
          <article><h2>Interview with the Evening Post</h2><p>3 March 2021</p><p>Other text.</p></article>
        </div></body>
        """;

    assertThat(HtmlText.extract(html)).isEqualTo("""
        Interview with the Morning Post

        2 March 2021

        Short text.

        Interview with the Evening Post

        3 March 2021

        Other text.

        """);
  }

  @Test
  void writes_table_rows_and_list_items_as_lines_and_pre_as_printed() {
    String html = "<main><table><tr><td>Moscow:</td><td>00:12</td></tr>"
        + "<tr><th>London:</th> <td>22:12</td></tr></table>"
        + "<ul><li>1. Weather</li><li>2. Bridges</li></ul>"
        + "<pre>line one\n  line two\n\nline four</pre>"
        + "<div>Question: one<br><br>Answer: two</div></main>";

    assertThat(HtmlText.extract(html)).isEqualTo("""
        Moscow: 00:12

        London: 22:12

        1. Weather

        2. Bridges

        line one
        line two

        line four

        Question: one

        Answer: two

        """);
  }

  @Test
  void reads_a_russian_page_in_the_charset_its_meta_declares() throws Exception {
    Charset windows1251 = Charset.forName("windows-1251");
    String html = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
        <title>МИД</title></head><body><main>
        <p class="date">3 марта 202112:30</p>
        <h1>Интервью министра Ивана Петрова газете «Вечер», Москва, 3 марта 2021 года</h1>
        <p>Вопрос: Когда будет мост?</p>
        <p>И.И.Петров: Весной — если не помешает погода.</p>
        </main></body></html>
        """;

    String text = HtmlText.extract(TextDecoder.decodeHtml(html.getBytes(windows1251), "ru.html"));

    assertThat(text).isEqualTo("""
        3 марта 202112:30

        Интервью министра Ивана Петрова газете «Вечер», Москва, 3 марта 2021 года

        Вопрос: Когда будет мост?

        И.И.Петров: Весной — если не помешает погода.

        """);
  }

  @Test
  void composes_text_decomposed_by_character_references_to_nfc() {
    assertThat(HtmlText.extract("<p>Re&#x301;ponse: oui</p>")).isEqualTo("Réponse: oui\n\n");
  }
}
