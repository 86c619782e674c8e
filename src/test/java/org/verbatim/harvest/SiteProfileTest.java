package org.verbatim.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.store.DocumentId;

/**
 * A profile read from JSON (what it fills in, what it refuses and how it says so), the links it
 * reads on a page, and the generic profile. The sites, people and texts are invented.
 */
class SiteProfileTest {

  /** Regular expressions with character classes, so that no backslash needs escaping twice. */
  private static final String START = "\"start\": [\"https://news.example.org/briefings/\"]";
  private static final String DOCUMENTS =
      "\"documents\": \"https?://news[.]example[.]org/briefings/[0-9]+[.]html\"";
  private static final String MINIMAL = "{" + START + ", " + DOCUMENTS + "}";

  @Test
  void fills_in_what_a_profile_does_not_say() {
    SiteProfile profile = SiteProfile.parse("briefings", MINIMAL, "test");

    assertThat(profile.name()).isEqualTo("briefings");
    assertThat(profile.title()).isEqualTo("briefings");
    assertThat(profile.language()).isNull();
    assertThat(profile.hosts()).containsExactly("news.example.org");
    assertThat(profile.start()).containsExactly(url("https://news.example.org/briefings/"));
    assertThat(profile.documentLinks()).isEqualTo("a[href]");
    assertThat(profile.nextPage()).isNull();
    assertThat(profile.listingPages()).isNull();
    assertThat(profile.maxPages()).isEqualTo(1000);
    assertThat(profile.sitemaps()).isEmpty();
    assertThat(profile.robotsSitemaps()).isFalse();
    assertThat(profile.content()).isNull();
    assertThat(profile.languageLinks()).isNull();
    assertThat(profile.followLanguages()).isFalse();
    assertThat(profile.delay()).isNull();
    assertThat(profile.origin()).isEqualTo("test");
  }

  @Test
  void reads_every_key_of_a_profile() {
    SiteProfile profile = SiteProfile.parse("briefings", """
        {
          "title": "An invented ministry: briefings",
          "language": "en",
          "hosts": ["News.Example.org", "www.example.org"],
          "start": ["https://news.example.org/briefings/"],
          "listing": {
            "links": "ul.items a",
            "next": "a.next",
            "pages": "https://news[.]example[.]org/briefings/[?]page=[0-9]+",
            "maxPages": 20
          },
          "documents": "https://news[.]example[.]org/briefings/[0-9]+[.]html",
          "sitemaps": ["https://news.example.org/sitemap.xml"],
          "robotsSitemaps": true,
          "document": {
            "content": "article.briefing",
            "languages": "nav.languages a",
            "followLanguages": true
          },
          "delay": 2.5
        }
        """, "test");

    assertThat(profile.title()).isEqualTo("An invented ministry: briefings");
    assertThat(profile.language()).isEqualTo("en");
    assertThat(profile.hosts()).containsExactly("news.example.org", "www.example.org");
    assertThat(profile.documentLinks()).isEqualTo("ul.items a");
    assertThat(profile.nextPage()).isEqualTo("a.next");
    assertThat(profile.listingPages().pattern())
        .isEqualTo("https://news[.]example[.]org/briefings/[?]page=[0-9]+");
    assertThat(profile.maxPages()).isEqualTo(20);
    assertThat(profile.sitemaps()).containsExactly(url("https://news.example.org/sitemap.xml"));
    assertThat(profile.robotsSitemaps()).isTrue();
    assertThat(profile.content()).isEqualTo("article.briefing");
    assertThat(profile.languageLinks()).isEqualTo("nav.languages a");
    assertThat(profile.followLanguages()).isTrue();
    assertThat(profile.delay()).isEqualTo(2.5);
  }

  @Test
  void refuses_an_unknown_key_and_names_the_keys() {
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"dealy\": 2}",
        "profile x (test): unknown key \"dealy\"; the keys are \"title\", \"language\", \"hosts\","
            + " \"start\", \"listing\", \"documents\", \"sitemaps\", \"robotsSitemaps\","
            + " \"document\", \"delay\"");
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"listing\": {\"link\": \"a\"}}",
        "profile x (test): unknown key \"listing.link\"; the keys of \"listing\" are \"links\","
            + " \"next\", \"pages\", \"maxPages\"");
  }

  @Test
  void refuses_a_selector_that_jsoup_cannot_parse() {
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"listing\": {\"links\": \"a[href\"}}",
        "profile x (test): \"listing.links\" is not a valid CSS selector: \"a[href\""
            + " (Did not find balanced marker at 'href')");
  }

  @Test
  void refuses_a_regular_expression_that_does_not_compile() {
    assertRefused("{" + START + ", \"documents\": \"https://news[.]example[.]org/(\"}",
        "profile x (test): \"documents\" is not a valid regular expression:"
            + " \"https://news[.]example[.]org/(\" (Unclosed group near index 30)");
  }

  @Test
  void refuses_a_relative_start_url() {
    assertRefused("{\"start\": [\"/briefings/\"], " + DOCUMENTS + "}",
        "profile x (test): \"start\" URL \"/briefings/\" is not an absolute http(s) URL"
            + " without #fragment");
  }

  @Test
  void refuses_a_start_url_outside_the_hosts() {
    assertRefused("{\"hosts\": [\"www.example.org\"], " + START + ", " + DOCUMENTS + "}",
        "profile x (test): \"start\" URL \"https://news.example.org/briefings/\" is on"
            + " news.example.org, which is not one of \"hosts\" [\"www.example.org\"]");
  }

  @Test
  void refuses_a_start_url_that_is_a_document() {
    assertRefused("{\"start\": [\"https://news.example.org/briefings/7.html\"], " + DOCUMENTS + "}",
        "profile x (test): \"start\" URL \"https://news.example.org/briefings/7.html\" matches"
            + " \"documents\"; a crawl starts from listing pages, not documents");
  }

  @Test
  void refuses_max_pages_that_are_not_a_whole_number_of_at_least_one() {
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"listing\": {\"maxPages\": 0}}",
        "profile x (test): \"listing.maxPages\" must be a whole number ≥ 1, not 0");
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"listing\": {\"maxPages\": \"x\"}}",
        "profile x (test): \"listing.maxPages\" must be a whole number ≥ 1, not \"x\"");
  }

  @Test
  void refuses_values_of_the_wrong_kind() {
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"delay\": -1}",
        "profile x (test): \"delay\" must be a number of seconds ≥ 0, not -1");
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"robotsSitemaps\": \"yes\"}",
        "profile x (test): \"robotsSitemaps\" must be true or false, not \"yes\"");
    assertRefused("{\"start\": \"https://news.example.org/briefings/\", " + DOCUMENTS + "}",
        "profile x (test): \"start\" must be a list of absolute http(s) URLs, not"
            + " \"https://news.example.org/briefings/\"");
    assertRefused("{\"hosts\": [\"https://news.example.org\"], " + START + ", " + DOCUMENTS + "}",
        "profile x (test): \"hosts\" holds \"https://news.example.org\", which is not a host name"
            + " (such as www.example.org: no scheme, port or path)");
  }

  @Test
  void refuses_a_profile_without_documents_or_start() {
    assertRefused("{" + START + "}", "profile x (test): \"documents\" is missing: it must be a"
        + " regular expression that the whole URL of a document matches");
    assertRefused("{" + DOCUMENTS + "}", "profile x (test): \"start\" is missing: it lists the"
        + " listing pages a crawl begins with (absolute http(s) URLs)");
  }

  @Test
  void refuses_to_follow_languages_without_knowing_their_links() {
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"document\": {\"followLanguages\": true}}",
        "profile x (test): \"document.followLanguages\" is true, but \"document.languages\" does"
            + " not say which links lead to the other languages");
  }

  @Test
  void reads_a_document_id_from_a_url_by_its_named_group() {
    SiteProfile profile = SiteProfile.parse("x", "{" + START + ", " + DOCUMENTS + ", \"document\":"
        + " {\"id\": \"https://news[.]example[.]org/(?:en/|ru/)?briefings/(?<id>[0-9]+)[.]html\","
        + " \"site\": \"news.example.org\"}}", "test");

    assertThat(profile.documentId("https://news.example.org/en/briefings/12.html"))
        .isEqualTo(new DocumentId("news.example.org", "12"));
    assertThat(profile.documentId("https://news.example.org/briefings/12.html?print=1")).isNull();
    assertThat(profile.documentId(null)).isNull();
  }

  @Test
  void refuses_a_document_id_without_its_group_or_its_site() {
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"document\": {\"id\": \"[0-9]+\","
        + " \"site\": \"example.org\"}}", "profile x (test): \"document.id\" must hold a group"
        + " named id, (?<id>…), around the document's id in the URL: \"[0-9]+\"");
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"document\": {\"id\": \"(?<id>[0-9]+)\"}}",
        "profile x (test): \"document.id\" is given without \"document.site\", the name that"
            + " the profiles of the site's languages share");
    assertRefused("{" + START + ", " + DOCUMENTS + ", \"document\": {\"site\": \"example.org\"}}",
        "profile x (test): \"document.site\" is given without \"document.id\"");
  }

  @Test
  void refuses_json_that_is_not_a_profile_object() {
    assertThatThrownBy(() -> SiteProfile.parse("x", "{" + START + ",}", "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile x (test): not valid JSON at line 1, column ");
    assertRefused("[]", "profile x (test): a profile must be a JSON object ({ … }), not []");
    assertRefused("", "profile x (test): the file is empty; a profile is a JSON object"
        + " ({ \"start\": …, \"documents\": … })");
  }

  @Test
  void refuses_a_name_that_cannot_be_a_file_name_and_the_generic_name() {
    assertThatThrownBy(() -> SiteProfile.parse("my site", MINIMAL, "test"))
        .hasMessage("profile my site (test): a profile's name (its file name without .json) must"
            + " be letters, digits, '.', '_' and '-', beginning with a letter or digit");
    assertThatThrownBy(() -> SiteProfile.parse("generic", MINIMAL, "test"))
        .hasMessage("profile generic (test): the name generic is kept for the profile made from a"
            + " start URL alone; give the file another name");
  }

  @Test
  void allows_http_and_https_on_its_hosts_whatever_their_case() {
    SiteProfile profile = SiteProfile.parse("x", MINIMAL, "test");

    assertThat(profile.allows(url("http://NEWS.example.org/anything"))).isTrue();
    assertThat(profile.allows(url("https://news.example.org/"))).isTrue();
    assertThat(profile.allows(url("https://www.example.org/briefings/"))).isFalse();
    assertThat(profile.allows(url("ftp://news.example.org/briefings/"))).isFalse();
    assertThat(profile.allows(url("/briefings/"))).isFalse();
  }

  @Test
  void tells_documents_from_listings() {
    SiteProfile profile = SiteProfile.parse("x", "{" + START + ", " + DOCUMENTS + ", \"listing\":"
        + " {\"pages\": \"https://news[.]example[.]org/briefings/[?]page=[0-9]+\"}}", "test");

    assertThat(profile.isDocument(url("https://news.example.org/briefings/12.html"))).isTrue();
    assertThat(profile.isDocument(url("https://news.example.org/briefings/12.html?x=1")))
        .isFalse();
    assertThat(profile.isListing(url("https://news.example.org/briefings/"))).isTrue();
    assertThat(profile.isListing(url("http://news.example.org/briefings"))).isTrue();
    assertThat(profile.isListing(url("https://news.example.org/briefings/?page=3"))).isTrue();
    assertThat(profile.isListing(url("https://news.example.org/briefings/12.html"))).isFalse();
    assertThat(profile.isListing(url("https://www.example.org/briefings/?page=3"))).isFalse();
  }

  @Test
  void reads_a_listing_pages_documents_and_next_pages_once_each_in_page_order() {
    SiteProfile profile = SiteProfile.parse("x", "{" + START + ", " + DOCUMENTS + ", \"listing\":"
        + " {\"links\": \"ul.items li\", \"next\": \"a.next\","
        + " \"pages\": \"https://news[.]example[.]org/briefings/[?]page=[0-9]+\"}}", "test");
    String html = """
        <html><head><link rel="prev next" href="?page=2"></head><body>
        <ul class="items">
          <li><a href="12.html">Spokesperson Mara Quill's briefing</a>
            <a href="12.html#q1">Questions</a></li>
          <li><a href="https://news.example.org/briefings/11.html">Tobin Vale's talk</a></li>
          <li><a href="https://elsewhere.example.com/briefings/10.html">Copied elsewhere</a></li>
          <li><a href="mailto:press@news.example.org">Write</a>
            <a href="javascript:void(0)">Print</a></li>
          <li><a href="13.pdf">Not a document</a></li>
        </ul>
        <a href="9.html">A document outside the listing's links</a>
        <a class="next" href="?page=2">Next</a>
        <a href="/briefings/?page=3">3</a> <a href="/briefings/">1</a> <a href="#top">Top</a>
        <a class="next" href="https://elsewhere.example.com/briefings/?page=2">Elsewhere</a>
        </body></html>
        """;

    SiteProfile.Links links =
        profile.listing(url("https://news.example.org/briefings/"), html);

    assertThat(links.documents()).containsExactly(
        url("https://news.example.org/briefings/12.html"),
        url("https://news.example.org/briefings/11.html"));
    assertThat(links.listings()).containsExactly(
        url("https://news.example.org/briefings/?page=2"),
        url("https://news.example.org/briefings/?page=3"));
  }

  @Test
  void escapes_links_that_are_not_valid_uris_as_written() {
    SiteProfile profile = SiteProfile.parse("x", "{" + START + ", \"documents\":"
        + " \"https://news[.]example[.]org/briefings/.+\"}", "test");
    String html =
        "<a href=\"брифинг 12.html\">a</a> <a href=\"list?ids[]=3&amp;q=50%\">b</a>";

    assertThat(profile.listing(url("https://news.example.org/briefings/"), html).documents())
        .containsExactly(url("https://news.example.org/briefings/"
                + "%D0%B1%D1%80%D0%B8%D1%84%D0%B8%D0%BD%D0%B3%2012.html"),
            url("https://news.example.org/briefings/list?ids%5B%5D=3&q=50%25"));
  }

  @Test
  void finds_language_versions_on_allowed_hosts_but_not_the_page_itself() {
    SiteProfile profile = SiteProfile.parse("x", "{" + START + ", " + DOCUMENTS + ", \"document\":"
        + " {\"languages\": \"nav.languages a\"}}", "test");
    String html = """
        <nav class="languages">
          <a href="12.html">English</a>
          <a href="/fr/points-de-presse/12.html#haut">Français</a>
          <a href="https://elsewhere.example.com/de/12.html">Deutsch</a>
        </nav>
        """;
    URI page = url("https://news.example.org/briefings/12.html");

    assertThat(profile.languageVersions(page, html))
        .containsExactly(url("https://news.example.org/fr/points-de-presse/12.html"));
    assertThat(SiteProfile.parse("x", MINIMAL, "test").languageVersions(page, html)).isEmpty();
  }

  @Test
  void generic_profile_reads_the_listing_of_a_site_it_knows_nothing_about() throws IOException {
    URI start = url("https://news.example.org/press/briefings/");
    SiteProfile generic = SiteProfile.generic(start);

    SiteProfile.Links links = generic.listing(start, page("generic-listing.html"));

    assertThat(generic.name()).isEqualTo("generic");
    assertThat(generic.hosts()).containsExactly("news.example.org");
    assertThat(generic.start()).containsExactly(start);
    assertThat(generic.robotsSitemaps()).isTrue();
    assertThat(generic.content()).isNull();
    assertThat(links.documents()).containsExactly(
        url("https://news.example.org/press/briefings/2031/briefing-on-harbour-works.html"),
        url("https://news.example.org/press/briefings/2031/"
            + "interview-with-minister-tobin-vale.html"),
        url("https://news.example.org/press/briefings/2031/1234567/"));
    assertThat(links.listings()).containsExactly(
        url("https://news.example.org/press/briefings/?page=2"),
        url("https://news.example.org/press/briefings/page/3/"));
    assertThat(generic.languageVersions(start, page("generic-listing.html")))
        .containsExactly(url("https://news.example.org/fr/presse/points-de-presse/"));
  }

  @Test
  void generic_profile_knows_the_common_forms_of_pagination() {
    SiteProfile generic = SiteProfile.generic(url("https://news.example.org/briefings"));

    for (String page : List.of("https://news.example.org/briefings?page=2",
        "https://news.example.org/briefings?lang=en&page=2",
        "http://news.example.org/briefings?p=3",
        "https://news.example.org/briefings/?PAGEN_1=4",
        "https://news.example.org/briefings/page/5/",
        "https://news.example.org/briefings/index_6.shtml")) {
      assertThat(generic.isListing(url(page))).as(page).isTrue();
      assertThat(generic.isDocument(url(page))).as(page).isFalse();
    }
    for (String document : List.of("https://news.example.org/briefings/2031/briefing.html",
        "https://news.example.org/briefings/1234567/", "https://news.example.org/briefings/7/",
        "https://news.example.org/briefings-2031")) {
      assertThat(generic.isDocument(url(document))).as(document).isTrue();
      assertThat(generic.isListing(url(document))).as(document).isFalse();
    }
    assertThat(generic.isDocument(url("https://news.example.org/briefings"))).isFalse();
    assertThat(generic.isDocument(url("https://news.example.org/report.PDF"))).isFalse();
    assertThat(generic.isDocument(url("https://news.example.org/?s=harbour"))).isFalse();
  }

  @Test
  void generic_profile_reads_bitrix_and_chinese_ministry_listings() {
    SiteProfile bitrix = SiteProfile.generic(url("https://mid.ru/en/foreign_policy/news/"));
    SiteProfile china =
        SiteProfile.generic(url("https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/"));

    assertThat(bitrix.isListing(url("https://mid.ru/en/foreign_policy/news/?PAGEN_1=2")))
        .isTrue();
    assertThat(bitrix.isDocument(url("https://mid.ru/en/foreign_policy/news/2301005/")))
        .isTrue();
    assertThat(china.isListing(
        url("https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/index_1.shtml"))).isTrue();
    assertThat(china.isDocument(
        url("https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/203103/t20310314_11990001.html")))
        .isTrue();
  }

  @Test
  void generic_profile_needs_a_web_address() {
    assertThatThrownBy(() -> SiteProfile.generic(url("ftp://news.example.org/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A generic profile starts from an absolute http(s) URL, not"
            + " ftp://news.example.org/");
  }

  private static URI url(String text) {
    return URI.create(text);
  }

  private static void assertRefused(String json, String message) {
    assertThatThrownBy(() -> SiteProfile.parse("x", json, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  static String page(String name) throws IOException {
    try (InputStream in = SiteProfileTest.class.getResourceAsStream("/harvest/" + name)) {
      if (in == null) {
        throw new IOException("No test page " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
